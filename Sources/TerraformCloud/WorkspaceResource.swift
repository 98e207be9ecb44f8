import Foundation

/// One resource in a workspace's current state (`GET /workspaces/:id/resources`).
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/workspace-resources
public struct WorkspaceResource: Sendable, Hashable, Identifiable {
    /// The ID, like `wsr-KNYb3Jj3JTBgoBFs`.
    public var id: String
    /// The full address, like `module.database.aws_rds_cluster.main`.
    public var address: String
    /// The resource name, like `main`.
    public var name: String
    /// The module path (`root` for the root module).
    public var module: String?
    /// The provider source, like `hashicorp/aws`.
    public var provider: String?
    /// The resource type, like `aws_rds_cluster`.
    public var providerType: String?
    /// The `count`/`for_each` index, if any.
    public var nameIndex: String?
    /// When the resource first appeared.
    public var createdAt: Date?
    /// When the resource last changed.
    public var updatedAt: Date?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a state resource from a `workspace-resources` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("workspace-resources")
        let attributes = resource.attributes
        id = resource.id
        address = attributes.string("address") ?? ""
        name = attributes.string("name") ?? ""
        module = attributes.string("module")
        provider = attributes.string("provider")
        providerType = attributes.string("provider-type")
        nameIndex = attributes.string("name-index") ?? attributes.int("name-index").map(String.init)
        createdAt = attributes.date("created-at")
        updatedAt = attributes.date("updated-at")
        self.resource = resource
    }
}
