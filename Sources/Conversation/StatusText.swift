/// Says a run's status in words, as the example conversations do ("Planned (awaiting
/// approval)", "Errored (Apply failed)").
public enum StatusText {
    /// What else about a run decides how its status reads.
    public struct Facts: Sendable, Equatable {
        /// Whether the run can be applied now.
        public var isConfirmable: Bool
        /// Whether it is a plan-only run.
        public var planOnly: Bool
        /// Whether the plan found changes.
        public var hasChanges: Bool
        /// Whether an errored run failed in the apply phase (else the plan).
        public var failedInApply: Bool
        /// How many runs are ahead of it in the workspace's queue, when it waits.
        public var positionInQueue: Int?
        /// Whether a cancel was asked and the run is still going.
        public var cancelRequested: Bool

        /// Creates the facts; everything not given is false or absent.
        public init(
            isConfirmable: Bool = false,
            planOnly: Bool = false,
            hasChanges: Bool = false,
            failedInApply: Bool = false,
            positionInQueue: Int? = nil,
            cancelRequested: Bool = false
        ) {
            self.isConfirmable = isConfirmable
            self.planOnly = planOnly
            self.hasChanges = hasChanges
            self.failedInApply = failedInApply
            self.positionInQueue = positionInQueue
            self.cancelRequested = cancelRequested
        }
    }

    /// The status `raw` (an API status name) in words, given the run's facts.
    public static func describe(_ raw: String, _ facts: Facts = Facts()) -> String {
        switch raw {
        case "pending":
            guard let ahead = facts.positionInQueue, ahead > 0 else {
                return "Pending"
            }
            return ahead == 1 ? "Pending (1 run ahead)" : "Pending (\(ahead) runs ahead)"
        case "planned", "cost_estimated", "policy_checked", "post_plan_completed",
            "planned_and_saved":
            let base = words(raw)
            return facts.isConfirmable ? "\(base) (awaiting approval)" : base
        case "planned_and_finished":
            if facts.planOnly {
                return "Planned and finished (plan only)"
            }
            return facts.hasChanges ? "Planned and finished" : "Planned and finished (no changes)"
        case "errored":
            return facts.failedInApply ? "Errored (Apply failed)" : "Errored (Planning failed)"
        case "planning", "applying":
            return facts.cancelRequested ? "\(words(raw)) (cancel requested)" : words(raw)
        case "policy_override":
            return "Policy override needed"
        default:
            // A status the service added after this was written is shown as it came.
            return documented.contains(raw) || raw.isEmpty ? words(raw) : raw
        }
    }

    /// The statuses of the API reference (§3.1), the documented table and the ones real
    /// payloads carry beyond it; these read as words, any other as the API spelled it.
    public static let documented: Set<String> = [
        "pending", "fetching", "fetching_completed", "pre_plan_running", "pre_plan_completed",
        "queuing", "plan_queued", "planning", "planned", "cost_estimating", "cost_estimated",
        "policy_checking", "policy_override", "policy_soft_failed", "policy_checked", "confirmed",
        "post_plan_running", "post_plan_completed", "planned_and_finished", "planned_and_saved",
        "apply_queued", "applying", "applied", "discarded", "errored", "canceled",
        "force_canceled", "post_plan_awaiting_decision", "pre_plan_awaiting_decision",
        "pre_apply_running", "pre_apply_completed", "queuing_apply", "post_apply_running",
        "post_apply_completed", "tf_policy_checked", "tf_policy_override", "assessing", "assessed",
    ]

    /// Whether `raw` is a status in which a run is still moving without the user.
    public static func isInFlight(_ raw: String) -> Bool {
        inFlight.contains(raw)
    }

    /// Statuses of a run that is working (not waiting for anyone, not finished).
    public static let inFlight: Set<String> = [
        "fetching", "fetching_completed", "pre_plan_running", "pre_plan_completed", "queuing",
        "plan_queued", "planning", "cost_estimating", "policy_checking", "confirmed",
        "post_plan_running", "apply_queued", "applying", "queuing_apply", "pre_apply_running",
        "pre_apply_completed", "post_apply_running", "post_apply_completed",
    ]

    /// An API name in words: `plan_queued` is "Plan queued".
    ///
    /// The API spells "canceled"; replies say "cancelled" throughout.
    public static func words(_ raw: String) -> String {
        let spaced = raw.replacingOccurrences(of: "_", with: " ")
            .replacingOccurrences(of: "canceled", with: "cancelled")
        guard let first = spaced.first else {
            return "Unknown"
        }
        return first.uppercased() + spaced.dropFirst()
    }
}
