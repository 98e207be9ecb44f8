import Foundation

/// The in-memory history: which lines are kept, in order, and how they are written to a file.
///
/// Pure value logic, so the rules (no duplicates, no secrets, a cap) are testable without a
/// terminal or a file.
public struct HistoryStore: Equatable, Sendable {
    /// How many entries are kept unless the caller says otherwise.
    public static let defaultLimit = 1_000

    /// The first line of a history file, naming the format.
    static let header = "#tfcsh-history v1"

    /// The entries, oldest first.
    public private(set) var entries: [String]

    /// The most entries kept; older ones are dropped first.
    public let limit: Int

    /// Secrets known to be secret (the configured token), refused even when they look plain.
    public var knownSecrets: [String] = []

    /// Creates a store holding the newest `limit` of `entries`.
    public init(entries: [String] = [], limit: Int = HistoryStore.defaultLimit) {
        self.limit = max(1, limit)
        self.entries = Array(entries.suffix(self.limit))
    }

    /// Whether `line` would be recorded: not blank, not starting with a space, not the same as
    /// the last entry, and not carrying a secret.
    public func accepts(_ line: String) -> Bool {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        // A leading space is the user's way of saying "do not remember this one".
        guard let first = line.first, first != " ", first != "\t" else { return false }
        guard line != entries.last else { return false }
        guard !line.contains(where: \.isNewline) else { return false }
        return !SecretDetector.containsSecret(line, known: knownSecrets)
    }

    /// Records `line` if the rules accept it; returns whether it was recorded.
    @discardableResult
    public mutating func record(_ line: String) -> Bool {
        guard accepts(line) else { return false }
        entries.append(line)
        if entries.count > limit {
            entries.removeFirst(entries.count - limit)
        }
        return true
    }

    /// The file form: a header line, then one entry a line with `\` escaped.
    public func encoded() -> Data {
        let lines = [Self.header] + entries.map(Self.escape)
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Reads the file form; anything that is not a history file gives an empty history.
    public static func decode(_ data: Data, limit: Int = HistoryStore.defaultLimit) -> HistoryStore
    {
        guard let text = String(data: data, encoding: .utf8) else {
            return HistoryStore(limit: limit)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map(String.init) == header else { return HistoryStore(limit: limit) }
        lines.removeFirst()
        let entries = lines.filter { !$0.isEmpty }.map { unescape(String($0)) }
        return HistoryStore(entries: entries, limit: limit)
    }

    /// Escapes backslashes so a later format change can give escapes a meaning.
    static func escape(_ entry: String) -> String {
        entry.replacingOccurrences(of: "\\", with: "\\\\")
    }

    /// Undoes `escape`.
    static func unescape(_ line: String) -> String {
        var result = ""
        var escaping = false
        for character in line {
            if escaping || character != "\\" {
                result.append(character)
                escaping = false
            } else {
                escaping = true
            }
        }
        return result
    }
}
