import Foundation

/// One request the client will send, before headers are added.
struct APIRequest: Sendable {
    /// `GET`, `POST`, ...
    var method: String
    /// The full URL.
    var url: URL
    /// The body, if any.
    var body: Data?
    /// Whether to send the token (only ever to the configured origin).
    var authenticated: Bool
    /// What the request is about, for errors.
    var context: RequestContext
    /// The URL as it may appear in logs.
    var loggedURL: String

    /// Whether the request changes something on the server, so must not be repeated blindly.
    var isMutating: Bool { method != "GET" && method != "HEAD" }
}

/// Percent-encodes query items the way the API's docs show them (`filter%5Bstatus%5D=...`).
enum QueryEncoding {
    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
    )

    /// `name=value&...`, every reserved character encoded; `nil` when there are no items.
    static func encode(_ items: [(String, String)]) -> String? {
        guard !items.isEmpty else { return nil }
        return items.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
    }

    /// One component, percent-encoded.
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
