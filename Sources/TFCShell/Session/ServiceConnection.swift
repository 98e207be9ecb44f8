import Conversation
import Foundation
import Sandbox
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

    /// A connection to a fresh sandbox whose clock starts at `now` (frozen) or runs in real
    /// time from the reference date when `now` is nil.
    public static func sandbox(
        now: Date?,
        organization: String? = nil,
        logger: any LogHandler = NullLogHandler()
    ) throws -> ServiceConnection {
        let clock = SandboxClock(
            start: now ?? Sandbox.referenceDate,
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
            URLSessionTransport(configuration: SandboxURLProtocol.sessionConfiguration())
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
}
