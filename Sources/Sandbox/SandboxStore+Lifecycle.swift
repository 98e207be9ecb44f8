import Foundation

/// Seconds each automatic step of the lifecycle takes.
enum PhaseTiming {
    /// `pending` to `plan_queued` once the run may start.
    static let queueing: TimeInterval = 2
    /// `plan_queued` to `planning`.
    static let planQueue: TimeInterval = 3
    /// A plan that fails on its variables stops early.
    static let failedValidation: TimeInterval = 8
    /// Each cost-estimation or policy-check step.
    static let check: TimeInterval = 4
    /// `confirmed` to `apply_queued`, and `apply_queued` to `applying`.
    static let applyQueue: TimeInterval = 2
    /// The wait between `cancel` and `force-cancel`.
    static let forceCancelCoolOff: TimeInterval = 10
}

extension SandboxStore {
    /// Runs every transition due up to `target`, in time order, then sets the clock there.
    func advance(to target: Date) {
        while let run = nextDueRun(before: target), let due = run.nextEventAt {
            now = max(now, due)
            revision += 1
            step(run, at: due)
        }
        now = max(now, target)
    }

    private func nextDueRun(before target: Date) -> SandboxRun? {
        var best: SandboxRun?
        for id in active {
            guard let run = runs[id], let due = run.nextEventAt, due <= target else { continue }
            if let current = best, let currentDue = current.nextEventAt,
                (currentDue, current.sequence) <= (due, run.sequence)
            {
                continue
            }
            best = run
        }
        return best
    }

    /// Queues a new run: speculative plans start at once, others wait for the workspace lock.
    func enqueue(_ run: SandboxRun, in workspace: SandboxWorkspace) {
        run.mark(.pending, at: run.createdAt)
        run.plan.mark(.pending, "pending-at", at: run.createdAt)
        if run.takesLock {
            workspace.queue.append(run.id)
            startNext(in: workspace, at: now)
        } else {
            schedule(run, at: now.addingTimeInterval(PhaseTiming.queueing))
        }
    }

    /// Gives the lock to the oldest waiting run, if the workspace is free.
    func startNext(in workspace: SandboxWorkspace, at time: Date) {
        guard workspace.lockedBy == nil, !workspace.queue.isEmpty else { return }
        let id = workspace.queue.removeFirst()
        guard let run = runs[id] else { return }
        workspace.lockedBy = id
        schedule(run, at: time.addingTimeInterval(PhaseTiming.queueing))
    }

    /// Sets the run's next automatic transition.
    func schedule(_ run: SandboxRun, at time: Date?) {
        run.nextEventAt = time
        if time == nil { active.remove(run.id) } else { active.insert(run.id) }
    }

    /// Performs the run's next automatic transition at `time`.
    func step(_ run: SandboxRun, at time: Date) {
        switch run.status {
        case .pending:
            run.mark(.planQueued, at: time)
            run.plan.mark(.queued, "queued-at", at: time)
            schedule(run, at: time.addingTimeInterval(PhaseTiming.planQueue))
        case .planQueued:
            startPlanning(run, at: time)
        case .planning:
            finishPlan(run, at: time)
        case .planned, .costEstimated:
            startCheck(run, at: time)
        case .costEstimating:
            run.mark(.costEstimated, at: time)
            runChecks(after: run, at: time)
        case .policyChecking:
            run.mark(.policyChecked, at: time)
            settle(run, at: time)
        case .confirmed:
            run.mark(.applyQueued, at: time)
            run.apply.mark(.queued, "queued-at", at: time)
            schedule(run, at: time.addingTimeInterval(PhaseTiming.applyQueue))
        case .applyQueued:
            run.mark(.applying, at: time)
            run.apply.mark(.running, "started-at", at: time)
            let end = time.addingTimeInterval(run.applyDuration)
            schedule(run, at: run.ignoresCancel ? nil : end)
        case .applying:
            finishApply(run, at: time)
        default:
            schedule(run, at: nil)
        }
    }

