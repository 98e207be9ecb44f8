import Foundation
import TestSupport
import Testing

/// The built `tfcsh` with sentences on a pipe: no prompt, no colour, one sentence a line.
@Suite("tfcsh on a pipe")
struct PipeTests {
    private let now = "2026-12-03T10:00:00Z"

    private func tfcsh(
        _ arguments: [String],
        input: String = "",
        environment: [String: String] = [:]
    ) throws -> ProcessResult {
        try ProcessRun.run(BuiltBinary.tfcsh(), arguments, input: input, environment: environment)
    }

    @Test("sentences on a pipe are answered in Markdown, without colour or prompt")
    func answersSentences() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now],
            input: "list runs in production\nshow me the first one\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("**run-J7cW8p2qRmYx3Dkv**"))
        #expect(result.standardOutput.contains("Here are the details of run-J7cW8p2qRmYx3Dkv."))
        #expect(!result.standardOutput.contains("\u{1B}["))
        #expect(!result.standardOutput.contains("example-org>"))
    }

    @Test("without a token the shell uses the sandbox and says so")
    func sandboxWithoutToken() throws {
        let result = try tfcsh(["-c", "list runs in staging"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("sandbox"))
        #expect(result.standardOutput.contains("run-K3jR7m9zXpYw2Ctn"))
    }

    @Test("a destructive step on a pipe without --yes is refused and the exit status says so")
    func destructiveNeedsYes() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now],
            input: "apply the pending run in staging\nlist runs in staging\n"
        )
        #expect(result.status == 1)
        #expect(result.standardError.contains("--yes"))
        #expect(!result.standardOutput.contains("apply_run("))
        // Nobody answered no: the record says why the step was refused.
        #expect(!result.standardOutput.contains("[y/N] n"))
        #expect(result.standardOutput.contains("no terminal to ask on"))
        // The script stopped at the refusal: the list after it was not answered.
        #expect(!result.standardOutput.contains("I'll list"))
    }

    @Test("--yes lets a destructive step run; --keep-going goes past a failure")
    func yesAndKeepGoing() throws {
        let applied = try tfcsh(
            ["--sandbox", "--now", now, "--yes", "-c", "apply the pending run in staging"]
        )
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(applied.standardOutput.contains("apply_run(run_id=\"run-K3jR7m9zXpYw2Ctn\""))
        let going = try tfcsh(
            ["--sandbox", "--now", now, "--keep-going"],
            input: "list runs in workspace no-such-workspace-at-all\nlist runs in staging\n"
        )
        #expect(going.status == 1)
        #expect(going.standardOutput.contains("No workspace named 'no-such-workspace-at-all'"))
        #expect(going.standardOutput.contains("run-K3jR7m9zXpYw2Ctn"))
    }

    @Test(
        "a refusal, a question back or an out-of-scope sentence exits non-zero",
        arguments: [
            "apply run-J7cW8p2qRmYx3Dkv",
            "cancel run-K4jR7p9qZnYw2Lmp",
            "apply the pending run in network-infra",
            "apply it",
            "tell me a joke",
        ]
    )
    func refusalsExitNonZero(sentence: String) throws {
        let result = try tfcsh(["--sandbox", "--now", now, "--yes", "-c", sentence])
        #expect(result.status == 1, "\(result.standardOutput)")
    }

    @Test("help is not an error")
    func helpExitsZero() throws {
        let result = try tfcsh(["--sandbox", "--now", now, "-c", "help"])
        #expect(result.status == 0)
    }

    @Test("a refusal on a pipe stops the script unless --keep-going")
    func refusalStopsThePipe() throws {
        let input = "apply run-J7cW8p2qRmYx3Dkv\nlist runs in staging\n"
        let stopped = try tfcsh(["--sandbox", "--now", now, "--yes"], input: input)
        #expect(stopped.status == 1)
        #expect(!stopped.standardOutput.contains("run-K3jR7m9zXpYw2Ctn"))
        let going = try tfcsh(["--sandbox", "--now", now, "--yes", "--keep-going"], input: input)
        #expect(going.status == 1)
        #expect(going.standardOutput.contains("run-K3jR7m9zXpYw2Ctn"))
    }

    @Test("watching a run queued behind one awaiting approval stops at once and names it")
    func watchStopsBehindABlocker() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now],
            input: "create a plan for dev\nwatch it\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("is waiting behind run-Z6wC3b0yKzLh5Pqm"))
        #expect(result.standardOutput.contains("'discard run-Z6wC3b0yKzLh5Pqm'"))
        #expect(!result.standardOutput.contains("for 1 hour"))
    }

    @Test("'wait for the plan' after creating a run watches that run, without asking which")
    func waitForThePlan() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now],
            input: "create a plan for sandbox\nwait for the plan\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(!result.standardOutput.contains("Which run should I watch"))
        #expect(result.standardOutput.contains("finished planning"))
    }

    @Test("a credential typed into a sentence is redacted in the --record transcript")
    func recordRedactsTypedSecrets() throws {
        let record = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-record-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: record) }
        let result = try tfcsh(
            ["--sandbox", "--now", now, "--record", record.path, "--keep-going"],
            input: "TFE_TOKEN=abcdefghijklmn.atlasv1.SECRETSECRETSECRET\nlist runs in dev\n"
        )
        let transcript = try String(contentsOf: record, encoding: .utf8)
        #expect(!transcript.contains("SECRETSECRET"))
        #expect(!transcript.contains("atlasv1"))
        #expect(transcript.contains("**User**: TFE_TOKEN=[redacted]"))
        #expect(transcript.contains("**User**: list runs in dev"))
    }

    @Test("/quit leaves no empty turn in the transcript")
    func quitIsNotRecorded() throws {
        let record = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-quit-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: record) }
        let result = try tfcsh(
            ["--sandbox", "--now", now, "--record", record.path],
            input: "list runs in dev\n/quit\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        let transcript = try String(contentsOf: record, encoding: .utf8)
        #expect(transcript.contains("**User**: list runs in dev"))
        #expect(!transcript.contains("/quit"))
        #expect(!transcript.contains("**tfcsh**: \n"))
    }

    @Test("/explain gives a readable summary, not raw JSON")
    func explainIsReadable() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now],
            input: "/explain create a destroy plan for staging\n"
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Intent: create_run (confidence"))
        #expect(result.standardOutput.contains("- is_destroy: yes"))
        #expect(result.standardOutput.contains("- workspace_name: staging"))
        #expect(!result.standardOutput.contains("{\""))
    }

    @Test("/org refuses an organization that does not exist and keeps the current one")
    func orgIsChecked() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now, "--keep-going"],
            input: "/org other-org\nlist runs in dev\n"
        )
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("No organization named 'other-org'"))
        #expect(!result.standardOutput.contains("Now working in other-org"))
        #expect(result.standardOutput.contains("run-Z6wC3b0yKzLh5Pqm"))
    }

    @Test("--json writes one parseable object a reply")
    func json() throws {
        let result = try tfcsh(
            ["--sandbox", "--now", now, "--json"],
            input: "list runs in dev\nhelp\n"
        )
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["intent"] is String)
            #expect(object?["calls"] is [Any])
        }
    }

    @Test("a token is never printed, even with --debug tracing every request")
    func tokenNeverShown() throws {
        let token = "abcdef123456.atlasv1.secretsecretsecret"
        let result = try tfcsh(
            ["--sandbox", "--now", now, "--debug", "-c", "list runs in dev"],
            environment: ["TFE_TOKEN": token]
        )
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains(token))
        #expect(!result.standardError.contains(token))
        #expect(!result.standardError.contains("secretsecret"))
    }

    @Test(
        "bad command lines are refused with a message and exit status 2",
        arguments: [
            (["--colour", "always"], "Did you mean --color?"),
            (["--now", "yesterday"], "not a valid value for --now"),
            (["--org"], "--org needs a value"),
        ]
    )
    func badArguments(arguments: [String], message: String) throws {
        let result = try tfcsh(arguments)
        #expect(result.status == 2)
        #expect(result.standardError.contains(message))
        #expect(result.standardOutput.isEmpty)
    }
}

