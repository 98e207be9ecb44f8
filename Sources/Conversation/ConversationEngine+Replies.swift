import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// `help`: what tfcsh can do, with example sentences.
    func help() -> Reply {
        Reply(
            intent: "help",
            opening: "tfcsh manages HCP Terraform runs in plain sentences. For example:",
            blocks: HelpText.blocks,
            closing: "Destructive steps always ask first. Type /help for the shell's own commands."
        )
    }

    /// `clarify`: the matcher's question, with the choices it names.
    func clarify(_ match: MatchResult) -> Reply {
        var blocks: [Block] = []
        if !match.choices.isEmpty {
            blocks.append(.fields(title: "Choices", fields: match.choices.map { Field($0, "") }))
        }
        return Reply(
            intent: "clarify",
            opening: match.question ?? "Could you say a little more about what you want?",
            blocks: blocks,
            outcome: .clarify
        )
    }

    /// The verb of each run action whose question can be narrowed by what listed runs allow.
    static let listActionVerbs: [IntentName: String] = [
        .applyRun: "apply", .discardRun: "discard", .cancelRun: "cancel",
    ]

    /// "Apply it" after a list: asks only about the listed runs that allow the action.
    ///
    /// What a run allows is taken from when it was listed; when none allows it, says so. It
    /// still asks; it never picks.
    func clarifyAmongListed(_ match: MatchResult) -> Reply {
        guard let candidate = match.candidate, let verb = Self.listActionVerbs[candidate],
            !match.choices.isEmpty,
            match.choices.allSatisfy({ listedActions[$0] != nil })
        else { return clarify(match) }
        let allowed = match.choices.filter { id in
            guard let actions = listedActions[id] else { return false }
            switch candidate {
            case .applyRun: return actions.isConfirmable
            case .discardRun: return actions.isDiscardable
            default: return actions.isCancelable
            }
        }
        guard !allowed.isEmpty else {
            return Reply(
                intent: "clarify",
                opening: "None of the runs listed can be \(Self.pastParticiple(verb)) now.",
                blocks: [.text("Listed: " + match.choices.joined(separator: ", ") + ".")],
                closing: "Name a run ID, or list the runs that wait for you.",
                outcome: .refused
            )
        }
        var narrowed = match
        narrowed.choices = allowed
        narrowed.question =
            allowed.count == 1
            ? "Do you mean \(allowed[0]), the only run listed that can be "
                + "\(Self.pastParticiple(verb))? Say '\(verb) \(allowed[0])' to go on."
            : "Which run should I \(verb): "
                + allowed.dropLast().joined(separator: ", ") + " or " + (allowed.last ?? "")
                + "? The other runs listed cannot be \(Self.pastParticiple(verb))."
        return clarify(narrowed)
    }

    private static func pastParticiple(_ verb: String) -> String {
        ["apply": "applied", "discard": "discarded", "cancel": "cancelled"][verb] ?? verb
    }

    /// `unknown`: what tfcsh cannot do, and what it can.
    func unknown() -> Reply {
        Reply(
            intent: "unknown",
            opening: "I can't help with that: tfcsh works with HCP Terraform runs.",
            blocks: [
                .text(
                    "Try 'list runs in production', 'create a plan for staging' or 'show me "
                        + "runs that errored in the last month'."
                )
            ],
            closing: "Say 'help' for more examples.",
            outcome: .refused
        )
    }

    /// A failure, in the words of the error (which say what to do next).
    func failure(_ match: MatchResult, _ error: any Error) -> Reply {
        let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
        return Reply(
            intent: match.name.rawValue,
            opening: message,
            outcome: .failed
        )
    }
}
