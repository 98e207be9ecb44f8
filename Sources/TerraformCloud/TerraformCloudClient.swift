import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A client for the HCP Terraform (and Terraform Enterprise) API v2, safe to share across tasks.
///
/// It validates IDs before any request, sends the token only to the configured origin,
/// retries what is safe to retry, and turns failures into ``TerraformCloudError``s.
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs
public final class TerraformCloudClient: Sendable {
    /// The address, token and default organization.
    public let configuration: ClientConfiguration
    /// What carries the requests.
    let transport: any HTTPTransport
    /// Receives a debug line per request.
    let logger: any LogHandler
    /// How often to retry.
    let retryPolicy: RetryPolicy
    /// How to wait between retries.
    let sleeper: any Sleeper
    /// Workspace IDs by "organization/name", kept for the client's life.
    let workspaceIDs = Mutex<[String: String]>([:])

    /// Creates a client.
    ///
    /// - Parameters:
    ///   - configuration: where to connect and with which token.
    ///   - transport: what carries requests; a `URLSessionTransport` by default.
    ///   - logger: receives one debug line per request (method, URL, status, time).
    ///   - retryPolicy: how often to retry rate limits and failed GETs.
    ///   - sleeper: how to wait between retries.
    public init(
        configuration: ClientConfiguration,
        transport: any HTTPTransport = URLSessionTransport(),
        logger: any LogHandler = NullLogHandler(),
        retryPolicy: RetryPolicy = .standard,
        sleeper: any Sleeper = TaskSleeper()
    ) {
        self.configuration = configuration
        self.transport = transport
        self.logger = logger
        self.retryPolicy = retryPolicy
        self.sleeper = sleeper
    }

    /// The organization to use: `organization` if given, else the configured one.
    public func resolveOrganization(_ organization: String?) throws -> String {
        guard let name = organization ?? configuration.organization, !name.isEmpty else {
            throw TerraformCloudError.missingOrganization
        }
        try Identifiers.validateOrganizationName(name)
        return name
    }

    /// Builds a request for an API path such as `runs/run-…/actions/apply`.
    func apiRequest(
        _ method: String,
        _ path: String,
        query: [(String, String)] = [],
        body: Data? = nil,
        context: RequestContext
    ) throws -> APIRequest {
        let base = configuration.apiBaseURL.absoluteString
        var text = base + "/" + path
        if let encoded = QueryEncoding.encode(query) {
            text += "?" + encoded
        }
        guard let url = URL(string: text) else {
            throw TerraformCloudError.invalidAddress(text, reason: "the path is not a valid URL")
        }
        return APIRequest(
            method: method,
            url: url,
            body: body,
            authenticated: true,
            context: context,
            loggedURL: url.absoluteString
        )
    }

    /// Sends a GET and decodes the JSON:API document it returns.
    func getDocument(
        _ path: String,
        query: [(String, String)] = [],
        context: RequestContext
    ) async throws -> JSONAPIDocument {
        let request = try apiRequest("GET", path, query: query, context: context)
        let data: Data
        do {
            (data, _) = try await send(request)
        } catch TerraformCloudError.notFound(let subject, let detail) {
            forgetWorkspaces(mentionedIn: path)
            throw TerraformCloudError.notFound(subject: subject, detail: detail)
        }
        return try JSONAPIDocument.decode(data, expecting: context.subject)
    }

    /// Sends a POST with a body that is JSON and returns the response bytes.
    func post(
        _ path: String,
        json: JSONValue?,
        context: RequestContext
    ) async throws -> (Data, HTTPURLResponse) {
        let body = try json.map(Self.encode)
        let request = try apiRequest("POST", path, body: body, context: context)
        return try await send(request)
    }

    /// Encodes a request body with sorted keys, so it is the same bytes every time.
    static func encode(_ json: JSONValue) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(json)
    }
}