    private func startPlanning(_ run: SandboxRun, at time: Date) {
        run.mark(.planning, at: time)
        run.plan.mark(.running, "started-at", at: time)
        if run.planFailure == nil, let workspace = workspacesByID[run.workspaceID] {
            run.planFailure = VariableCheck.failure(for: run.variables, in: workspace)
            if run.planFailure != nil { run.planDuration = PhaseTiming.failedValidation }
        }
        schedule(run, at: time.addingTimeInterval(run.planDuration))
    }

    private func finishPlan(_ run: SandboxRun, at time: Date) {
        if let failure = run.planFailure {
            run.plan.error = failure
            run.plan.mark(.errored, "errored-at", at: time)
            run.mark(.errored, at: time)
            workspacesByID[run.workspaceID]?.failures += 1
            finish(run, at: time)
            return
        }
        if !isSeeding, let workspace = workspacesByID[run.workspaceID] {
            run.plannedChanges = ChangePlanner.changes(for: run, in: workspace)
        }
        let counts = ChangePlanner.counts(run.plannedChanges)
        run.plan.additions = counts.add
        run.plan.changes = counts.change
        run.plan.destructions = counts.destroy
        run.plan.mark(.finished, "finished-at", at: time)
        run.mark(.planned, at: time)
        runChecks(after: run, at: time)
    }

    /// Schedules the next check the workspace has after the plan, or settles the run.
    private func runChecks(after run: SandboxRun, at time: Date) {
        guard let workspace = workspacesByID[run.workspaceID], run.hasChanges else {
            settle(run, at: time)
            return
        }
        let wantsCost = run.status == .planned && workspace.costEstimation
        let wantsPolicy =
            (run.status == .planned || run.status == .costEstimated) && workspace.policyChecks
        if wantsCost || wantsPolicy {
            schedule(run, at: time.addingTimeInterval(1))
        } else {
            settle(run, at: time)
        }
    }

    /// Starts cost estimation, or the policy check, once the step before it is done.
    private func startCheck(_ run: SandboxRun, at time: Date) {
        let costFirst =
            run.status == .planned && workspacesByID[run.workspaceID]?.costEstimation == true
        run.mark(costFirst ? .costEstimating : .policyChecking, at: time)
        schedule(run, at: time.addingTimeInterval(PhaseTiming.check))
    }

    /// Ends the planning stage: finished, applying on its own, or waiting for confirmation.
    private func settle(_ run: SandboxRun, at time: Date) {
        if run.planOnly || !run.hasChanges {
            run.mark(.plannedAndFinished, at: time)
            run.apply.status = .unreachable
            finish(run, at: time)
        } else if run.autoApply {
            confirm(run, at: time, by: nil)
        } else {
            schedule(run, at: nil)
        }
    }

    /// Confirms a run paused for confirmation; `by` is the user, `nil` for auto-apply.
    func confirm(_ run: SandboxRun, at time: Date, by user: String?) {
        run.confirmedBy = user
        run.mark(.confirmed, at: time)
        run.apply.mark(.pending, "pending-at", at: time)
        schedule(run, at: time.addingTimeInterval(PhaseTiming.applyQueue))
    }

    private func finishApply(_ run: SandboxRun, at time: Date) {
        let counts = ChangePlanner.counts(run.plannedChanges)
        if let failure = run.applyFailure {
            run.apply.error = failure
            run.apply.additions = counts.add / 2
            run.apply.mark(.errored, "errored-at", at: time)
            run.mark(.errored, at: time)
            workspacesByID[run.workspaceID]?.failures += 1
        } else {
            run.apply.additions = counts.add
            run.apply.changes = counts.change
            run.apply.destructions = counts.destroy
            run.apply.mark(.finished, "finished-at", at: time)
            run.mark(.applied, at: time)
            if !isSeeding, let workspace = workspacesByID[run.workspaceID] {
                ChangePlanner.apply(run.plannedChanges, to: workspace)
            }
        }
        finish(run, at: time)
    }

    /// Takes a run out of the schedule and, if it held the lock, passes the lock on.
    func finish(_ run: SandboxRun, at time: Date) {
        schedule(run, at: nil)
        guard !isSeeding, let workspace = workspacesByID[run.workspaceID] else { return }
        workspace.queue.removeAll { $0 == run.id }
        if workspace.lockedBy == run.id {
            workspace.lockedBy = nil
            startNext(in: workspace, at: time)
        }
    }
}
