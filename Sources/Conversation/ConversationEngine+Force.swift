import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// How long tfcsh waits, at most, for a cancelled run to become force-cancelable.
    static let forceCancelPatience: Double = 300
    /// How long past the announced `force-cancel-available-at` tfcsh goes on asking: a service
    /// whose clock stands still (a sandbox served with `--now`) never gets there.
    static let forceCancelGrace: Double = 15

    /// `force_cancel_run`: cancels first if that was not done, waits for the service's
    /// cool-off, then force-cancels, saying what happened at each step.
    func forceCancel(_ arguments: IntentArguments) async throws -> Reply {
        let picked = try await pickRun(for: arguments, verb: "force-cancel") { run in
            run.actions.isForceCancelable || StatusText.isInFlight(run.status.rawValue)
        }
        guard case .run(let details) = picked else {
            return picked.reply(intent: "force_cancel_run")
        }
        var run = details.run
        let workspace = details.workspace?.name ?? workspaceName(arguments) ?? "its workspace"
        let opening = "I'll force cancel \(run.id) in \(workspace)."
        guard run.actions.isForceCancelable || StatusText.isInFlight(run.status.rawValue) else {
            let status = presentation(details).status.lowercased()
            let next =
                run.actions.isDiscardable
                ? "It is not running; to throw it away, say 'discard it'."
                : "Nothing is running, so nothing needs force-cancelling."
            return Reply(
                intent: "force_cancel_run",
                opening: "I can't force cancel \(run.id) in \(workspace).",
                blocks: [.text("\(run.id) can't be force-cancelled: it is \(status).")],
                closing: next,
                outcome: .refused
            )
        }
        let needsCancel = !run.actions.isForceCancelable && run.forceCancelAvailableAt == nil
        let plan =
            needsCancel
            ? "I'll cancel it first, then force-cancel it once the service "
                + "allows" : "I'll force-cancel it"
        let question =
            "Force cancel \(run.id) in \(workspace) (\(run.status.rawValue))? \(plan); "
            + "a force-cancel can leave state incomplete. [y/N]"
        guard await confirmer.confirm(question) else {
            return declined(intent: "force_cancel_run", opening: opening)
        }
        var steps: [String] = []
        let comment = arguments.comment
        var latest = details
        if needsCancel {
            try await perform(.cancel, on: run, comment: comment ?? "Cancel before force-cancel")
            latest = try await fetchDetails(run.id)
            run = latest.run
            steps.append("Asked for a normal cancel; the run is now \(statusWords(run)).")
            if run.status.isFinal {
                return forceCancelDone(latest, workspace: workspace, steps: steps, forced: false)
            }
        }
        latest = try await awaitForceCancel(latest, steps: &steps)
        run = latest.run
        guard run.actions.isForceCancelable else {
            steps.append("The service still does not allow a force-cancel.")
            return forceCancelDone(latest, workspace: workspace, steps: steps, forced: false)
        }
        try await perform(.forceCancel, on: run, comment: comment ?? "Force cancelling stuck run")
        latest = try await fetchDetails(run.id)
        steps.append("Force-cancelled it; the run is now \(statusWords(latest.run)).")
        return forceCancelDone(latest, workspace: workspace, steps: steps, forced: true)
    }

    private func awaitForceCancel(
        _ start: RunDetails,
        steps: inout [String]
    ) async throws -> RunDetails {
        var details = start
        var waited = 0.0
        var overdue = 0.0
        while !details.run.actions.isForceCancelable, !details.run.status.isFinal,
            waited < Self.forceCancelPatience, overdue < Self.forceCancelGrace
        {
            let due = details.run.forceCancelAvailableAt?.timeIntervalSince(waiter.now()) ?? 5
            let pause = min(max(due, 1), Self.forceCancelPatience - waited)
            guard await waiter.wait(seconds: pause) else {
                steps.append("Stopped waiting (interrupted).")
                return details
            }
            waited += pause
            if due <= 0, details.run.forceCancelAvailableAt != nil { overdue += pause }
            details = try await fetchDetails(details.id)
        }
        if waited > 0 {
            steps.append("Waited \(RelativeTime.duration(waited)) for the service's cool-off.")
        }
        return details
    }

    /// The reply after a force-cancel: the steps taken, where the run ended, whether the
    /// workspace is free, and (only when a force-cancel was sent) the warning about state.
    private func forceCancelDone(
        _ details: RunDetails,
        workspace: String,
        steps: [String],
        forced: Bool
    ) -> Reply {
        let run = details.run
        follow(run, workspace: workspace)
        let numbered = steps.enumerated().map { "\($0.offset + 1). \($0.element)" }
        let finished = run.status.isFinal
        var closing = "Try again in a moment, or check the run in the web UI."
        if finished {
            closing = lockSentence(details, workspace: workspace) ?? ""
            if forced {
                closing +=
                    " A force-cancel can leave state operations incomplete, so check the "
                    + "state before the next apply."
            }
        }
        return Reply(
            intent: "force_cancel_run",
            opening: "I'll force cancel \(run.id) in \(workspace).",
            blocks: [
                .text(numbered.joined(separator: "\n")),
                .fields(
                    title: finished ? "Run Stopped" : "Run Still Going",
                    fields: [
                        Field("Run ID", run.id),
                        Field("Status", presentation(details).status),
                    ]
                ),
            ],
            closing: closing.trimmingCharacters(in: .whitespaces),
            outcome: finished ? .done : .failed
        )
    }

    private func statusWords(_ run: Run) -> String {
        let facts = StatusText.Facts(
            isConfirmable: run.actions.isConfirmable,
            planOnly: run.planOnly,
            cancelRequested: run.forceCancelAvailableAt != nil
        )
        return StatusText.describe(run.status.rawValue, facts).lowercased()
    }

    /// `force_execute_run`: the pending run the sentence means (or the only one waiting in the
    /// organization), the runs it will discard or cancel, a confirmation, then the action.
    func forceExecute(_ arguments: IntentArguments) async throws -> Reply {
        let details: RunDetails
        if arguments.runID != nil || workspaceName(arguments) != nil {
            let picked = try await pickRun(for: arguments, verb: "force-execute") {
                $0.status == .pending
            }
            guard case .run(let found) = picked else {
                return picked.reply(intent: "force_execute_run")
            }
            details = found
        } else {
            guard let found = try await onlyPendingRun(arguments) else {
                return pendingChoice()
            }
            details = found
        }
        return try await forceExecute(details)
    }

    private func forceExecute(_ details: RunDetails) async throws -> Reply {
        let run = details.run
        let workspace = details.workspace?.name ?? context.lastWorkspace ?? "its workspace"
        let opening = "I'll force execute \(run.id) in \(workspace)."
        guard run.status == .pending else {
            let status = presentation(details).status.lowercased()
            return forceExecuteRefusal(
                opening: "I can't force execute \(run.id) in \(workspace).",
                reason: "\(run.id) can't be force-executed: it is \(status), not waiting "
                    + "in the queue.",
                next: "Only a pending run blocked by another run can be force-executed."
            )
        }
        let ahead = try await runsAhead(of: details, workspace: workspace)
        if let refusal = blockedRefusal(details, ahead: ahead, workspace: workspace) {
            return refusal
        }
        let discarded = ahead.filter { $0.run.actions.isDiscardable }
        let cancelled = ahead.filter { !$0.run.actions.isDiscardable }
        var effects: [String] = []
        if !discarded.isEmpty {
            effects.append("discard " + listed(discarded))
        }
        if !cancelled.isEmpty {
            effects.append("cancel " + listed(cancelled))
        }
        let effect = " It will " + effects.joined(separator: " and ") + "."
        guard await confirmer.confirm("Force execute \(run.id) in \(workspace)?\(effect) [y/N]")
        else {
            return declined(intent: "force_execute_run", opening: opening)
        }
        try await perform(.forceExecute, on: run, comment: nil)
        let after = try await fetchDetails(run.id)
        follow(after.run, workspace: workspace)
        var fields = [
            Field("Run ID", run.id),
            Field("Status", presentation(after).status),
        ]
        fields.append(Field("Workspace", workspace))
        if let position = run.positionInQueue, position > 0 {
            fields.append(Field("Original position", "#\(position + 1) in the queue"))
        }
        let items = ahead.map { run in
            let effect = run.run.actions.isDiscardable ? "Discarded" : "Cancelled"
            return Item(id: run.id, title: run.run.message, fields: [Field("Action taken", effect)])
        }
        return Reply(
            intent: "force_execute_run",
            opening: opening,
            blocks: [
                .fields(title: "Force Execution Initiated", fields: fields),
                .text("Runs that were ahead of it:"), .items(items),
            ],
            closing: "The run skipped the queue. Say 'watch it' to follow its plan."
        )
    }

    /// "run-A (Pending) and run-B (Planning)": runs with their status as lists show it.
    private func listed(_ runs: [RunDetails]) -> String {
        let each = runs.map { "\($0.id) (\(presentation($0).status))" }
        guard let last = each.last, each.count > 1 else {
            return each.first ?? ""
        }
        return each.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The refusal to give before asking, when nothing blocks the run (it starts by itself)
    /// or the run holding the lock cannot be discarded (the service would refuse with 409).
    private func blockedRefusal(
        _ details: RunDetails,
        ahead: [RunDetails],
        workspace: String
    ) -> Reply? {
        let run = details.run
        let opening = "I can't force execute \(run.id) in \(workspace)."
        guard !ahead.isEmpty, (run.positionInQueue ?? 1) > 0 else {
            return forceExecuteRefusal(
                opening: opening,
                reason: "\(run.id) is pending, but no run is ahead of it in \(workspace): "
                    + "it will start by itself in a moment, so there is nothing to skip.",
                next: "Say 'watch it' to follow it."
            )
        }
        let lockID = details.workspace?.lockedBy.flatMap { $0.type == "runs" ? $0.id : nil }
        let holder =
            ahead.first { $0.id == lockID } ?? ahead.first { $0.run.status != .pending }
            ?? ahead.last
        guard let holder, !holder.run.actions.isDiscardable else {
            return nil
        }
        let status = presentation(holder).status.lowercased()
        return forceExecuteRefusal(
            opening: opening,
            reason: "\(holder.id) holds \(workspace)'s lock and is \(status). Force-execute can "
                + "only discard a run that is waiting (pending or awaiting approval), so the "
                + "service would refuse.",
            next: "Say 'watch \(holder.id)' to wait for it to finish, or 'cancel \(holder.id)' to "
                + "stop it; then force execute \(run.id) again."
        )
    }

    private func forceExecuteRefusal(opening: String, reason: String, next: String) -> Reply {
        Reply(
            intent: "force_execute_run",
            opening: opening,
            blocks: [.text(reason)],
            closing: next,
            outcome: .refused
        )
    }

    func presentation(_ details: RunDetails) -> RunPresentation {
        RunPresentation(details: details, accountID: account?.id, relativeTime: relativeTime)
    }

    private func runsAhead(of details: RunDetails, workspace: String) async throws -> [RunDetails] {
        var arguments = IntentArguments()
        arguments.workspaceName = workspace
        let created = details.run.createdAt ?? .distantFuture
        let ahead = try await candidateRuns(for: arguments) { run in
            !run.status.isFinal && run.id != details.id
                && (run.createdAt ?? .distantPast) < created
        }
        // Oldest first: the order the queue holds them in.
        return ahead.reversed()
    }

    private func onlyPendingRun(_ arguments: IntentArguments) async throws -> RunDetails? {
        let organization = organization(arguments)
        let options = RunListOptions(statuses: [.pending], include: ["workspace"], pageSize: 20)
        let sequence = try client.runs(organization: organization, options: options)
        let pending = try await call(
            "list_runs_in_organization",
            [
                .init("organization", .string(organization)),
                .init("filter_status", .string("pending")),
            ]
        ) {
            try await sequence.firstPage().items
        }
        // A pending run with nothing ahead of it starts by itself: it is not blocked.
        let blocked = pending.filter { ($0.run.positionInQueue ?? 0) > 0 }
        context.lastRunIDs = blocked.map(\.id)
        remember(runIDs: context.lastRunIDs)
        guard blocked.count == 1, let only = blocked.first else {
            pendingCandidates = blocked
            return nil
        }
        let details = try await fetchDetails(only.id)
        focus(on: details)
        return details
    }

    private func pendingChoice() -> Reply {
        let runs = pendingCandidates
        guard !runs.isEmpty else {
            return Reply(
                intent: "force_execute_run",
                opening: "I looked for a run waiting in a queue to force execute.",
                blocks: [
                    .text(
                        "No run in \(context.organization) is pending, so there is "
                            + "nothing to force execute."
                    )
                ],
                outcome: .refused
            )
        }
        let items = runs.map { details in
            Item(
                id: details.id,
                title: details.run.message,
                fields: [Field("Workspace", details.workspace?.name ?? "unknown")]
            )
        }
        return Reply(
            intent: "force_execute_run",
            opening: "\(runs.count) runs are waiting in queues.",
            blocks: [.items(items)],
            closing: "Which one should I force execute? Say 'force execute the first one' or "
                + "name its ID.",
            outcome: .clarify
        )
    }
}
