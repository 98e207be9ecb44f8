import Foundation

/// The plan or apply half of a run: its own ID, status, timestamps, counts and log.
final class RunPhase {
    /// `plan-...` or `apply-...`.
    let id: String
    /// The secret part of the archivist URL of its log.
    let logSecret: String
    /// The phase status.
    var status: PhaseStatus = .pending
    /// The phase timestamps (`queued-at`, `started-at`, ...) in the order reached.
    var timestamps: [(String, Date)] = []
    /// Resource counts; zero until the phase finishes.
    var additions = 0
    /// In-place updates.
    var changes = 0
    /// Deletions.
    var destructions = 0
    /// The `Error:` summary when the phase errored.
    var error: String?

    /// Creates a pending phase.
    init(id: String, logSecret: String) {
        self.id = id
        self.logSecret = logSecret
    }

    /// Moves the phase to `status`, recording `key` at `time`.
    func mark(_ status: PhaseStatus, _ key: String, at time: Date) {
        self.status = status
        timestamps.removeAll { $0.0 == key }
        timestamps.append((key, time))
    }

    /// The time recorded under `key`, if any.
    func timestamp(_ key: String) -> Date? {
        timestamps.first { $0.0 == key }?.1
    }
}

/// One run of the sandbox with everything the API shows about it.
///
/// Instances live only inside the store and are touched only while its lock is held.
final class SandboxRun {
    /// `run-...`.
    let id: String
    /// Creation order, used to break ties between runs created at the same instant.
    let sequence: Int
    /// The workspace it runs in.
    let workspaceID: String
    /// When it was created.
    let createdAt: Date
    /// The user who created it.
    let createdBy: String
    /// The run message.
    var message: String
    /// The run status.
    var status: RunStatus = .pending
    /// `status-timestamps`, in the order reached.
    var statusTimestamps: [(String, Date)] = []
    /// Whether it destroys.
    var isDestroy = false
    /// Whether it is a speculative plan.
    var planOnly = false
    /// Whether it applies without confirmation.
    var autoApply = false
    /// Whether state is refreshed first.
    var refresh = true
    /// Whether it only refreshes state.
    var refreshOnly = false
    /// Whether it applies even with no changes.
    var allowEmptyApply = false
    /// `-target` addresses, if any.
    var targetAddrs: [String]?
    /// `-replace` addresses, if any.
    var replaceAddrs: [String]?
    /// Run variables as sent.
    var variables: [(key: String, value: String)] = []
    /// `source`, such as `tfe-api`.
    var source = "tfe-api"
    /// `trigger-reason`.
    var triggerReason = "manual"
    /// The Terraform version it runs.
    var terraformVersion = "1.5.2"
    /// The configuration version it plans.
    var configurationVersionID: String
    /// The plan phase.
    let plan: RunPhase
    /// The apply phase.
    let apply: RunPhase
    /// The resource changes the plan found (set when the plan finishes).
    var plannedChanges: [PlannedChange] = []
    /// An error the plan will end with, decided when it starts (variables, seeded failures).
    var planFailure: String?
    /// An error the apply will end with (seeded failures only).
    var applyFailure: String?
    /// How long the plan's `planning` step takes.
    var planDuration: TimeInterval = 90
    /// How long the apply's `applying` step takes.
    var applyDuration: TimeInterval = 75
    /// A run that ignores a non-forceful cancel (the seeded stuck apply).
    var ignoresCancel = false
    /// When it was cancelled, if it was.
    var canceledAt: Date?
    /// When force-cancel becomes possible, set by a cancel.
    var forceCancelAvailableAt: Date?
    /// When the next automatic transition is due; `nil` when the run waits for someone.
    var nextEventAt: Date?
    /// Its comments, oldest first.
    var commentIDs: [String] = []
    /// Users who confirmed and cancelled it, for the relationships.
    var confirmedBy: String?
    /// The rendered document and the store revision it was rendered at.
    var cachedDocument: (revision: Int, bytes: [UInt8])?
    /// The last `GET /runs/:id` answer: the store revision, the includes asked for, the body.
    var cachedDetails: (revision: Int, includes: [String], body: Data)?
    /// The user who cancelled it.
    var canceledBy: String?

    /// Creates a pending run.
    init(
        id: String,
        sequence: Int,
        workspaceID: String,
        createdAt: Date,
        createdBy: String,
        message: String,
        configurationVersionID: String,
        plan: RunPhase,
        apply: RunPhase
    ) {
        self.id = id
        self.sequence = sequence
        self.workspaceID = workspaceID
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.message = message
        self.configurationVersionID = configurationVersionID
        self.plan = plan
        self.apply = apply
    }

    /// Moves the run to `status` at `time`, recording the status timestamp.
    func mark(_ status: RunStatus, at time: Date) {
        self.status = status
        let key = status.timestampKey
        statusTimestamps.removeAll { $0.0 == key }
        statusTimestamps.append((key, time))
    }

    /// Whether the run takes the workspace lock (speculative plans do not).
    var takesLock: Bool { !planOnly }

    /// Whether the plan found changes.
    var hasChanges: Bool { !plannedChanges.isEmpty }

    /// Whether the run is paused for confirmation.
    var isConfirmable: Bool {
        status.isAwaitingConfirmationCandidate && nextEventAt == nil && !planOnly
    }

    /// Whether the discard action is accepted.
    var isDiscardable: Bool { status == .pending || isConfirmable || status == .policyOverride }

    /// Whether its document changes with the clock alone: a cancelled run's
    /// `is-force-cancelable` turns when the cool-off ends, with no change to the store.
    var dependsOnTime: Bool { forceCancelAvailableAt != nil && !status.isFinal }

    /// Whether a cancel has been asked for.
    var cancelRequested: Bool { forceCancelAvailableAt != nil }

    /// Whether the force-cancel action is accepted at `now`.
    func isForceCancelable(at now: Date) -> Bool {
        guard let availableAt = forceCancelAvailableAt, !status.isFinal else { return false }
        return now >= availableAt
    }

    /// Whether the run counts as one of `wanted` for `filter[operation]`; asked of every run
    /// on every filtered page, so it builds nothing.
    func hasOperation(in wanted: Set<String>) -> Bool {
        if refreshOnly && wanted.contains("refresh_only") { return true }
        if planOnly && wanted.contains("plan_only") { return true }
        if isDestroy && wanted.contains("destroy") { return true }
        guard !planOnly && !refreshOnly && !isDestroy else { return false }
        return wanted.contains(
            plannedChanges.isEmpty && allowEmptyApply ? "empty_apply" : "plan_and_apply"
        )
    }
}
