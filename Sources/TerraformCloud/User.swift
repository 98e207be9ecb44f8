import Foundation

/// A user (or a team's service account) as the API shows it.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account
public struct User: Sendable, Hashable, Identifiable {
    /// The user ID, like `user-V3R563qtJNcExAkN`.
    public var id: String
    /// The username.
    public var username: String
    /// The e-mail address; only the account's own user and admins see it.
    public var email: String?
    /// Whether this is a team or organization service account.
    public var isServiceAccount: Bool
    /// The avatar URL.
    public var avatarURL: String?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a user from a `users` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("users")
        let attributes = resource.attributes
        id = resource.id
        username = attributes.string("username") ?? ""
        email = attributes.string("email")
        isServiceAccount = attributes.bool("is-service-account") ?? false
        avatarURL = attributes.string("avatar-url")
        self.resource = resource
    }
}
