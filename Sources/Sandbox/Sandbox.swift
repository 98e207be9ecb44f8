import Foundation

/// An in-memory HCP Terraform organization that answers the API's JSON:API requests.
///
/// It starts as `example-org` of `../shared/spec/sandbox.md` and follows the real run lifecycle
/// on a clock of its own. Every answer goes through one router, so the in-process
/// `SandboxURLProtocol` and the HTTP server serve the same bytes.
public final class Sandbox: SandboxRequestHandling, @unchecked Sendable {
    // @unchecked: every access to `store` happens while `lock` is held. NSLock rather than
    // Mutex because Mutex needs macOS 15 and the package supports macOS 14.
    private let lock = NSLock()
    private let store: SandboxStore

    /// The fixed "now" scripts and tests start at: 2026-12-03T10:00:00Z.
    public static let referenceDate = Date(timeIntervalSince1970: 1_796_292_000)

    /// The e-mail address of the sandbox's own user, the one every request acts as.
    public static let accountEmail = "admin@example.com"

    /// Settings for a new sandbox.
    public struct Configuration: Sendable {
        /// Seeds the ID generator; the same seed gives the same IDs.
        public var seed: UInt64
        /// Where time starts and how it moves.
        public var clock: SandboxClock
        /// Whether `/api/v2` requests need an `Authorization: Bearer` header (any token).
        public var requiresToken: Bool

        /// Creates settings; the defaults suit tests: fixed seed, frozen clock at `referenceDate`.
        public init(
            seed: UInt64 = 2026,
            clock: SandboxClock = SandboxClock(),
            requiresToken: Bool = true
        ) {
            self.seed = seed
            self.clock = clock
            self.requiresToken = requiresToken
        }
    }

    /// Creates a sandbox holding `example-org` as it stands at the clock's start.
    public init(configuration: Configuration = Configuration()) {
        store = SandboxStore(seed: configuration.seed, clock: configuration.clock)
        store.requiresToken = configuration.requiresToken
        ExampleSeed.populate(store)
    }

    /// Answers one request, after running every transition due by the clock's current time.
    public func handle(_ request: SandboxRequest) -> SandboxResponse {
        withStore { store in
            store.advance(to: store.clock.current())
            // Anything but a read may change runs or queues; later reads must re-render.
            if request.method != "GET" { store.revision += 1 }
            return SandboxRouter(store: store, request: request).respond()
        }
    }

    /// The sandbox's current time.
    public var now: Date {
        withStore { store in
            store.advance(to: store.clock.current())
            return store.now
        }
    }

    /// Moves the clock forward, running every transition that comes due, in order.
    public func advance(by seconds: TimeInterval) {
        withStore { store in
            store.clock.offset += max(0, seconds)
            store.advance(to: store.clock.current())
        }
    }

    /// The ID of the workspace called `name`, if there is one.
    public func workspaceID(named name: String) -> String? {
        withStore { $0.workspacesByName[name]?.id }
    }

    /// The number of runs the organization holds.
    public var runCount: Int {
        withStore { $0.runs.count }
    }

    /// Adds `count` finished runs spread evenly over the `span` seconds before now.
    ///
    /// With `workspace` they all go there; without, they spread over every workspace. The
    /// runs are deterministic for a given seed, and listing stays O(page) without filters.
    /// - Returns: the number of runs added; 0 when the workspace does not exist.
    @discardableResult
    public func addHistoricalRuns(count: Int, workspace: String? = nil, span: TimeInterval) -> Int {
        withStore { store in
            store.revision += 1
            return HistoricalRuns.add(count: count, workspace: workspace, span: span, to: store)
        }
    }

    func withStore<T>(_ body: (SandboxStore) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(store)
    }
}
