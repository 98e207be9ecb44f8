import Foundation
import Sandbox
import Synchronization

/// What stands between a request and the sandbox on the served API: the token, the rate
/// limits, added latency and injected faults, in the order the real service meets them.
final class RequestGate: Sendable {
    private let configuration: ServerConfiguration
    private let limiter = RateLimiter()
    private let random: Mutex<SeededGenerator>

    /// Creates the gate for `configuration`.
    init(configuration: ServerConfiguration) {
        self.configuration = configuration
        random = Mutex(SeededGenerator(seed: configuration.faults.seed))
    }

    /// The answer to `request`: a refusal or fault of the gate's own, or what `handle` gives;
    /// nil when the connection is to close with no answer.
    func pass(
        _ request: SandboxRequest,
        handle: (SandboxRequest) -> SandboxResponse
    ) -> SandboxResponse? {
        if configuration.latency > 0 { pause(configuration.latency) }
        guard Self.isAPI(request.path) else { return handle(request) }
        if let refusal = unauthorized(request) ?? rateLimited(request) { return refusal }

        let (draw, when) = random.withLock { ($0.fraction(), $0.fraction()) }
        switch configuration.faults.fault(for: draw) {
        case .rateLimited:
            return Self.tooManyRequests(
                wait: configuration.faults.rateLimitWait,
                limit: RateLimiter.general.capacity
            )
        case .serverError:
            return Self.error(500, "internal server error", "The sandbox injected a fault.")
        case .drop:
            // Half the drops lose the request, half lose only the answer to it.
            if when >= 0.5 { _ = handle(request) }
            return nil
        case .slow:
            pause(configuration.faults.slowDelay)
            return handle(request)
        case nil:
            return handle(request)
        }
    }

    /// `/api/v2/...` but the ping, which real installations answer without a token.
    private static func isAPI(_ path: String) -> Bool {
        path.hasPrefix("/api/v2/") && path != "/api/v2/ping"
    }

    private func unauthorized(_ request: SandboxRequest) -> SandboxResponse? {
        guard let token = configuration.token else { return nil }
        guard Self.bearerToken(request) != token else { return nil }
        return Self.error(
            401,
            "unauthorized",
            "The bearer token is missing or is not the one this sandbox server was started with."
        )
    }

    /// The token of an `Authorization: Bearer T` header; the scheme's case does not matter
    /// (RFC 9110 makes auth schemes case-insensitive), nor do spaces around the token.
    static func bearerToken(_ request: SandboxRequest) -> String? {
        guard let header = request.header("Authorization") else { return nil }
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        let scheme = "bearer "
        guard trimmed.count > scheme.count, trimmed.lowercased().hasPrefix(scheme) else {
            return nil
        }
        return trimmed.dropFirst(scheme.count).trimmingCharacters(in: .whitespaces)
    }

    private func rateLimited(_ request: SandboxRequest) -> SandboxResponse? {
        guard configuration.enforcesRateLimits else { return nil }
        let identity = Self.bearerToken(request) ?? "anonymous"
        guard
            let (wait, limit) = limiter.admit(
                identity: identity,
                method: request.method,
                path: request.path
            )
        else { return nil }
        return Self.tooManyRequests(wait: wait, limit: limit.capacity)
    }

    /// The API's 429, with the wait in both headers clients read: `Retry-After` in whole
    /// seconds rounded up, as HTTP defines it, and `X-RateLimit-Reset` to the millisecond, as
    /// the API sends it and go-tfe reads it.
    static func tooManyRequests(wait: Double, limit: Double) -> SandboxResponse {
        // The body the API documents, status as a number (error-rate-limit-429.response.json).
        let document: [String: Any] = [
            "errors": [
                [
                    "detail": "You have exceeded the API's rate limit.", "status": 429,
                    "title": "Too many requests",
                ]
            ]
        ]
        var response = SandboxResponse(
            status: 429,
            headers: ["Content-Type": "application/vnd.api+json"],
            body: (try? JSONSerialization.data(withJSONObject: document)) ?? Data()
        )
        response.headers["Retry-After"] = String(Int(max(0, wait).rounded(.up)))
        response.headers["X-RateLimit-Reset"] = String(format: "%.3f", wait)
        response.headers["X-RateLimit-Limit"] = String(Int(limit))
        return response
    }

    /// A JSON:API error document with `status`.
    static func error(_ status: Int, _ title: String, _ detail: String) -> SandboxResponse {
        let error: [String: Any] = ["status": String(status), "title": title, "detail": detail]
        let body = (try? JSONSerialization.data(withJSONObject: ["errors": [error]])) ?? Data()
        return SandboxResponse(
            status: status,
            headers: ["Content-Type": "application/vnd.api+json"],
            body: body
        )
    }

    private func pause(_ seconds: Double) {
        usleep(UInt32(min(seconds, 60) * 1_000_000))
    }
}
