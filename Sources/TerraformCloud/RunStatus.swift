/// A run's `status`, open to values this client has not heard of.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run#run-states
public struct RunStatus: RawRepresentable, Sendable, Hashable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The status as the API spells it, like `planned_and_finished`.
    public var rawValue: String

    /// Wraps any status string.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps a status literal.
    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    /// Decodes the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw status.
    public var description: String { rawValue }

    /// Waiting in the workspace queue.
    public static let pending: RunStatus = "pending"
    /// Fetching configuration from VCS.
    public static let fetching: RunStatus = "fetching"
    /// Configuration fetched.
    public static let fetchingCompleted: RunStatus = "fetching_completed"
    /// Pre-plan run tasks running.
    public static let prePlanRunning: RunStatus = "pre_plan_running"
    /// Pre-plan run tasks done.
    public static let prePlanCompleted: RunStatus = "pre_plan_completed"
    /// Queuing for the plan.
    public static let queuing: RunStatus = "queuing"
    /// Waiting for a plan worker.
    public static let planQueued: RunStatus = "plan_queued"
    /// Planning.
    public static let planning: RunStatus = "planning"
    /// Planned; awaiting confirmation unless it auto-applies.
    public static let planned: RunStatus = "planned"
    /// Estimating cost.
    public static let costEstimating: RunStatus = "cost_estimating"
    /// Cost estimated.
    public static let costEstimated: RunStatus = "cost_estimated"
    /// Checking policies.
    public static let policyChecking: RunStatus = "policy_checking"
    /// A soft-mandatory policy failed; can be overridden.
    public static let policyOverride: RunStatus = "policy_override"
    /// A soft policy failure on a plan-only run (final).
    public static let policySoftFailed: RunStatus = "policy_soft_failed"
    /// Policies checked; may await confirmation.
    public static let policyChecked: RunStatus = "policy_checked"
    /// Confirmed by a user.
    public static let confirmed: RunStatus = "confirmed"
    /// Post-plan run tasks running.
    public static let postPlanRunning: RunStatus = "post_plan_running"
    /// Post-plan run tasks done.
    public static let postPlanCompleted: RunStatus = "post_plan_completed"
    /// Planned and finished: plan-only, or no changes (final).
    public static let plannedAndFinished: RunStatus = "planned_and_finished"
    /// A saved plan, ready to be confirmed.
    public static let plannedAndSaved: RunStatus = "planned_and_saved"
    /// Waiting for an apply worker.
    public static let applyQueued: RunStatus = "apply_queued"
    /// Applying.
    public static let applying: RunStatus = "applying"
    /// Applied (final).
    public static let applied: RunStatus = "applied"
    /// Discarded (final).
    public static let discarded: RunStatus = "discarded"
    /// Errored (final).
    public static let errored: RunStatus = "errored"
    /// Canceled (final).
    public static let canceled: RunStatus = "canceled"
    /// Force-canceled by an admin (final).
    public static let forceCanceled: RunStatus = "force_canceled"

    /// The statuses after which a run changes no more.
    public static let finalStatuses: Set<RunStatus> = [
        .applied, .plannedAndFinished, .policySoftFailed, .discarded, .errored, .canceled,
        .forceCanceled,
    ]

    /// Whether the run has reached a terminal state.
    public var isFinal: Bool { Self.finalStatuses.contains(self) }
}
