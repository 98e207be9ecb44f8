/// An action on a run: `POST /runs/:id/actions/<action>`.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run#apply-a-run
public enum RunAction: String, Sendable, Hashable, CaseIterable {
    /// Confirm a run that awaits confirmation.
    case apply
    /// Discard a run that is pending or awaits confirmation.
    case discard
    /// Interrupt a run that is planning or applying.
    case cancel
    /// End a run at once, after a cancel and its cool-off period.
    case forceCancel = "force-cancel"
    /// Discard the runs ahead of a pending run and start it now.
    case forceExecute = "force-execute"

    /// The last path component of the action's endpoint.
    public var pathComponent: String { rawValue }

    /// Whether the endpoint takes a `{"comment": ...}` body.
    public var acceptsComment: Bool { self != .forceExecute }

    /// The verb for messages: "apply", "force-cancel", ...
    public var verb: String { rawValue }

    /// What the action needs, for a 409's explanation.
    var precondition: String {
        switch self {
        case .apply:
            return "only a run awaiting confirmation (planned, policy_checked or "
                + "planned_and_saved) can be applied"
        case .discard:
            return "only a pending run or one awaiting confirmation can be discarded"
        case .cancel:
            return "only a run that is planning or applying can be canceled"
        case .forceCancel:
            return "a force-cancel needs a cancel first and then its cool-off period "
                + "(see force-cancel-available-at)"
        case .forceExecute:
            return "force-execute needs a pending run blocked by a run that can be discarded"
        }
    }
}
