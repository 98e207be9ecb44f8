import Conversation
import Foundation

/// Renders a reply as one line of JSON (intent, calls, results), for scripts.
public struct JSONRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The reply as a single line of JSON with sorted keys.
    public func render(_ reply: Reply) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(reply), let text = String(data: data, encoding: .utf8)
        else {
            return "{\"intent\":\"\(reply.intent)\",\"outcome\":\"failed\"}"
        }
        return text
    }
}
