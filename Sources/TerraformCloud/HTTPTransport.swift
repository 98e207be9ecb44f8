import Foundation

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
