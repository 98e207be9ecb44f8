import Foundation
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Sends one HTTP request and returns the response, whatever carries it.
///
/// The client adds headers, retries and error mapping; a transport only moves bytes.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the body and the HTTP response.
    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse)
}

/// A transport over `URLSession`; plug in a custom `URLProtocol` through the configuration.
///
/// Redirects are not followed, so a token can never be forwarded to another host by a 3xx.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Creates a transport from a session configuration (ephemeral by default).
    public init(configuration: URLSessionConfiguration = .ephemeral) {
        session = URLSession(
            configuration: configuration,
            delegate: RedirectRefuser(),
            delegateQueue: nil
        )
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends the request through the session.
    public func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw TerraformCloudError.unexpectedResponse("the response was not HTTP")
        }
        return (data, http)
    }
}

/// Declines every redirect; the client reports the 3xx instead.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

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
