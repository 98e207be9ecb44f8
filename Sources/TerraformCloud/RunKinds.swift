/// A run's operation (`filter[operation]`), open to values this client has not heard of.
public struct RunOperation: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// The operation as the API spells it.
    public var rawValue: String

    /// Wraps any operation string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an operation literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A speculative plan.
    public static let planOnly: RunOperation = "plan_only"
    /// A plan that may be applied.
    public static let planAndApply: RunOperation = "plan_and_apply"
    /// A saved plan.
    public static let savePlan: RunOperation = "save_plan"
    /// A refresh-only run.
    public static let refreshOnly: RunOperation = "refresh_only"
    /// A destroy run.
    public static let destroy: RunOperation = "destroy"
    /// An apply with no changes.
    public static let emptyApply: RunOperation = "empty_apply"
    /// A refresh-only run that invokes actions.
    public static let actionOnly: RunOperation = "action_only"

    /// Every operation the docs list; pass it to see plan-only runs in a workspace list too.
    public static let all: [RunOperation] = [
        .planOnly, .planAndApply, .savePlan, .refreshOnly, .destroy, .emptyApply,
    ]
}

/// Where a run came from (`source`), open to values this client has not heard of.
public struct RunSource: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// The source as the API spells it.
    public var rawValue: String

    /// Wraps any source string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a source literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Queued in the web UI.
    public static let ui: RunSource = "tfe-ui"
    /// Queued through the API.
    public static let api: RunSource = "tfe-api"
    /// Queued by a new configuration version (VCS push or CLI upload).
    public static let configurationVersion: RunSource = "tfe-configuration-version"
    /// Queued by the Terraform CLI.
    public static let terraformCLI: RunSource = "terraform+cloud"
    /// Queued by a run trigger.
    public static let runTrigger: RunSource = "tfe-run-trigger"
}

/// A `filter[status_group]` value: one of a few server-defined groups.
public struct RunStatusGroup: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// The group as the API spells it.
    public var rawValue: String

    /// Wraps any group string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a group literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Runs still in progress, queued or awaiting confirmation.
    public static let nonFinal: RunStatusGroup = "non_final"
    /// Runs in a terminal state.
    public static let final: RunStatusGroup = "final"
    /// Runs that can be discarded.
    public static let discardable: RunStatusGroup = "discardable"
}
