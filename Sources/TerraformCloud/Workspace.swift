import Foundation

/// A workspace: a named configuration, its state and its runs.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/workspaces
public struct Workspace: Sendable, Hashable, Identifiable {
    /// The workspace ID, like `ws-6jrRyVDv1J8zQMB5`.
    public var id: String
    /// The workspace name.
    public var name: String
    /// The workspace's description.
    public var description: String?
    /// Whether the workspace is locked.
    public var locked: Bool
    /// Why it is locked, if the locker said.
    public var lockedReason: String?
    /// Whether runs apply on their own after a successful plan by default.
    public var autoApply: Bool
    /// The Terraform version or constraint.
    public var terraformVersion: String?
    /// The working directory (`nil` or empty for the repository root).
    public var workingDirectory: String?
    /// `remote`, `local` or `agent`.
    public var executionMode: String?
    /// Resources in the current state.
    public var resourceCount: Int?
    /// When the workspace was created.
    public var createdAt: Date?
    /// When the workspace was last changed.
    public var updatedAt: Date?
    /// The organization's name, when the relationship has data.
    public var organizationName: String?
    /// The ID of the current run, if any.
    public var currentRunID: String?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a workspace from a `workspaces` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("workspaces")
        let attributes = resource.attributes
        id = resource.id
        name = attributes.string("name") ?? ""
        description = attributes.string("description")
        locked = attributes.bool("locked") ?? false
        lockedReason = attributes.string("locked-reason")
        autoApply = attributes.bool("auto-apply") ?? false
        terraformVersion = attributes.string("terraform-version")
        workingDirectory = attributes.string("working-directory")
        executionMode = attributes.string("execution-mode")
        resourceCount = attributes.int("resource-count")
        createdAt = attributes.date("created-at")
        updatedAt = attributes.date("updated-at")
        organizationName = resource.related("organization")?.id
        currentRunID = resource.related("current-run")?.id
        self.resource = resource
    }

    /// Who or what holds the lock (`users`, `teams` or `runs` and an ID), if locked.
    public var lockedBy: ResourceIdentifier? { resource.related("locked-by") }
}
