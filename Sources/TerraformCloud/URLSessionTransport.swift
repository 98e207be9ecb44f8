import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
