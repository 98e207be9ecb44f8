import CMicroHTTPD
import CMicroHTTPDShim
import Foundation
import Sandbox
import Synchronization

/// The sandbox's JSON:API served over HTTP by GNU libmicrohttpd, for other tools, a room of
/// trainees, and tfcsh's own HTTP path over real sockets.
///
/// ```swift
/// let server = SandboxServer(handler: Sandbox(), configuration: ServerConfiguration())
/// let port = try server.start()
/// // ... TFE_ADDRESS=http://127.0.0.1:\(port)
/// server.stop()
/// ```
public final class SandboxServer: Sendable {
    /// What answers the requests.
    let handler: any SandboxRequestHandling
    /// How the server listens and behaves.
    let configuration: ServerConfiguration
    /// The gate every request passes: token, rate limits, latency and faults.
    let gate: RequestGate

    private let daemon = Mutex<DaemonHandle?>(nil)
    /// Requests whose headers are in and whose answer is not yet sent (or abandoned).
    let inFlight = Atomic<Int>(0)

    /// Creates a server that answers from `handler`; nothing listens until `start()`.
    public init(handler: any SandboxRequestHandling, configuration: ServerConfiguration) {
        self.handler = handler
        self.configuration = configuration
        gate = RequestGate(configuration: configuration)
    }

    /// Starts listening and returns the port.
    @discardableResult
    public func start() throws(ServerError) -> Int {
        var address = in_addr()
        guard inet_pton(AF_INET, configuration.host, &address) == 1 else {
            throw .badHost(configuration.host)
        }
        guard (0...65_535).contains(configuration.port) else {
            throw .cannotListen(host: configuration.host, port: configuration.port)
        }
        // The daemon holds this reference until stop() gives it back.
        let context = Unmanaged.passRetained(self).toOpaque()
        guard
            let started = tfcsh_mhd_start(
                address.s_addr,
                UInt16(configuration.port),
                30,
                ServerCallbacks.access,
                context,
                ServerCallbacks.completed,
                context
            )
        else {
            Unmanaged<SandboxServer>.fromOpaque(context).release()
            throw .cannotListen(host: configuration.host, port: configuration.port)
        }
        daemon.withLock { $0 = DaemonHandle(pointer: started, context: context) }
        return Int(tfcsh_mhd_bound_port(started))
    }

    /// The port the server listens on, or 0 when it is not running.
    public var port: Int {
        daemon.withLock { handle in
            handle.map { Int(tfcsh_mhd_bound_port($0.pointer)) } ?? 0
        }
    }

    /// The requests being answered now.
    public var requestsInFlight: Int {
        inFlight.load(ordering: .acquiring)
    }

    /// Stops the server without cutting off the answers under way; safe to call twice.
    ///
    /// The order loses no answer: stop accepting connections, let the requests under way
    /// finish (for `patience` seconds at most, or until `giveUp` says so), then stop the daemon.
    ///
    /// - Returns: the number of requests still unanswered when the daemon was stopped.
    @discardableResult
    public func stop(patience: Double = 5, giveUp: () -> Bool = { false }) -> Int {
        guard
            let handle = daemon.withLock({ handle in
                defer { handle = nil }
                return handle
            })
        else { return 0 }
        // New connections are refused from here on; those open keep being served.
        let listener = MHD_quiesce_daemon(handle.pointer)
        let deadline = RateLimiter.monotonicSeconds() + patience
        while requestsInFlight > 0, RateLimiter.monotonicSeconds() < deadline, !giveUp() {
            usleep(10_000)
        }
        let unfinished = requestsInFlight
        MHD_stop_daemon(handle.pointer)
        if listener >= 0 { close(listener) }
        Unmanaged<SandboxServer>.fromOpaque(handle.context).release()
        return unfinished
    }

    /// Answers one complete request; nil means close the connection with no answer.
    func answer(_ request: SandboxRequest) -> SandboxResponse? {
        let start = RateLimiter.monotonicSeconds()
        let outcome = gate.pass(request) { handler.handle($0) }
        let milliseconds = (RateLimiter.monotonicSeconds() - start) * 1000
        let status = outcome.map { String($0.status) } ?? "dropped"
        let query = request.query.isEmpty ? "" : "?" + request.query
        configuration.log?(
            "\(request.method) \(request.path)\(query) \(status) "
                + String(format: "%.1f ms", milliseconds)
        )
        return outcome
    }
}

/// The running daemon and the retained context it was given.
private struct DaemonHandle: @unchecked Sendable {
    // @unchecked: the pointers are only used by start() and stop(), under the server's Mutex.
    let pointer: OpaquePointer
    let context: UnsafeMutableRawPointer
}
