/// `actions`: what can be done to a run in its current state.
public struct RunActions: Sendable, Hashable {
    /// Whether a cancel is allowed.
    public var isCancelable: Bool
    /// Whether an apply (confirm) is allowed.
    public var isConfirmable: Bool
    /// Whether a discard is allowed.
    public var isDiscardable: Bool
    /// Whether a force-cancel is allowed.
    public var isForceCancelable: Bool

    /// Reads the flags; a missing flag is `false`.
    public init(_ attributes: Attributes) {
        isCancelable = attributes.bool("is-cancelable") ?? false
        isConfirmable = attributes.bool("is-confirmable") ?? false
        isDiscardable = attributes.bool("is-discardable") ?? false
        isForceCancelable = attributes.bool("is-force-cancelable") ?? false
    }
}
