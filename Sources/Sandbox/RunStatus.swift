/// The statuses a sandbox run passes through, with the groupings the API filters and acts on.
///
/// Raw values are the API's spelling (REFERENCE §3.1).
enum RunStatus: String, CaseIterable, Sendable {
    case pending
    case planQueued = "plan_queued"
    case planning
    case planned
    case costEstimating = "cost_estimating"
    case costEstimated = "cost_estimated"
    case policyChecking = "policy_checking"
    case policyChecked = "policy_checked"
    case policyOverride = "policy_override"
    case confirmed
    case plannedAndFinished = "planned_and_finished"
    case applyQueued = "apply_queued"
    case applying
    case applied
    case discarded
    case errored
    case canceled
    case forceCanceled = "force_canceled"

    /// The `status-timestamps` key of this status (REFERENCE §3.4).
    var timestampKey: String {
        self == .pending
            ? "plan-queueable-at" : rawValue.replacingOccurrences(of: "_", with: "-") + "-at"
    }

    /// Whether the run has reached a terminal state.
    var isFinal: Bool {
        switch self {
        case .applied, .plannedAndFinished, .discarded, .errored, .canceled, .forceCanceled: true
        default: false
        }
    }

    /// Whether a run in this status may be waiting for someone to confirm it.
    var isAwaitingConfirmationCandidate: Bool {
        self == .planned || self == .costEstimated || self == .policyChecked
    }

    /// Members of `filter[status_group]=discardable` (REFERENCE §3.2).
    var isInDiscardableGroup: Bool {
        switch self {
        case .planned, .costEstimated, .policyChecked, .policyOverride: true
        default: false
        }
    }

    /// Whether a non-forceful cancel is accepted in this status.
    var isCancelable: Bool {
        switch self {
        case .pending, .planQueued, .planning, .costEstimating, .policyChecking, .confirmed,
            .applyQueued, .applying:
            true
        default: false
        }
    }
}

/// The status of a plan or apply record (REFERENCE §6, §7).
enum PhaseStatus: String, Sendable {
    case pending
    case queued
    case running
    case finished
    case errored
    case canceled
    case unreachable
}
