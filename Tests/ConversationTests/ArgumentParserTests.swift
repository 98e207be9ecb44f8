import TFCShell
import Testing

@Suite("Command-line parsing")
struct ArgumentParserTests {
    private let spec = CommandSpec(
        name: "tfcsh",
        flags: ["--yes", "--sandbox"],
        options: ["--org", "--command"],
        aliases: ["-c": "--command", "-y": "--yes"],
        maxPositionals: 1
    )

    @Test("flags, options in both spellings, aliases and positionals are parsed")
    func parsesEveryForm() throws {
        let parsed = try ArgumentParser.parse(
            ["--yes", "--org=acme", "-c", "list runs", "--command", "apply it", "FILE"],
            spec: spec
        )
        #expect(parsed.has("--yes"))
        #expect(!parsed.has("--sandbox"))
        #expect(parsed.value("--org") == "acme")
        #expect(parsed.values("--command") == ["list runs", "apply it"])
        #expect(parsed.positionals == ["FILE"])
    }

    @Test("everything after -- is positional, even when it starts with a dash")
    func doubleDashEndsOptions() throws {
        let parsed = try ArgumentParser.parse(["--", "--yes"], spec: spec)
        #expect(parsed.positionals == ["--yes"])
        #expect(!parsed.has("--yes"))
    }

    @Test(
        "bad command lines give a message that says what to do",
        arguments: [
            (["--orgg", "x"], "unknown option '--orgg'. Did you mean --org?"),
            (["--org"], "--org needs a value"),
            (["--yes=no"], "--yes takes no value"),
            (["a", "b"], "unexpected argument 'b'"),
            (["--frobnicate"], "unknown option '--frobnicate'. See 'tfcsh --help'."),
        ]
    )
    func rejectsBadInput(arguments: [String], message: String) {
        #expect {
            try ArgumentParser.parse(arguments, spec: spec)
        } throws: { error in
            String(describing: error).contains(message)
        }
    }
}
