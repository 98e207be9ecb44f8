import Foundation

/// How a served sandbox listens and behaves: address, token, latency, faults, rate limits.
public struct ServerConfiguration: Sendable {
    /// The IPv4 address to listen on; loopback unless asked.
    public var host: String
    /// The port; 0 picks any free one (read it back from `SandboxServer.port`).
    public var port: Int
    /// The bearer token every `/api/v2` request must carry; nil accepts any bearer token.
    public var token: String?
    /// Seconds added before every answer.
    public var latency: Double
    /// Faults injected at random, from a seed.
    public var faults: FaultPlan
    /// Whether the documented rate limits are enforced.
    public var enforcesRateLimits: Bool
    /// Receives one line per request (method, path, status, milliseconds); never the token.
    public var log: (@Sendable (String) -> Void)?

    /// Creates a configuration; the defaults listen on 127.0.0.1 at any free port.
    public init(
        host: String = "127.0.0.1",
        port: Int = 0,
        token: String? = nil,
        latency: Double = 0,
        faults: FaultPlan = .none,
        enforcesRateLimits: Bool = true,
        log: (@Sendable (String) -> Void)? = nil
    ) {
        self.host = host
        self.port = port
        self.token = token
        self.latency = latency
        self.faults = faults
        self.enforcesRateLimits = enforcesRateLimits
        self.log = log
    }
}
