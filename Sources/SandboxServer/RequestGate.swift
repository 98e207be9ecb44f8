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
            return Self.tooManyRequests(wait: 0.5, limit: RateLimiter.general.capacity)
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
        let sent = request.header("Authorization") ?? ""
        guard sent != "Bearer " + token else { return nil }
        return Self.error(
            401,
            "unauthorized",
            "The bearer token is missing or is not the one this sandbox server was started with."
        )
    }

    private func rateLimited(_ request: SandboxRequest) -> SandboxResponse? {
        guard configuration.enforcesRateLimits else { return nil }
        let identity = request.header("Authorization") ?? "anonymous"
        guard
            let (wait, limit) = limiter.admit(
                identity: identity,
                method: request.method,
                path: request.path
            )
        else { return nil }
        return Self.tooManyRequests(wait: wait, limit: limit.capacity)
    }

    /// The API's 429, with the wait in both headers clients read.
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
        let seconds = String(format: "%.3f", wait)
        response.headers["Retry-After"] = seconds
        response.headers["X-RateLimit-Reset"] = seconds
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
