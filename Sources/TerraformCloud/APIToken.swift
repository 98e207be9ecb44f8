import Foundation

/// An API token whose description never shows its value.
///
/// Print it, interpolate it or dump it and you get `APIToken(redacted)`; only the request
/// builder reads `secret`.
public struct APIToken: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The token itself; send it only as a bearer token to the configured host.
    public let secret: String

    /// Wraps a token; surrounding whitespace is dropped.
    public init(_ secret: String) {
        self.secret = secret.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Always `APIToken(redacted)`.
    public var description: String { "APIToken(redacted)" }

    /// Always `APIToken(redacted)`.
    public var debugDescription: String { description }

    /// A mirror with no children, so `dump` shows nothing secret.
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// Whether the token is empty.
    public var isEmpty: Bool { secret.isEmpty }
}
