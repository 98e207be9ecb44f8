import Foundation

/// How a seeded or historical run ends up, driven through the same lifecycle as a live one.
enum SeedEnding: Equatable {
    /// Confirmed a few minutes after its plan, then applied.
    case applied
    /// Discarded a while after its plan.
    case discarded
    /// A speculative plan, or one with no changes.
    case plannedAndFinished
    /// Paused for confirmation.
    case awaitingConfirmation
    /// The plan failed with this message.
    case planErrored(String)
    /// The apply failed with this message.
    case applyErrored(String)
    /// Cancelled while planning.
    case canceled
    /// Applying, and a cancel will not stop it.
    case stuckApplying
    /// Waiting in the queue.
    case pending
}

/// What to seed: the run's facts and how it ends.
struct SeedRun {
    /// A fixed ID, or `nil` for a generated one.
    var id: String?
    /// The workspace name.
    var workspace: String
    /// The run message.
    var message: String
    /// The user ID of the creator.
    var creator: String
    /// When it was created.
    var createdAt: Date
    /// How it ends up.
    var ending: SeedEnding
    /// Explicit changes; `nil` computes them from the workspace as a live plan would.
    var changes: [PlannedChange]?
    /// Whether it destroys.
    var isDestroy = false
    /// Whether it is a speculative plan.
    var planOnly = false
    /// Whether it applies without confirmation.
    var autoApply = false
    /// `-target` addresses.
    var targets: [String]?
    /// Run variables.
    var variables: [(key: String, value: String)] = []
    /// Seconds spent planning.
    var planDuration: TimeInterval = 90
    /// Seconds spent applying.
    var applyDuration: TimeInterval = 75
    /// A fixed commit for its configuration version.
    var commit: (sha: String, message: String)?
    /// `source`.
    var source = "tfe-api"
}

extension SandboxStore {
    /// Creates a seeded run and drives it to its ending at its own past times.
    @discardableResult
    func seed(_ spec: SeedRun, sharedVersion: Bool = false) -> SandboxRun? {
        guard let workspace = workspacesByName[spec.workspace] else { return nil }
        let version: String
        if sharedVersion {
            version = workspace.configurationVersionID
        } else {
            version =
                makeConfigurationVersion(
                    for: workspace,
                    at: spec.createdAt.addingTimeInterval(-30),
                    message: spec.commit?.message,
                    sha: spec.commit?.sha
                ).id
        }
        let run = makeRun(
            id: spec.id,
            workspace: workspace,
            createdAt: spec.createdAt,
            createdBy: spec.creator,
            message: spec.message,
            configurationVersionID: version
        )
        configure(run, from: spec, in: workspace)
        insert(run)
        drive(run, to: spec.ending)
        return run
    }

    private func configure(_ run: SandboxRun, from spec: SeedRun, in workspace: SandboxWorkspace) {
        run.isDestroy = spec.isDestroy
        run.planOnly = spec.planOnly
        run.autoApply = spec.autoApply
        run.targetAddrs = spec.targets
        run.variables = spec.variables
        run.planDuration = spec.planDuration
        run.applyDuration = spec.applyDuration
        // The service account's runs come from VCS pushes, so `filter[source]` has two values.
        let isPipeline = usersByID[spec.creator]?.isServiceAccount == true
        run.source = isPipeline ? "tfe-configuration-version" : spec.source
        run.plannedChanges = spec.changes ?? ChangePlanner.changes(for: run, in: workspace)
        switch spec.ending {
        case .planErrored(let message): run.planFailure = message
        case .applyErrored(let message): run.applyFailure = message
        case .stuckApplying: run.ignoresCancel = true
        default: break
        }
    }

    private func drive(_ run: SandboxRun, to ending: SeedEnding) {
        isSeeding = true
        defer { isSeeding = false }
        run.mark(.pending, at: run.createdAt)
        run.plan.mark(.pending, "pending-at", at: run.createdAt)
        guard ending != .pending else { return }
        schedule(run, at: run.createdAt.addingTimeInterval(PhaseTiming.queueing))
        while let due = run.nextEventAt {
            if ending == .canceled && run.status == .planning {
                run.canceledAt = due.addingTimeInterval(-run.planDuration / 2)
                run.plan.mark(
                    .canceled,
                    "canceled-at",
                    at: due.addingTimeInterval(-run.planDuration / 2)
                )
                run.apply.status = .unreachable
                run.mark(.canceled, at: due.addingTimeInterval(-run.planDuration / 2))
                break
            }
            step(run, at: due)
            if ending == .stuckApplying && run.status == .applying { break }
            if run.isConfirmable { resolveConfirmation(run, ending: ending, at: due) }
        }
        schedule(run, at: nil)
    }

    private func resolveConfirmation(_ run: SandboxRun, ending: SeedEnding, at time: Date) {
        switch ending {
        case .applied, .applyErrored, .stuckApplying:
            confirm(run, at: time.addingTimeInterval(180), by: run.createdBy)
        case .discarded:
            discard(run)
            run.statusTimestamps.removeAll { $0.0 == RunStatus.discarded.timestampKey }
            run.statusTimestamps.append(
                (RunStatus.discarded.timestampKey, time.addingTimeInterval(900))
            )
        default:
            break
        }
    }
}
