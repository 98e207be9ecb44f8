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