/// `tfcsh demo` off a terminal plays straight through; `--cast` records valid asciicast v2.
@Suite("tfcsh demo and casts")
struct DemoTests {
    @Test("a demo types each sentence after a prompt and records an asciicast of it")
    func demoWithCast() throws {
        let cast = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-demo-\(UUID().uuidString).cast")
        defer { try? FileManager.default.removeItem(at: cast) }
        let script = SharedDirectory.packageRoot.appendingPathComponent(
            "prompts/incident-drill.txt"
        )
        let result = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["demo", script.path, "--speed", "5000", "--cast", cast.path]
        )
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("example-org> show me runs that errored"))
        #expect(result.standardOutput.contains("run-A7xD4c1zLaMe6Rqn"))
        let lines = try String(contentsOf: cast, encoding: .utf8).split(separator: "\n")
        let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(header?["version"] as? Int == 2)
        #expect((header?["width"] as? Int ?? 0) > 0)
        var last = 0.0
        for line in lines.dropFirst() {
            let event = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any]
            )
            let time = try #require(event[0] as? Double)
            #expect(time >= last)
            last = time
            #expect(event[1] as? String == "o")
        }
        let text = lines.joined(separator: "\n")
        #expect(text.contains("force_cancel_run"))
    }

    @Test("a demo of a missing script says so and exits 2")
    func missingScript() throws {
        let result = try ProcessRun.run(BuiltBinary.tfcsh(), ["demo", "/nonexistent/script.txt"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot read the script"))
    }
}
