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
