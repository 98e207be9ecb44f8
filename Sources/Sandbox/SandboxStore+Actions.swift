import Foundation

/// Why a run action was refused, with the status code the API answers.
struct ActionRefusal: LocalizedError {
    /// 403, 404 or 409.
    var status: Int
    /// The JSON:API error title.
    var title: String
    /// The JSON:API error detail (the docs' wording where they give one).
    var detail: String

    /// The detail, which says why the action cannot happen now.
    var errorDescription: String? { detail }

    /// A 409 with the docs' reason.
    static func conflict(_ detail: String) -> ActionRefusal {
        ActionRefusal(status: 409, title: "conflict", detail: detail)
    }

    /// A 403 with a reason.
    static func forbidden(_ detail: String) -> ActionRefusal {
        ActionRefusal(status: 403, title: "forbidden", detail: detail)
    }
}

/// The run actions of REFERENCE §4.3; raw values are the path segments.
enum RunAction: String, CaseIterable, Sendable {
    case apply
    case discard
    case cancel
    case forceCancel = "force-cancel"
    case forceExecute = "force-execute"
}

extension SandboxStore {
    /// Performs `action` on `run` as the sandbox's account, recording `comment` if given.
    func perform(_ action: RunAction, on run: SandboxRun, comment: String?) throws(ActionRefusal) {
        switch action {
        case .apply:
            guard run.isConfirmable else {
                throw .conflict("Run was not paused for confirmation; apply not allowed.")
            }
            confirm(run, at: now, by: accountID)
        case .discard:
            guard run.isDiscardable else {
                throw .conflict(
                    "Run was not paused for confirmation or priority; discard not allowed."
                )
            }
            discard(run)
        case .cancel:
            guard run.status.isCancelable else {
                throw .conflict("Run was not planning or applying; cancel not allowed.")
            }
            cancel(run)
        case .forceCancel:
            guard run.isForceCancelable(at: now) else {
                throw .conflict(
                    "Run was not planning or applying, has not been canceled non-forcefully, "
                        + "or the cool-off period has not yet passed."
                )
            }
            forceCancel(run)
        case .forceExecute:
            try forceExecute(run)
        }
        if let comment, !comment.isEmpty {
            addComment(comment, to: run)
        }
    }

    /// Records a comment on `run` and returns it.
    @discardableResult
    func addComment(_ body: String, to run: SandboxRun) -> RunComment {
        let comment = RunComment(
            id: generator.identifier("wsc"),
            eventID: generator.identifier("re"),
            body: body,
            runID: run.id,
            createdAt: now
        )
        comments[comment.id] = comment
        run.commentIDs.append(comment.id)
        return comment
    }

    /// Discards a run and passes the lock on.
    func discard(_ run: SandboxRun) {
        run.mark(.discarded, at: now)
        if run.plan.status == .pending { run.plan.status = .unreachable }
        run.apply.status = .unreachable
        finish(run, at: now)
    }

    private func cancel(_ run: SandboxRun) {
        run.canceledBy = accountID
        run.forceCancelAvailableAt = now.addingTimeInterval(PhaseTiming.forceCancelCoolOff)
        // The seeded stuck apply keeps running: only a force-cancel ends it.
        guard !run.ignoresCancel else { return }
        run.canceledAt = now
        markPhasesCanceled(run, key: "canceled-at")
        run.mark(.canceled, at: now)
        finish(run, at: now)
    }

    private func forceCancel(_ run: SandboxRun) {
        run.canceledAt = now
        markPhasesCanceled(run, key: "force-canceled-at")
        run.mark(.forceCanceled, at: now)
        finish(run, at: now)
    }

    private func markPhasesCanceled(_ run: SandboxRun, key: String) {
        for phase in [run.plan, run.apply] {
            switch phase.status {
            case .pending, .queued, .running: phase.mark(.canceled, key, at: now)
            default: break
            }
        }
        if run.apply.status == .pending { run.apply.status = .unreachable }
    }

    private func forceExecute(_ run: SandboxRun) throws(ActionRefusal) {
        guard run.status == .pending, run.nextEventAt == nil else {
            throw .forbidden("Run is not pending; only a queued run can be force-executed.")
        }
        guard let workspace = workspacesByID[run.workspaceID] else {
            throw .forbidden("The run's workspace could not be found.")
        }
        guard let lockID = workspace.lockedBy, lockID != run.id, let locker = runs[lockID] else {
            throw .forbidden("The workspace is not locked by another run.")
        }
        guard locker.isDiscardable else {
            throw .conflict("The run locking the workspace was not in a discardable state.")
        }
        let ahead = workspace.queue.prefix { $0 != run.id }.compactMap { runs[$0] }
        workspace.queue.removeAll { $0 == run.id }
        workspace.queue.insert(run.id, at: 0)
        for prior in [locker] + ahead {
            if prior.isDiscardable {
                discard(prior)
            } else if prior.status.isCancelable {
                cancel(prior)
            }
        }
        // The lock passed to this run when the locker finished; start planning at once.
        if run.nextEventAt != nil { step(run, at: now) }
    }
}
