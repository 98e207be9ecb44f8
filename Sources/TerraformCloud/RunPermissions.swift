/// `permissions`: what the token may do to a run.
public struct RunPermissions: Sendable, Hashable {
    /// May apply.
    public var canApply: Bool
    /// May cancel.
    public var canCancel: Bool
    /// May comment.
    public var canComment: Bool
    /// May discard.
    public var canDiscard: Bool
    /// May force-execute.
    public var canForceExecute: Bool
    /// May force-cancel.
    public var canForceCancel: Bool
    /// May override a policy check.
    public var canOverridePolicyCheck: Bool

    /// Reads the flags; a missing flag is `false`.
    public init(_ attributes: Attributes) {
        canApply = attributes.bool("can-apply") ?? false
        canCancel = attributes.bool("can-cancel") ?? false
        canComment = attributes.bool("can-comment") ?? false
        canDiscard = attributes.bool("can-discard") ?? false
        canForceExecute = attributes.bool("can-force-execute") ?? false
        canForceCancel = attributes.bool("can-force-cancel") ?? false
        canOverridePolicyCheck = attributes.bool("can-override-policy-check") ?? false
    }
}
