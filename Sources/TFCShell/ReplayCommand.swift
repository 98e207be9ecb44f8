import Conversation
import Foundation
import Sandbox
import SandboxServer
import TerraformCloud

/// `tfcsh replay SCRIPT [--record FILE]`: runs a prompt script on a fresh sandbox with a
/// fixed clock, printing the conversation and writing its transcript.
enum ReplayCommand {
    static let spec = CommandSpec(
        name: "tfcsh replay",
        flags: ["--json", "--no-calls", "--keep-going", "--over-http", "--debug", "--help"],
        options: ["--record", "--now", "--faults", "--final-state"],
        aliases: ["-h": "--help"],
        maxPositionals: 1
    )

    static let usage = """
        usage: tfcsh replay SCRIPT [OPTIONS]

        Plays a prompt script on a fresh sandbox with a frozen clock, as a conversation.

        options:
          --record FILE       write the conversation as a Markdown transcript
          --now TIME          freeze the sandbox clock at TIME (default 2026-12-03T10:00:00Z)
          --over-http         reach the sandbox over HTTP on 127.0.0.1, as the real service
          --faults SPEC       with --over-http, inject faults, as in 429=0.2,seed=5
                              (kinds 429, 500, drop, slow; slow=0.2@1500ms sets the delay)
          --final-state FILE  write the sandbox's runs and workspaces as they end
          --keep-going        go on after a sentence fails
          --json              answer in JSON, one object a line
          --no-calls          hide the API calls under each reply
          --debug             trace HTTP requests on stderr (the token redacted)
        """

    static func run(arguments: [String]) async -> Int32 {
        let parsed: ParsedArguments
        let options: ShellOptions
        do {
            parsed = try ArgumentParser.parse(arguments, spec: spec)
            options = try ShellOptions(parsed, command: spec.name)
        } catch {
            TFCShell.complain(error.description)
            return 2
        }
        if parsed.has("--help") {
            print(usage)
            return 0
        }
        guard let path = parsed.positionals.first else {
            TFCShell.complain("tfcsh replay: name a script, as in 'tfcsh replay prompts/tour.txt'.")
            return 2
        }
        do {
            let script = try PromptScript.load(path: path)
            let session = try makeSession(options: options, served: served(parsed))
            defer { session.connection.server?.stop() }
            if let record = options.record {
                // A replay writes its transcript afresh, so re-recording gives the same file.
                try? FileManager.default.removeItem(atPath: record)
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                try session.startRecording(path: record, title: "tfcsh replay: \(name)")
            }
            let status = await play(script, session: session, keepGoing: options.keepGoing)
            if let file = parsed.value("--final-state"), let sandbox = session.connection.sandbox {
                try sandbox.stateSummary().write(toFile: file, atomically: true, encoding: .utf8)
            }
            return status
        } catch let error as ArgumentError {
            TFCShell.complain(error.description)
        } catch let error as ScriptError {
            TFCShell.complain(error.description)
        } catch let error as TranscriptError {
            TFCShell.complain(error.description)
        } catch {
            TFCShell.complain(error.localizedDescription)
        }
        return 2
    }

    /// The faults to serve the sandbox with, when `--over-http` asks for a served one.
    private static func served(_ parsed: ParsedArguments) throws -> FaultPlan? {
        guard parsed.has("--over-http") else {
            guard parsed.value("--faults") == nil else {
                throw ArgumentError.invalidValue(
                    command: spec.name,
                    option: "--faults",
                    value: parsed.value("--faults") ?? "",
                    expected: "to come with --over-http"
                )
            }
            return nil
        }
        return try parsed.value("--faults").map { try FaultPlan(parsing: $0) } ?? FaultPlan.none
    }

    /// A session on a fresh sandbox frozen at `--now` (or the reference date), in UTC; reached
    /// over HTTP on loopback when `served` gives the faults to inject there, with the client
    /// retrying as `retryPolicy` says.
    static func makeSession(
        options: ShellOptions,
        served: FaultPlan? = nil,
        retryPolicy: RetryPolicy = .standard,
        confirmer: any Confirmer = AlwaysConfirm(),
        rendering: ShellSession.Rendering? = nil,
        console: Console = Console()
    ) throws -> ShellSession {
        let now = options.now ?? Sandbox.referenceDate
        let connection =
            try served.map { faults in
                let logger: any LogHandler =
                    options.debug ? StderrLogHandler(minimumLevel: .debug) : NullLogHandler()
                return try ServiceConnection.servedSandbox(
                    now: now,
                    faults: faults,
                    retryPolicy: retryPolicy,
                    logger: logger
                )
            }
            ?? ServiceConnection.sandbox(now: now)
        return ShellSession(
            connection: connection,
            confirmer: confirmer,
            rendering: rendering ?? (options.json ? .json : .markdown),
            showsCalls: options.showsCalls,
            console: console,
            timeZone: TimeZone(identifier: "UTC") ?? .current
        )
    }

    static func play(_ script: PromptScript, session: ShellSession, keepGoing: Bool) async -> Int32
    {
        var status: Int32 = 0
        for step in script.steps {
            let outcome: ShellSession.Outcome
            switch step {
            case .comment:
                continue
            case .wait(let seconds):
                outcome = await session.wait(seconds: seconds)
            case .say(let sentence):
                if session.rendering != .json {
                    session.console.line("**User**: \(sentence)\n")
                }
                outcome = await session.handle(sentence)
            }
            if outcome == .quit {
                break
            }
            // Refusals and questions are part of a replayed lesson; only failures count.
            if outcome == .failed {
                status = 1
                if !keepGoing {
                    break
                }
            }
        }
        return status
    }
}
