import Foundation
import TestSupport
import Testing

/// The real shell, `tfcsh --sandbox`, driven on a terminal like a person would: sentences,
/// Tab, Ctrl-C, Ctrl-D, history, confirmations and watching a run.
///
/// Serialized: each test runs a shell in tmux, and the machine is shared.
@Suite("The shell on a terminal", .serialized, .timeLimit(.minutes(2)))
struct ShellTerminalTests {
    let terminal: ShellTerminal

    init() throws {
        terminal = try ShellTerminal()
    }

    @Test("the banner names the sandbox, and a typed sentence is answered")
    func answersASentence() async throws {
        let session = try await terminal.start()
        let banner = try session.capture()
        #expect(banner.contains("on the built-in sandbox"))
        let screen = try await terminal.say("list runs in staging", in: session)
        #expect(screen.contains("run-K3jR7m9zXpYw2Ctn"))
        // The prompt now shows the workspace in focus.
        #expect(ShellTerminal.lastLine(screen)?.hasPrefix("example-org/staging>") == true)
    }

    @Test("Tab completes a workspace name fetched from the API")
    func tabCompletesWorkspace() async throws {
        let session = try await terminal.start()
        try session.send(text: "list runs in prod-d")
        try session.send(keys: .tab)
        try await terminal.waitFor("example-org> list runs in prod-db-cluster", in: session)
        try session.send(keys: .enter)
        try await terminal.waitFor("run-S9pV6u3rDsEa8Ijf", in: session)
    }

    @Test("Ctrl-C on a half-typed line clears it and the shell goes on")
    func controlCClearsTheLine() async throws {
        let session = try await terminal.start()
        try session.send(text: "apply the pending run in sta")
        try await terminal.waitFor("> apply the pending run in sta", in: session)
        try session.send(keys: .ctrlC)
        try await terminal.waitForPrompt(session)
        let screen = try await terminal.say("list runs in dev", in: session)
        #expect(screen.contains("run-Z6wC3b0yKzLh5Pqm"))
        #expect(!screen.contains("[y/N]"))
        #expect(!screen.contains("in staging"))
        #expect(try session.exitStatus() == nil)
    }

    @Test("history survives a restart, and the file is owner-only")
    func historySurvivesRestart() async throws {
        let first = try await terminal.start()
        try await terminal.say("list runs in dev", in: first)
        try first.send(keys: .ctrlD)
        #expect(try await first.waitForExit(timeout: ShellTerminal.patience) == 0)
        #expect(try first.capture().contains("Bye."))
        first.kill()

        let attributes = try FileManager.default.attributesOfItem(
            atPath: terminal.historyURL.path
        )
        #expect(attributes[.posixPermissions] as? Int == 0o600)

        let second = try await terminal.start()
        try second.send(keys: .up)
        try await terminal.waitFor("example-org> list runs in dev", in: second)
    }

    @Test("a confirmation answered with Enter is No, and nothing is applied")
    func confirmationDefaultsToNo() async throws {
        let session = try await terminal.start()
        try session.submit("apply the pending run in staging")
        try await terminal.waitFor("[y/N]", in: session)
        try session.send(keys: .enter)
        var screen = try await terminal.waitForPrompt(session)
        #expect(screen.contains("Not confirmed, so nothing was changed."))
        #expect(!screen.contains("apply_run("))
        screen = try await terminal.say("show me run-K3jR7m9zXpYw2Ctn", in: session)
        #expect(!screen.contains("Status: Applied"))
        #expect(!screen.contains("Status: Applying"))
    }

