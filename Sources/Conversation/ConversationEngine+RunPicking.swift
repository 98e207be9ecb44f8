import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// The run a sentence means, or the reply to give when that is not one run.
    enum PickedRun: Sendable {
        /// Exactly one run.
        case run(RunDetails)
        /// No run, or several: the reply says so and what to do.
        case answer(Reply)

        func reply(intent: String) -> Reply {
            guard case .answer(var reply) = self else {
                return Reply(intent: intent, opening: "", outcome: .failed)
            }
            reply.intent = intent
            return reply
        }
    }

    /// Picks the run for `verb`: the ID the sentence gave, else the runs of the workspace that
    /// `allows` accepts (newest first, narrowed by the sentence's status filter).
    func pickRun(
        for arguments: IntentArguments,
        verb: String,
        where allows: @Sendable (Run) -> Bool
    ) async throws -> PickedRun {
        if let id = arguments.runID {
            // The sentence named it, so it is the run in question even if reading it fails.
            context.lastRunID = id
            let details = try await fetchDetails(id)
            focus(on: details)
            return .run(details)
        }
        guard let name = workspaceName(arguments) else {
            throw ConversationError.noWorkspace(action: verb)
        }
        let recent = try await candidateRuns(for: arguments, where: { _ in true })
        let candidates = recent.filter { allows($0.run) }
        if candidates.count == 1, let only = candidates.first {
            focus(on: only)
            return .run(only)
        }
        if candidates.isEmpty {
            // Show what the workspace has, whatever the sentence's status filter was.
            var unfiltered = arguments
            unfiltered.filterStatus = nil
            let latest =
                arguments.filterStatus == nil
                ? recent : try await candidateRuns(for: unfiltered, where: { _ in true })
            return .answer(nothingTo(verb, in: name, recent: latest))
        }
        return .answer(several(candidates, verb: verb, in: name))
    }

    /// Makes `details` the run the conversation is about ("it", "this run") from the moment
    /// it is picked, so that a step failing later cannot leave "this run" meaning another.
    func focus(on details: RunDetails) {
        context.lastRunID = details.id
        if let name = details.workspace?.name {
            context.lastWorkspace = name
        }
        remember(runIDs: [details.id])
    }

    /// The newest runs of the workspace the sentence names (every operation, with plan,
    /// apply, creator and workspace), narrowed by its status filter.
    func candidateRuns(
        for arguments: IntentArguments,
        where keep: @Sendable (Run) -> Bool
    ) async throws -> [RunDetails] {
        guard let name = workspaceName(arguments) else {
            throw ConversationError.noWorkspace(action: "look at")
        }
        let workspace = try await resolveWorkspace(name, organization: organization(arguments))
        context.lastWorkspace = workspace.name
        let options = RunListOptions(
            statuses: (arguments.filterStatus ?? []).map(RunStatus.init(rawValue:)),
            operations: RunOperation.all,
            include: ["plan", "apply", "created_by", "workspace"],
            pageSize: 20
        )
        let sequence = try client.runs(workspaceID: workspace.id, options: options)
        let runs = try await call(
            "list_runs_in_workspace",
            listArguments(workspace.id, arguments.filterStatus)
        ) {
            try await sequence.firstPage().items
        }
        return runs.filter { keep($0.run) }
    }

    private func listArguments(_ workspaceID: String, _ statuses: [String]?) -> [Call.Argument] {
        var arguments: [Call.Argument] = [.init("workspace_id", .string(workspaceID))]
        if let statuses, !statuses.isEmpty {
            arguments.append(.init("filter_status", .string(statuses.joined(separator: ","))))
        }
        return arguments
    }

    private func nothingTo(_ verb: String, in workspace: String, recent: [RunDetails]) -> Reply {
        let shown = Array(recent.prefix(3))
        var blocks: [Block] = [
            .text("No run in \(workspace) can be \(participle(verb)) right now.")
        ]
        if !shown.isEmpty {
            let items = shown.map { details in
                Item(
                    id: details.id,
                    title: details.run.message,
                    fields: [Field("Status", presentation(details).status)]
                )
            }
            blocks.append(.text("Its latest runs:"))
            blocks.append(.items(items))
            context.lastRunIDs = shown.map(\.id)
            remember(runIDs: context.lastRunIDs)
        }
        return Reply(
            intent: "",
            opening: "I looked for a run to \(verb) in \(workspace).",
            blocks: blocks,
            closing: "Name a run ID if you meant a particular run.",
            outcome: .refused
        )
    }

    private func several(_ runs: [RunDetails], verb: String, in workspace: String) -> Reply {
        let items = runs.map { details in
            let presentation = RunPresentation(
                details: details,
                accountID: account?.id,
                relativeTime: relativeTime
            )
            return Item(
                id: details.id,
                title: details.run.message,
                fields: presentation.listFields(error: nil, showWorkspace: false)
            )
        }
        context.lastRunIDs = runs.map(\.id)
        remember(runIDs: context.lastRunIDs)
        return Reply(
            intent: "",
            opening: "\(runs.count) runs in \(workspace) could be \(participle(verb)).",
            blocks: [.items(items)],
            closing: "Which one should I \(verb)? Say '\(verb) the first one' or name its ID.",
            outcome: .clarify
        )
    }

    private func participle(_ verb: String) -> String {
        switch verb {
        case "apply": "applied"
        case "force-execute": "force-executed"
        case "force-cancel": "force-cancelled"
        case "cancel": "cancelled"
        default: verb.hasSuffix("e") ? verb + "d" : verb + "ed"
        }
    }
}
