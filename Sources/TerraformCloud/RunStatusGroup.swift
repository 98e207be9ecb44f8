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
