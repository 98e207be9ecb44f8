import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A transport over `URLSession`; plug in a custom `URLProtocol` through the configuration.
///
/// Redirects are not followed, so a token can never be forwarded to another host by a 3xx.
///
/// Requests that change something go on a connection of their own, opened for them and closed
/// after them. On a reused connection that the server closes, libcurl (under URLSession on
/// Linux) silently sends the request again, which for a POST could create a second run.
public final class URLSessionTransport: HTTPTransport {
    private let reads: URLSession
    private let writes: URLSession

    /// Creates a transport from a session configuration (ephemeral by default), with its
    /// cache turned off: a run's state changes between two reads, and a cached answer would
    /// show an old one (looking in the cache also cost a tenth of each request).
    public init(configuration: URLSessionConfiguration = .ephemeral) {
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        reads = URLSession(
            configuration: configuration,
            delegate: RedirectRefuser(),
            delegateQueue: nil
        )
        writes = URLSession(
            configuration: configuration,
            delegate: RedirectRefuser(),
            delegateQueue: nil
        )
    }

    deinit {
        reads.finishTasksAndInvalidate()
        writes.finishTasksAndInvalidate()
    }

    /// Sends the request through the session for its kind: reads share connections, writes
    /// never do.
    public func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let method = request.httpMethod ?? "GET"
        var request = request
        let session: URLSession
        if method == "GET" || method == "HEAD" {
            session = reads
        } else {
            request.setValue("close", forHTTPHeaderField: "Connection")
            session = writes
        }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else {
            throw TerraformCloudError.unexpectedResponse("the response was not HTTP")
        }
        return (data, http)
    }
}

/// Declines every redirect; the client reports the 3xx instead.
private final class RedirectRefuser: NSObject, URLSessionTaskDelegate, Sendable {
    /// Refuses the redirect by completing with `nil`.
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
