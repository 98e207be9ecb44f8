import Foundation
import TestSupport
import Testing

/// `tfcsh demo` and `--cast` on a terminal: scripted confirmations, a trainer taking over, and
/// recordings that show everything the screen showed.
@Suite("Demos and casts on a terminal", .serialized, .timeLimit(.minutes(2)))
struct DemoTerminalTests {
    let terminal: ShellTerminal
    let script = SharedDirectory.packageRoot.appendingPathComponent("prompts/incident-drill.txt")

    init() throws {
        terminal = try ShellTerminal()
    }

    @Test("--auto answers the script's confirmations as the script does, and shows them")
    func autoAnswersConfirmations() async throws {
        let session = try await terminal.start(
            ["demo", script.path, "--auto", "--speed", "5000"],
            waitingForPrompt: false
        )
        try await terminal.waitFor("(End of the script. The shell is yours.)", in: session)
        let screen = try await terminal.waitForPrompt(session)
        #expect(screen.contains("demo of incident-drill on the built-in sandbox"))
        #expect(screen.contains("in production (0 to add, 2 to change, 0 to destroy)? [y/N] y"))
        #expect(screen.contains("force_cancel_run("))
        // The shell is live afterwards, and asks the trainer again.
        try session.submit("apply the pending run in staging")
        try await terminal.waitFor(
            "in staging (1 to add, 2 to change, 0 to destroy)? [y/N] ",
            in: session
        )
        try session.send(keys: .enter)
        let after = try await terminal.waitForPrompt(session)
        #expect(after.contains("Not confirmed, so nothing was changed."))
    }

    @Test("Ctrl-C during autoplay stops the script and hands the shell to the trainer")
    func controlCHandsOver() async throws {
        let session = try await terminal.start(
            ["demo", script.path, "--auto", "--speed", "8"],
            waitingForPrompt: false
        )
        try await terminal.waitFor("example-org> show", in: session)
        try session.send(keys: .ctrlC)
        try await terminal.waitFor("(Autoplay stopped. The shell is yours.)", in: session)
        try await terminal.waitForPrompt(session)
        let screen = try await terminal.say("list runs in dev", in: session)
        #expect(screen.contains("run-Z6wC3b0yKzLh5Pqm"))
        // The rest of the script never ran.
        #expect(!screen.contains("cancel_run("))
        #expect(try session.exitStatus() == nil)
    }

    @Test("a cast holds the confirmation's question and answer, the status line and the height")
    func castHoldsWhatTheScreenShowed() async throws {
        let cast = terminal.home.appendingPathComponent("session.cast")
        let session = try await terminal.start(
            ["--sandbox", "--now", ShellTerminal.now, "--cast", cast.path],
            height: 33
        )
        try await terminal.say("create a plan for sandbox", in: session)
        try await terminal.say("watch it", in: session)
        try session.submit("discard it")
        try await terminal.waitFor("[y/N]", in: session)
        try session.submit("n")
        try await terminal.waitForPrompt(session)
        try session.send(keys: .ctrlD)
        #expect(try await session.waitForExit(timeout: ShellTerminal.patience) == 0)

        let lines = try String(contentsOf: cast, encoding: .utf8).split(separator: "\n")
        let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(header?["height"] as? Int == 33)
        var text = ""
        for line in lines.dropFirst() {
            let event = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any]
            )
            text += try #require(event[2] as? String)
        }
        #expect(text.contains("Ctrl-C stops watching"))
        #expect(text.contains("[y/N] n\r\n"))
        #expect(text.contains("Not confirmed"))
    }

    @Test("a credential typed at the prompt is redacted in the cast and kept out of history")
    func castRedactsTypedSecrets() async throws {
        let cast = terminal.home.appendingPathComponent("secret.cast")
        let session = try await terminal.start(
            ["--sandbox", "--now", ShellTerminal.now, "--cast", cast.path]
        )
        try await terminal.say("TFE_TOKEN=abcdefghijklmn.atlasv1.SECRETSECRETSECRET", in: session)
        try await terminal.say("list runs in dev", in: session)
        try session.send(keys: .ctrlD)
        #expect(try await session.waitForExit(timeout: ShellTerminal.patience) == 0)
        let recorded = try String(contentsOf: cast, encoding: .utf8)
        #expect(!recorded.contains("SECRETSECRET"))
        #expect(recorded.contains("TFE_TOKEN=[redacted]"))
        let history = try String(contentsOf: terminal.historyURL, encoding: .utf8)
        #expect(!history.contains("SECRET"))
        #expect(history.contains("list runs in dev"))
    }

    @Test("the configured token stays out of history and transcripts even when unused")
    func configuredTokenStaysOut() async throws {
        let token = "plainlookingconfiguredtoken"
        let record = terminal.home.appendingPathComponent("session.md")
        let session = try await terminal.start(
            ["--sandbox", "--now", ShellTerminal.now, "--record", record.path],
            environment: ["TFE_TOKEN": token]
        )
        try await terminal.say("show workspace \(token)", in: session)
        try await terminal.say("list runs in dev", in: session)
        try session.send(keys: .ctrlD)
        #expect(try await session.waitForExit(timeout: ShellTerminal.patience) == 0)
        let history = try String(contentsOf: terminal.historyURL, encoding: .utf8)
        #expect(!history.contains(token))
        #expect(history.contains("list runs in dev"))
        let transcript = try String(contentsOf: record, encoding: .utf8)
        #expect(!transcript.contains(token))
        #expect(transcript.contains("show workspace [redacted]"))
    }
}
