import Foundation

extension TerraformCloudClient {
    /// The user or service account that owns the token (`GET /account/details`).
    public func currentAccount() async throws -> User {
        let document = try await getDocument(
            "account/details",
            context: RequestContext(subject: "the account of this token")
        )
        return try User(resource: document.single())
    }

    /// The organization `name` (`GET /organizations/:name`).
    public func organization(named name: String? = nil) async throws -> Organization {
        let name = try resolveOrganization(name)
        let document = try await getDocument(
            "organizations/\(name)",
            context: RequestContext(subject: "organization '\(name)'")
        )
        return try Organization(resource: document.single())
    }

    /// Checks that the service answers (`GET /ping`) and returns its response headers.
    @discardableResult
    public func ping() async throws -> [String: String] {
        let request = try apiRequest("GET", "ping", context: RequestContext(subject: "ping"))
        let (_, response) = try await send(request)
        var headers: [String: String] = [:]
        for case (let name as String, let value as String) in response.allHeaderFields {
            headers[name] = value
        }
        return headers
    }
}
