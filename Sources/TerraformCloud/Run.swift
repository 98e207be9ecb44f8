import Foundation

/// A run: one plan (and maybe apply) of a workspace's configuration.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run
public struct Run: Sendable, Hashable, Identifiable {
    /// The run ID, like `run-CZcmD7eagjhyX0vN`.
    public var id: String
    /// The run's status; unknown values are kept.
    public var status: RunStatus
    /// The run's message.
    public var message: String?
    /// Where the run came from (`tfe-api`, `tfe-ui`, ...).
    public var source: RunSource?
    /// Why the run was queued (`manual`, ...).
    public var triggerReason: String?
    /// When the run was created.
    public var createdAt: Date?
    /// When the run was canceled, if it was.
    public var canceledAt: Date?
    /// When a force-cancel becomes possible, once a cancel was asked.
    public var forceCancelAvailableAt: Date?
    /// Whether the plan found changes.
    public var hasChanges: Bool
    /// Whether the run applies on its own after a successful plan.
    public var autoApply: Bool
    /// Whether this is a destroy run.
    public var isDestroy: Bool
    /// Whether this is a speculative, plan-only run.
    public var planOnly: Bool
    /// Whether this is a refresh-only run.
    public var refreshOnly: Bool
    /// Whether this is a saved-plan run.
    public var savePlan: Bool
    /// The `-target` addresses, empty when none.
    public var targetAddresses: [String]
    /// The `-replace` addresses, empty when none.
    public var replaceAddresses: [String]
    /// Run-specific variable values.
    public var variables: [RunVariable]
    /// The Terraform version, when the server says.
    public var terraformVersion: String?
    /// The run's place in the workspace queue, when the server says.
    public var positionInQueue: Int?
    /// What can be done to the run now.
    public var actions: RunActions
    /// What the token may do to the run.
    public var permissions: RunPermissions
    /// When the run reached each status, keyed as the API names them (`planned-at`, ...).
    public var statusTimestamps: [String: Date]
    /// The raw resource, with every attribute and relationship as it came.
    public var resource: JSONAPIResource

    /// Reads a run from a `runs` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("runs")
        let attributes = resource.attributes
        id = resource.id
        status = RunStatus(rawValue: attributes.string("status") ?? "")
        message = attributes.string("message")
        source = attributes.string("source").map(RunSource.init(rawValue:))
        triggerReason = attributes.string("trigger-reason")
        createdAt = attributes.date("created-at")
        canceledAt = attributes.date("canceled-at")
        forceCancelAvailableAt = attributes.date("force-cancel-available-at")
        hasChanges = attributes.bool("has-changes") ?? false
        autoApply = attributes.bool("auto-apply") ?? false
        isDestroy = attributes.bool("is-destroy") ?? false
        planOnly = attributes.bool("plan-only") ?? false
        refreshOnly = attributes.bool("refresh-only") ?? false
        savePlan = attributes.bool("save-plan") ?? false
        targetAddresses = attributes.strings("target-addrs") ?? []
        replaceAddresses = attributes.strings("replace-addrs") ?? []
        variables = (attributes["variables"]?.arrayValue ?? []).compactMap(RunVariable.init(json:))
        terraformVersion = attributes.string("terraform-version")
        positionInQueue = attributes.int("position-in-queue")
        actions = RunActions(attributes.nested("actions"))
        permissions = RunPermissions(attributes.nested("permissions"))
        statusTimestamps = attributes.dates("status-timestamps")
        self.resource = resource
    }

    /// The ID of the run's workspace, when the relationship has data.
    public var workspaceID: String? { resource.related("workspace")?.id }
    /// The ID of the run's plan, when the relationship has data.
    public var planID: String? { resource.related("plan")?.id }
    /// The ID of the run's apply, when the relationship has data.
    public var applyID: String? { resource.related("apply")?.id }
    /// The ID of the user who created the run, when the relationship has data.
    public var createdByID: String? { resource.related("created-by")?.id }
    /// The ID of the run's configuration version, when the relationship has data.
    public var configurationVersionID: String? {
        resource.related("configuration-version")?.id
    }
}
