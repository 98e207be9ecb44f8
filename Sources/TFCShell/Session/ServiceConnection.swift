import Conversation
import Foundation
import Sandbox
import SandboxServer
import TerraformCloud

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Where the shell's requests go: the real service with a token, or the built-in sandbox.
public struct ServiceConnection: Sendable {
    /// The API client.
    public let client: TerraformCloudClient
    /// The sandbox, when this connection is to it.
    public let sandbox: Sandbox?
    /// How the conversation lets time pass.
    public let waiter: any Waiter
    /// The organization sentences mean when they name none.
    public let organization: String
    /// A line for the banner: which service this is.
    public let description: String
    /// Requests sent, counted by the transport.
    public let recorder: RecordingTransport
    /// The server the sandbox is reached through, when it is reached over HTTP.
    public var server: SandboxServer? = nil
    /// A token configured for the real service while the sandbox is used instead: never used,
    /// but still kept out of history, transcripts and casts.
    public var unusedSecrets: [String] = []

    /// A connection to a fresh sandbox whose clock is frozen at `now`, or runs in real time
    /// from the moment it starts when `now` is nil.
    ///
    /// `wrap` lets tests put a transport of their own (one that drops answers, say) between
    /// the client and the sandbox.
    public static func sandbox(
        now: Date?,
        organization: String? = nil,
        logger: any LogHandler = NullLogHandler(),
        wrap: (any HTTPTransport) -> any HTTPTransport = { $0 }
    ) throws -> ServiceConnection {
        let clock = SandboxClock(
            start: now ?? Date(),
            mode: now == nil ? .realTime(speed: 1) : .frozen
        )
        let sandbox = Sandbox(configuration: Sandbox.Configuration(clock: clock))
        let base = SandboxURLProtocol.register(sandbox)
        let configuration = try ClientConfiguration(
            address: base.absoluteString,
            token: APIToken("sandbox-token"),
            organization: organization ?? ExampleOrganization.name
        )
        let recorder = RecordingTransport(
            wrap(URLSessionTransport(configuration: SandboxURLProtocol.sessionConfiguration()))
        )
        let client = TerraformCloudClient(
            configuration: configuration,
            transport: recorder,
            logger: logger
        )
        return ServiceConnection(
            client: client,
            sandbox: sandbox,
            waiter: SandboxWaiter(sandbox: sandbox, frozen: now != nil),
            organization: organization ?? ExampleOrganization.name,
            description: "the built-in sandbox (example-org; nothing real is touched)",
            recorder: recorder
        )
    }

    /// A connection to a fresh sandbox served over HTTP on loopback, so that every request
    /// crosses a real socket as it would to the real service; `faults` are injected there.
    ///
    /// The clock is frozen at `now` and moved by the waiter, as in `sandbox(now:)`.
    public static func servedSandbox(
        now: Date,
        faults: FaultPlan = .none,
        retryPolicy: RetryPolicy = .standard,
        logger: any LogHandler = NullLogHandler()
    ) throws -> ServiceConnection {
        let clock = SandboxClock(start: now, mode: .frozen)
        let sandbox = Sandbox(configuration: Sandbox.Configuration(clock: clock))
        let token = "sandbox-" + UUID().uuidString
        let server = SandboxServer(
            handler: sandbox,
            configuration: ServerConfiguration(token: token, faults: faults)
        )
        let port = try server.start()
        let configuration = try ClientConfiguration(
            address: "http://127.0.0.1:\(port)",
            token: APIToken(token),
            organization: ExampleOrganization.name
        )
        let recorder = RecordingTransport(URLSessionTransport())
        let client = TerraformCloudClient(
            configuration: configuration,
            transport: recorder,
            logger: logger,
            retryPolicy: retryPolicy
        )
        var connection = ServiceConnection(
            client: client,
            sandbox: sandbox,
            waiter: SandboxWaiter(sandbox: sandbox, frozen: true),
            organization: ExampleOrganization.name,
            description: "the built-in sandbox (example-org; nothing real is touched)",
            recorder: recorder
        )
        connection.server = server
        return connection
    }

    /// The connection the options ask for: the sandbox when asked or when no token is
    /// configured, else the real service at the configured address.
    public static func open(
        options: ShellOptions,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ServiceConnection {
        let logger: any LogHandler =
            options.debug ? StderrLogHandler(minimumLevel: .debug) : NullLogHandler()
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        let configuration = try ClientConfiguration.discover(
            environment: environment,
            homeDirectory: home
        )
        guard !options.sandbox, configuration.token != nil else {
            var connection = try sandbox(
                now: options.now,
                organization: options.organization,
                logger: logger
            )
            connection.unusedSecrets = configuration.token.map { [$0.secret] } ?? []
            return connection
        }
        try configuration.checkTokenTransport()
        var chosen = configuration
        chosen.organization = options.organization ?? configuration.organization
        guard let organization = chosen.organization else {
            throw ConnectionError.noOrganization
        }
        let recorder = RecordingTransport(URLSessionTransport())
        let client = TerraformCloudClient(
            configuration: chosen,
            transport: recorder,
            logger: logger
        )
        return ServiceConnection(
            client: client,
            sandbox: nil,
            waiter: LiveWaiter(),
            organization: organization,
            description: "\(configuration.address.absoluteString) (real infrastructure)",
            recorder: recorder
        )
    }
}

/// Why the shell could not connect.
public enum ConnectionError: Error, LocalizedError, Equatable {
    /// A token is configured but no organization was named.
    case noOrganization

    /// What happened and what to do.
    public var errorDescription: String? {
        switch self {
        case .noOrganization:
            return "No organization is set: pass --org NAME or set TFE_ORGANIZATION."
        }
    }
}
