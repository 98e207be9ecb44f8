import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// A run action the shell can take, with the words and the flag that go with it.
    enum Action: Sendable {
        case apply, discard, cancel

        var verb: String {
            switch self {
            case .apply: "apply"
            case .discard: "discard"
            case .cancel: "cancel"
            }
        }

        var intent: String { "\(verb)_run" }

        var runAction: RunAction {
            switch self {
            case .apply: .apply
            case .discard: .discard
            case .cancel: .cancel
            }
        }

        var pastTense: String {
            switch self {
            case .apply: "Apply started"
            case .discard: "Run discarded"
            case .cancel: "Cancel requested"
            }
        }

        var defaultComment: String {
            switch self {
            case .apply: "Applied via tfcsh"
            case .discard: "Discarded via tfcsh"
            case .cancel: "Cancelled via tfcsh"
            }
        }

        func allows(_ run: Run) -> Bool {
            switch self {
            case .apply: run.actions.isConfirmable
            case .discard: run.actions.isDiscardable
            case .cancel: run.actions.isCancelable
            }
        }
    }

    /// `apply_run`, `discard_run`, `cancel_run`: picks the run by what it allows, refuses with
    /// the reason where the service would, confirms with a preview, acts, and reads it back.
    func act(_ action: Action, _ arguments: IntentArguments) async throws -> Reply {
        let picked = try await pickRun(for: arguments, verb: action.verb, where: action.allows)
        guard case .run(let details) = picked else {
            return picked.reply(intent: action.intent)
        }
        let run = details.run
        let workspace = details.workspace?.name ?? workspaceName(arguments) ?? "its workspace"
        let opening = "I'll \(action.verb) \(run.id) in \(workspace)."
        guard action.allows(run) else {
            return refusal(action, details: details, workspace: workspace)
        }
        let question =
            "\(action.verb.capitalized) \(run.id) in \(workspace)\(preview(details))? [y/N]"
        guard await confirmer.confirm(question) else {
            return declined(intent: action.intent, opening: opening)
        }
        let comment = arguments.comment ?? action.defaultComment
        try await perform(action.runAction, on: run, comment: comment)
        let after = try await fetchDetails(run.id)
        follow(after.run, workspace: workspace)
        let account = await currentAccount()
        let presentation = RunPresentation(
            details: after,
            accountID: account?.id,
            relativeTime: relativeTime
        )
        var fields = presentation.summaryFields(comment: comment) + presentation.kindFields
        fields.append(Field("Action taken", action.pastTense))
        return Reply(
            intent: action.intent,
            opening: opening,
            blocks: [.fields(title: action.pastTense, fields: fields)],
            closing: closing(after: action, details: after, workspace: workspace)
        )
    }

    /// Records and sends one run action.
    ///
    /// When the connection fails after the request went out, the run is read back: if the
    /// action took effect that is success, if it did not it is sent again (a few times at
    /// most), so an action is never lost and never doubled.
    func perform(_ action: RunAction, on run: Run, comment: String?) async throws {
        var arguments: [Call.Argument] = [.init("run_id", .string(run.id))]
        if let comment, action.acceptsComment {
            arguments.append(.init("comment", .string(comment)))
        }
        let tool = action.rawValue.replacingOccurrences(of: "-", with: "_") + "_run"
        let send = { [client] in
            try await client.perform(action, runID: run.id, comment: comment)
            return Accepted()
        }
        var resends = 0
        while true {
            do {
                _ = try await call(tool, arguments, send)
                return
            } catch TerraformCloudError.outcomeUnknown where resends < Self.unknownOutcomeResends {
                let now = try await fetchDetails(run.id).run
                if Self.tookEffect(action, before: run, after: now) { return }
                resends += 1
            }
        }
    }

    /// How many times a request whose answer was lost is sent again, each time only after
    /// reading back that it did not take effect.
    ///
    /// Seven resends make eight tries in all, as the client makes for a read: with one request
    /// in five failing, all eight fail about three times in a million.
    public static let unknownOutcomeResends = 7

    /// Whether `after` shows that `action` on `before` happened.
    static func tookEffect(_ action: RunAction, before: Run, after: Run) -> Bool {
        switch action {
        case .apply:
            return !after.actions.isConfirmable && after.status != before.status
        case .discard:
            return after.status == .discarded
        case .cancel:
            return after.forceCancelAvailableAt != nil || after.status.isFinal
        case .forceCancel:
            return after.status.isFinal
        case .forceExecute:
            return after.status != .pending
        }
    }

    /// " (2 to add, 1 to change, 0 to destroy)" when the plan is known, else "".
    func preview(_ details: RunDetails) -> String {
        changeCounts(details).map { " (\($0))" } ?? ""
    }

    /// "2 to add, 1 to change, 0 to destroy" when the plan has finished.
    func changeCounts(_ details: RunDetails) -> String? {
        guard let plan = details.plan, plan.status.rawValue == "finished" else {
            return nil
        }
        return "\(plan.resourceAdditions) to add, \(plan.resourceChanges) to change, "
            + "\(plan.resourceDestructions) to destroy"
    }

    private func closing(after action: Action, details: RunDetails, workspace: String) -> String {
        let lock = lockSentence(details, workspace: workspace).map { " " + $0 } ?? ""
        switch action {
        case .apply:
            return "The apply is under way; I'll tell you when it finishes, or say 'watch it'."
        case .discard:
            return "Nothing was changed in your infrastructure." + lock
        case .cancel:
            if StatusText.isInFlight(details.run.status.rawValue) {
                return "Terraform is stopping gracefully. If it does not stop, say 'force cancel "
                    + "it'."
            }
            return "The run is stopped." + lock
        }
    }

    /// Whether `workspace` is free for the next run, as the run's freshly read workspace says;
    /// nil when the reply did not include the workspace.
    func lockSentence(_ details: RunDetails, workspace: String) -> String? {
        guard let current = details.workspace else {
            return nil
        }
        let name = "The workspace \(workspace)"
        guard current.locked else {
            return "\(name) is free for the next run."
        }
        guard let holder = current.lockedBy, holder.id != details.id else {
            return "\(name) is still locked."
        }
        if holder.type == "runs" {
            return "\(name) is not free: \(holder.id) holds its lock now, and new runs queue "
                + "behind it."
        }
        return "\(name) is still locked by \(holder.id)."
    }

    private func refusal(_ action: Action, details: RunDetails, workspace: String) -> Reply {
        let run = details.run
        let status = presentation(details).status
        var reason = "\(run.id) can't be \(action == .apply ? "applied" : action.verb + "ed"): "
        var next: String
        switch action {
        case .apply where run.planOnly:
            reason += "it is a plan-only run, and plan-only runs can never be applied."
            next = "Say 'create a plan in \(workspace)' for a run that can be applied."
        case .apply where run.status == .plannedAndFinished:
            reason += "its plan found no changes, so there is nothing to apply."
            next = "Change the configuration or variables, then start a new plan."
        case .apply where StatusText.isInFlight(run.status.rawValue) || run.status == .pending:
            reason += "it is \(status.lowercased()) and not yet waiting for approval."
            next = "Say 'watch it'; I'll tell you when it can be applied."
        case .cancel where run.actions.isDiscardable:
            reason += "it is \(status.lowercased()), not planning or applying."
            next = "To throw it away, say 'discard it'."
        case .cancel where run.status == .applied:
            reason += "it has already been applied, so there is nothing to stop."
            next = "To undo its changes, start a new run with the old configuration."
        default:
            reason += "it is \(status.lowercased())."
            next = "Say 'list runs in \(workspace)' to see what can be acted on."
        }
        context.lastRunID = run.id
        return Reply(
            intent: action.intent,
            opening: "I can't \(action.verb) \(run.id) in \(workspace).",
            blocks: [.text(reason)],
            closing: next,
            outcome: .refused
        )
    }
}
