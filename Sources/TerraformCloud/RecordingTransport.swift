import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Wraps a transport and records every request it sends, for tests and benchmarks.
public final class RecordingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let log = Mutex<[URLRequest]>([])

    /// Wraps `base`.
    public init(_ base: any HTTPTransport) {
        self.base = base
    }

    /// Records the request, then sends it through the wrapped transport.
    public func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        log.withLock { $0.append(request) }
        return try await base.send(request)
    }

    /// Every request sent so far, oldest first.
    public var requests: [URLRequest] {
        log.withLock { $0 }
    }

    /// How many requests were sent.
    public var count: Int {
        log.withLock { $0.count }
    }

    /// Forgets the recorded requests.
    public func reset() {
        log.withLock { $0.removeAll() }
    }
}
