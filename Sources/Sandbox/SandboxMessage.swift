import Foundation

/// One HTTP request as the sandbox sees it, free of any transport.
///
/// The in-process `URLProtocol` and the HTTP server both turn what they receive into this value,
/// so the sandbox answers the same bytes whichever way a client reaches it.
public struct SandboxRequest: Sendable, Equatable {
    /// The HTTP method, upper case (`GET`, `POST`, ...).
    public var method: String
    /// The path without the query, percent-encoded as sent (`/api/v2/runs/run-...`).
    public var path: String
    /// The query string without the leading `?`, exactly as sent (brackets may be encoded).
    public var query: String
    /// Header fields; names are compared case-insensitively by the router.
    public var headers: [String: String]
    /// The body bytes; empty when none was sent.
    public var body: Data

    /// Creates a request from its parts.
    public init(
        method: String,
        path: String,
        query: String = "",
        headers: [String: String] = [:],
        body: Data = Data()
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The value of the header `name`, compared case-insensitively.
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.key.lowercased() == lowered }?.value
    }
}

/// One HTTP response from the sandbox: status, header fields and body.
public struct SandboxResponse: Sendable, Equatable {
    /// The HTTP status code.
    public var status: Int
    /// Header fields to send back.
    public var headers: [String: String]
    /// The body bytes; empty for `202` and `204`.
    public var body: Data

    /// Creates a response from its parts.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Anything that answers sandbox requests synchronously and safely from any thread.
///
/// The sandbox itself conforms; the HTTP server and the in-process `URLProtocol` take one.
public protocol SandboxRequestHandling: Sendable {
    /// Answers one request.
    func handle(_ request: SandboxRequest) -> SandboxResponse
}
