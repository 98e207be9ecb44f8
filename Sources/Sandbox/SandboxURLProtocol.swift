import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The in-process transport: a `URLProtocol` that hands requests for registered base URLs to
/// a sandbox (or any `SandboxRequestHandling`) instead of the network.
///
/// Register a handler to get its unique base URL, then use `sessionConfiguration()` for the
/// `URLSession` the client makes:
///
/// ```swift
/// let base = SandboxURLProtocol.register(Sandbox())
/// let session = URLSession(configuration: SandboxURLProtocol.sessionConfiguration())
/// ```
public final class SandboxURLProtocol: URLProtocol {
    private static let registry = HandlerRegistry()

    /// Registers `handler` under a fresh base URL such as `https://sandbox-1.tfcsh.invalid`.
    public static func register(_ handler: any SandboxRequestHandling) -> URL {
        registry.register(handler)
    }

    /// Forgets the handler registered under `url`; later requests to it fail.
    public static func unregister(_ url: URL) {
        registry.unregister(host: url.host ?? "")
    }

    /// A session configuration whose requests go through this protocol first.
    public static func sessionConfiguration(
        _ base: URLSessionConfiguration = .ephemeral
    ) -> URLSessionConfiguration {
        base.protocolClasses = [SandboxURLProtocol.self] + (base.protocolClasses ?? [])
        return base
    }

    /// Claims requests whose host has a registered handler.
    override public class func canInit(with request: URLRequest) -> Bool {
        guard let host = request.url?.host else { return false }
        return registry.handler(host: host) != nil
    }

    /// Returns the request unchanged.
    override public class func canonicalRequest(for request: URLRequest) -> URLRequest {
        request
    }

    /// Answers the request from its handler.
    override public func startLoading() {
        guard let url = request.url, let handler = Self.registry.handler(host: url.host ?? "")
        else {
            client?.urlProtocol(self, didFailWithError: URLError(.cannotConnectToHost))
            return
        }
        let answer = handler.handle(Self.sandboxRequest(from: request, url: url))
        guard
            let response = HTTPURLResponse(
                url: url,
                statusCode: answer.status,
                httpVersion: "HTTP/1.1",
                headerFields: answer.headers
            )
        else {
            client?.urlProtocol(self, didFailWithError: URLError(.badServerResponse))
            return
        }
        client?.urlProtocol(self, didReceive: response, cacheStoragePolicy: .notAllowed)
        if !answer.body.isEmpty { client?.urlProtocol(self, didLoad: answer.body) }
        client?.urlProtocolDidFinishLoading(self)
    }

    /// Nothing to stop: answers are produced synchronously.
    override public func stopLoading() {}

    /// The transport-free form of `request`, with `Host` and `X-Forwarded-Proto` filled in.
    static func sandboxRequest(from request: URLRequest, url: URL) -> SandboxRequest {
        var headers = request.allHTTPHeaderFields ?? [:]
        let port = url.port.map { ":\($0)" } ?? ""
        headers["Host"] = (url.host ?? "") + port
        headers["X-Forwarded-Proto"] = url.scheme ?? "https"
        let components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        return SandboxRequest(
            method: request.httpMethod ?? "GET",
            path: components?.percentEncodedPath ?? url.path,
            query: components?.percentEncodedQuery ?? "",
            headers: headers,
            body: body(of: request)
        )
    }

    private static func body(of request: URLRequest) -> Data {
        if let data = request.httpBody { return data }
        guard let stream = request.httpBodyStream else { return Data() }
        stream.open()
        defer { stream.close() }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = stream.read(&buffer, maxLength: buffer.count)
            if count <= 0 { break }
            data.append(buffer, count: count)
        }
        return data
    }
}

/// The handlers registered with `SandboxURLProtocol`, by host.
private final class HandlerRegistry: @unchecked Sendable {
    // @unchecked: `handlers` and `counter` are only touched while `lock` is held.
    private let lock = NSLock()
    private var handlers: [String: any SandboxRequestHandling] = [:]
    private var counter = 0

    /// Stores `handler` under a new host and returns its base URL.
    func register(_ handler: any SandboxRequestHandling) -> URL {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        let host = "sandbox-\(counter).tfcsh.invalid"
        handlers[host] = handler
        return URL(string: "https://\(host)") ?? URL(fileURLWithPath: "/")
    }

    /// Forgets the handler of `host`.
    func unregister(host: String) {
        lock.lock()
        defer { lock.unlock() }
        handlers[host] = nil
    }

    /// The handler of `host`, if any.
    func handler(host: String) -> (any SandboxRequestHandling)? {
        lock.lock()
        defer { lock.unlock() }
        return handlers[host.lowercased()]
    }
}
