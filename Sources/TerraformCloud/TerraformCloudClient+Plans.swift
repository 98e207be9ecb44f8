import Foundation

extension TerraformCloudClient {
    /// The plan `id` (`GET /plans/:id`).
    public func plan(id: String) async throws -> Plan {
        try Identifiers.validatePrefixed(id, prefix: "plan-", kind: "plan ID")
        let document = try await getDocument(
            "plans/\(id)",
            context: RequestContext(subject: "plan \(id)")
        )
        return try Plan(resource: document.single())
    }

    /// The plan of run `runID` (`GET /runs/:id/plan`).
    public func plan(runID: String) async throws -> Plan {
        try Identifiers.validateRunID(runID)
        let document = try await getDocument(
            "runs/\(runID)/plan",
            context: RequestContext(subject: "the plan of run \(runID)")
        )
        return try Plan(resource: document.single())
    }

    /// The apply `id` (`GET /applies/:id`).
    public func apply(id: String) async throws -> Apply {
        try Identifiers.validatePrefixed(id, prefix: "apply-", kind: "apply ID")
        let document = try await getDocument(
            "applies/\(id)",
            context: RequestContext(subject: "apply \(id)")
        )
        return try Apply(resource: document.single())
    }

    /// The log of a plan, as far as it has been written, without the STX/ETX framing.
    public func log(of plan: Plan) async throws -> String {
        try await log(at: plan.logReadURL, of: "plan \(plan.id)")
    }

    /// The log of an apply, as far as it has been written, without the STX/ETX framing.
    public func log(of apply: Apply) async throws -> String {
        try await log(at: apply.logReadURL, of: "apply \(apply.id)")
    }

    /// The plan log of run `runID`: two requests, the plan and then its log.
    public func planLog(runID: String) async throws -> String {
        try await log(of: plan(runID: runID))
    }

    /// Fetches a pre-signed log URL; it carries its own secret, so no token is sent.
    private func log(at url: URL?, of subject: String) async throws -> String {
        guard let url else {
            throw TerraformCloudError.unexpectedResponse("\(subject) has no log-read-url yet")
        }
        let request = APIRequest(
            method: "GET",
            url: url,
            body: nil,
            authenticated: false,
            context: RequestContext(subject: "the log of \(subject)"),
            loggedURL: Self.redacted(url)
        )
        let (data, _) = try await send(request)
        return Self.stripFraming(data)
    }

    /// The log text with the STX (0x02) and ETX (0x03) markers removed.
    public static func stripFraming(_ data: Data) -> String {
        let text = String(decoding: data.filter { $0 != 0x02 && $0 != 0x03 }, as: UTF8.self)
        return text
    }

    /// The URL without its path and query, which hold the pre-signed secret.
    static func redacted(_ url: URL) -> String {
        var parts = URLComponents()
        parts.scheme = url.scheme
        parts.host = url.host
        parts.port = url.port
        return (parts.url?.absoluteString ?? "") + "/[pre-signed log URL]"
    }
}