    @Test("watch ends when the run needs the user, and the status line is erased first")
    func watchEndsWhenTheRunNeedsTheUser() async throws {
        let session = try await terminal.start()
        try await terminal.say("create a plan for sandbox", in: session)
        let screen = try await terminal.say("watch it", in: session)
        #expect(screen.contains("finished planning"))
        #expect(screen.contains("Say 'apply it' to apply."))
        // The reply starts on a line of its own, not after the last status.
        let lines = screen.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("I watched run-") })
        #expect(!screen.contains("stops watchingI watched"))
    }

    @Test("Ctrl-C during a watch stops watching, and the run goes on")
    func controlCStopsWatching() async throws {
        // A real-time clock, so the plan takes its 90 seconds and the watch has to wait.
        let session = try await terminal.start(["--sandbox"])
        try await terminal.say("create a plan for sandbox", in: session)
        try session.submit("watch it")
        try await terminal.waitFor("Ctrl-C stops watching", in: session)
        try session.send(keys: .ctrlC)
        let screen = try await terminal.waitForPrompt(session)
        #expect(screen.contains("Stopped watching run-"))
        #expect(screen.contains("the run goes on"))
        let after = try await terminal.say("show it", in: session)
        #expect(!after.contains("Status: Canceled"))
        #expect(try session.exitStatus() == nil)
    }

    @Test("/wait on a live sandbox moves its clock at once, so the plan is done")
    func waitMovesTheLiveClock() async throws {
        let session = try await terminal.start(["--sandbox"])
        try await terminal.say("create a plan for sandbox", in: session)
        let clock = ContinuousClock()
        let started = clock.now
        let waited = try await terminal.say("/wait 2m", in: session)
        #expect(clock.now - started < .seconds(30))
        #expect(waited.contains("(2 minutes pass)"))
        let screen = try await terminal.say("show it", in: session)
        #expect(screen.contains("Awaiting approval"))
    }

    @Test("two shells side by side both keep their lines in the history file")
    func concurrentShellsKeepHistory() async throws {
        let first = try await terminal.start()
        let second = try await terminal.start()
        try await terminal.say("list runs in dev", in: first)
        try await terminal.say("list runs in staging", in: second)
        try await terminal.say("list runs in sandbox", in: first)
        for session in [first, second] {
            try session.send(keys: .ctrlD)
            #expect(try await session.waitForExit(timeout: ShellTerminal.patience) == 0)
        }
        let saved = try String(contentsOf: terminal.historyURL, encoding: .utf8)
        for line in ["list runs in dev", "list runs in staging", "list runs in sandbox"] {
            #expect(saved.contains(line))
        }
    }

    @Test("Ctrl-C stops a request that hangs, says so, and the shell goes on")
    func controlCStopsAHungRequest() async throws {
        let listener = try SilentListener()
        let session = try await terminal.start(
            [],
            environment: [
                "TFE_ADDRESS": "http://127.0.0.1:\(listener.port)",
                "TFE_TOKEN": "hung-service-token",
                "TFE_ORGANIZATION": "example-org",
            ]
        )
        try session.submit("list runs in dev")
        try await terminal.waitFor("example-org> list runs in dev", in: session)
        // The line has been taken; give the shell a moment to send the request.
        try await Task.sleep(for: .milliseconds(300))
        try session.send(keys: .ctrlC)
        let screen = try await terminal.waitForPrompt(session)
        #expect(screen.contains("Stopped waiting for"))
        #expect(screen.contains("nothing was changed"))
        #expect(try session.exitStatus() == nil)
        withExtendedLifetime(listener) {}
    }

    @Test("sentences piped in while the answers go to a terminal come without colour")
    func noColourFromAPipe() async throws {
        let command = "printf 'list runs in dev\\n' | \"$0\" --sandbox --now \(ShellTerminal.now)"
        let session = try TmuxSession(
            command: ["sh", "-c", command, terminal.binary.path],
            environment: ["HOME": terminal.home.path, "LANG": "C.UTF-8", "NO_COLOR": ""]
        )
        #expect(try await session.waitForExit(timeout: ShellTerminal.patience) == 0)
        let screen = try session.captureWithEscapes()
        #expect(screen.contains("run-Z6wC3b0yKzLh5Pqm"))
        #expect(!screen.contains("\u{1B}["))
    }
}
