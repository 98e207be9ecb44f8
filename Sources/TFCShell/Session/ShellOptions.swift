import Foundation

/// The options shared by `tfcsh`, `tfcsh replay` and `tfcsh demo`.
public struct ShellOptions: Sendable, Equatable {
    /// Use the built-in sandbox even when a token is configured.
    public var sandbox = false
    /// The organization to work in.
    public var organization: String?
    /// A fixed sandbox time (frozen clock).
    public var now: Date?
    /// Confirm destructive steps without asking.
    public var yes = false
    /// Answer in JSON, one object a line.
    public var json = false
    /// When to use colour: `auto`, `always` or `never`.
    public var color = "auto"
    /// Where to record the conversation as Markdown.
    public var record: String?
    /// Where to record the terminal session as asciicast v2.
    public var cast: String?
    /// On a pipe, go on after a failed sentence.
    public var keepGoing = false
    /// Trace HTTP requests on stderr (the token redacted).
    public var debug = false
    /// Sentences to answer before exiting (`-c`).
    public var commands: [String] = []
    /// Whether the API calls are shown.
    public var showsCalls = true

    /// Creates default options.
    public init() {}

    /// The flags and options these fields come from.
    static let flags: Set<String> = [
        "--sandbox", "--yes", "--json", "--keep-going", "--debug", "--no-calls", "--help",
        "--version",
    ]
    static let options: Set<String> = [
        "--org", "--now", "--color", "--record", "--cast", "--command",
    ]
    static let aliases = ["-c": "--command", "-y": "--yes", "-h": "--help"]

    /// Reads the options from parsed arguments.
    init(_ parsed: ParsedArguments, command: String) throws(ArgumentError) {
        sandbox = parsed.has("--sandbox")
        organization = parsed.value("--org")
        yes = parsed.has("--yes")
        json = parsed.has("--json")
        keepGoing = parsed.has("--keep-going")
        debug = parsed.has("--debug")
        showsCalls = !parsed.has("--no-calls")
        record = parsed.value("--record")
        cast = parsed.value("--cast")
        commands = parsed.values("--command")
        if let color = parsed.value("--color") {
            guard ["auto", "always", "never"].contains(color) else {
                throw .invalidValue(
                    command: command,
                    option: "--color",
                    value: color,
                    expected: "auto, always or never"
                )
            }
            self.color = color
        }
        if let text = parsed.value("--now") {
            guard let date = Self.parseTime(text) else {
                throw .invalidValue(
                    command: command,
                    option: "--now",
                    value: text,
                    expected: "a time such as 2026-12-03T10:00:00Z"
                )
            }
            now = date
        }
    }

    /// Reads an ISO 8601 time, with or without seconds and zone (UTC when none).
    static func parseTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) {
            return date
        }
        for suffix in [":00Z", "Z"] {
            if let date = formatter.date(from: text + suffix) {
                return date
            }
        }
        return nil
    }
}
