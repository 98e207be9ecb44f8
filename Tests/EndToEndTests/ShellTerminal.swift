import Foundation
import TestSupport
import Testing

/// The real `tfcsh` on a terminal through tmux, with HOME and XDG_STATE_HOME in a temporary
/// folder so the user's history and credentials are never touched.
final class ShellTerminal {
    /// The sandbox time the frozen-clock tests start at.
    static let now = "2026-12-03T10:00:00Z"
    /// How long any one screen is awaited; generous, since tests share two cores.
    static let patience: Duration = .seconds(40)

    /// The temporary home folder.
    let home: URL
    /// The built binary.
    let binary: URL

    init() throws {
        binary = try BuiltBinary.tfcsh()
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-shell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    /// Where the shell keeps its history under this home.
    var historyURL: URL {
        home.appendingPathComponent("state/tfcsh/history")
    }

    /// Starts `tfcsh arguments` on a terminal and waits for its first prompt, unless
    /// `waitingForPrompt` is false.
    func start(
        _ arguments: [String] = ["--sandbox", "--now", ShellTerminal.now],
        height: Int = 40,
        waitingForPrompt: Bool = true,
        environment: [String: String] = [:]
    ) async throws -> TmuxSession {
        let base = [
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            "TFE_TOKEN": "",
            "NO_COLOR": "1",
        ]
        let session = try TmuxSession(
            command: [binary.path] + arguments,
            environment: base.merging(environment) { _, given in given },
            width: 160,
            height: height
        )
        if waitingForPrompt {
            try await waitForPrompt(session)
        }
        return session
    }

    /// Waits until the last screen line is an empty shell prompt, as in `example-org/dev> `.
    @discardableResult
    func waitForPrompt(_ session: TmuxSession) async throws -> String {
        try await session.waitUntil("an empty prompt", timeout: Self.patience) { screen in
            Self.lastLine(screen).map(Self.isEmptyPrompt) ?? false
        }
    }

    /// Types `sentence`, presses Enter and waits for the answer and the next prompt.
    @discardableResult
    func say(_ sentence: String, in session: TmuxSession) async throws -> String {
        let typed = "> " + sentence
        let before = try session.capture().split(separator: "\n").filter { $0.hasSuffix(typed) }
        try session.submit(sentence)
        return try await session.waitUntil("an answer to \"\(sentence)\"", timeout: Self.patience) {
            screen in
            let lines = screen.split(separator: "\n")
            let echoes = lines.filter { $0.hasSuffix(typed) }.count
            return echoes > before.count && lines.count > 1
                && !lines[lines.count - 1].hasSuffix(typed)
                && Self.lastLine(screen).map(Self.isEmptyPrompt) == true
        }
    }

    /// Waits for `text` with the tests' patience.
    @discardableResult
    func waitFor(_ text: String, in session: TmuxSession) async throws -> String {
        try await session.waitFor(text, timeout: Self.patience)
    }

    /// The last line of `screen`.
    static func lastLine(_ screen: String) -> String? {
        screen.split(separator: "\n").last.map(String.init)
    }

    /// Whether `line` is a shell prompt with nothing typed after it.
    static func isEmptyPrompt(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.hasPrefix("example-org") && trimmed.hasSuffix(">")
            && !trimmed.dropLast().contains(" ")
    }
}
