import Foundation
import TestSupport
import Testing

/// Drives `tfcsh __line-editor-check` on a real terminal through tmux, with HOME and
/// XDG_STATE_HOME in a temporary folder so the user's history is never touched.
@Suite("Line editor on a terminal", .timeLimit(.minutes(1)))
final class LineEditorTerminalTests {
    let home: URL
    let binary: URL

    init() throws {
        binary = try BuiltBinary.tfcsh()
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    var historyURL: URL {
        home.appendingPathComponent("state/tfcsh/history")
    }

    /// Starts the check prompt (reading through the async API when `async`) and waits for it.
    func start(async: Bool = false) async throws -> TmuxSession {
        let session = try TmuxSession(
            command: [binary.path, "__line-editor-check", "--words", "staging,production,prod-eu"]
                + (async ? ["--async"] : []),
            environment: [
                "HOME": home.path,
                "XDG_STATE_HOME": home.appendingPathComponent("state").path,
                "LANG": "C.UTF-8",
            ]
        )
        try await waitForPrompt(session)
        return session
    }

    /// Waits until the last screen line is an empty prompt.
    func waitForPrompt(_ session: TmuxSession) async throws {
        try await session.waitUntil("an empty prompt") { screen in
            screen.split(separator: "\n").last.map { $0.hasPrefix("check>") && $0.count <= 7 }
                ?? false
        }
    }

    /// How many screen lines are exactly `line`.
    func count(_ line: String, in screen: String) -> Int {
        screen.split(separator: "\n").filter { $0 == line }.count
    }

    @Test("a typed line comes back as got: <line>")
    func echoes() async throws {
        let session = try await start()
        try session.submit("list runs in staging")
        try await session.waitFor("got: list runs in staging")
        try await waitForPrompt(session)
    }

    @Test("Tab completes a unique word from --words")
    func completesUniqueWord() async throws {
        let session = try await start()
        try session.send(text: "show sta")
        try session.send(keys: .tab)
        try await session.waitFor("check> show staging")
        try session.send(keys: .enter)
        try await session.waitFor("got: show staging")
    }

    @Test("Tab completes the common prefix and a second Tab lists the candidates")
    func listsCandidates() async throws {
        let session = try await start()
        try session.send(text: "p")
        try session.send(keys: .tab)
        try await session.waitFor("check> prod")
        try session.send(keys: .tab)
        let screen = try await session.waitFor("production")
        #expect(screen.contains("prod-eu"))
    }

    @Test(
        "Ctrl-C drops a half-typed line, the prompt stays and the next line works",
        arguments: [false, true]
    )
    func controlCKeepsRunning(async: Bool) async throws {
        let session = try await start(async: async)
        try session.send(text: "half typed")
        try session.send(keys: .ctrlC)
        try await session.waitFor("interrupted")
        try await waitForPrompt(session)
        try session.submit("next line")
        let screen = try await session.waitFor("got: next line")
        #expect(!screen.contains("got: half typed"))
        #expect(try session.exitStatus() == nil)
    }

    @Test("Ctrl-D on an empty line says bye and exits with status 0")
    func controlDExits() async throws {
        let session = try await start()
        try session.send(keys: .ctrlD)
        #expect(try await session.waitForExit() == 0)
        #expect(try session.capture().contains("bye"))
    }

    @Test("history survives a restart, Up recalls it, and the file is owner-only")
    func historyPersists() async throws {
        let first = try await start()
        try first.submit("first session line")
        try await first.waitFor("got: first session line")
        try first.send(keys: .ctrlD)
        _ = try await first.waitForExit()
        first.kill()

        let attributes = try FileManager.default.attributesOfItem(atPath: historyURL.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)

        let second = try await start()
        try second.send(keys: .up)
        try await second.waitFor("check> first session line")
        try second.send(keys: .enter)
        try await second.waitFor("got: first session line")
    }

    @Test("Ctrl-R finds an earlier line")
    func reverseSearch() async throws {
        let session = try await start()
        try session.submit("alpha one")
        try await session.waitFor("got: alpha one")
        try session.submit("beta two")
        try await session.waitFor("got: beta two")
        try session.send(keys: .ctrlR)
        try session.send(text: "alp")
        try await session.waitFor("alpha one")
        try session.send(keys: .enter)
        try await session.waitUntil("alpha one echoed twice") {
            count("got: alpha one", in: $0) == 2
        }
    }

    @Test("UTF-8 input comes back intact")
    func utf8() async throws {
        let session = try await start()
        try session.submit("café crème 日本")
        try await session.waitFor("got: café crème 日本")
    }

    @Test("a line with a token is echoed but never written to history")
    func secretsStayOut() async throws {
        let session = try await start()
        try session.submit("login TFE_TOKEN=abc123")
        try await session.waitFor("got: login TFE_TOKEN=abc123")
        try session.submit("plain line")
        try await session.waitFor("got: plain line")
        let saved = try String(contentsOf: historyURL, encoding: .utf8)
        #expect(saved.contains("plain line"))
        #expect(!saved.contains("TFE_TOKEN"))
    }
}
