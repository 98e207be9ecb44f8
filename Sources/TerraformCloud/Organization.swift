import Foundation

/// An organization: the top-level owner of workspaces, teams and runs.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/organizations
public struct Organization: Sendable, Hashable, Identifiable {
    /// The organization's name, which is also its ID.
    public var id: String
    /// The display name.
    public var name: String
    /// The contact e-mail.
    public var email: String?
    /// When it was created.
    public var createdAt: Date?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads an organization from an `organizations` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("organizations")
        id = resource.id
        name = resource.attributes.string("name") ?? resource.id
        email = resource.attributes.string("email")
        createdAt = resource.attributes.date("created-at")
        self.resource = resource
    }
}
