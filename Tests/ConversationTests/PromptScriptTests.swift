import Foundation
import TFCShell
import Testing

@Suite("Prompt scripts and transcripts")
struct PromptScriptTests {
    @Test("a script keeps sentences and comments in order and turns /wait into seconds")
    func parsesScript() throws {
        let script = try PromptScript(
            parsing: """
                # A first look
                list runs in production

                /wait 2m
                /wait 1m30s
                  apply it  
                """
        )
        #expect(
            script.steps == [
                .comment("A first look"), .say("list runs in production"), .wait(seconds: 120),
                .wait(seconds: 90), .say("apply it"),
            ]
        )
    }

    @Test("a wait tfcsh cannot read names its line and says how to write it")
    func rejectsBadWait() {
        #expect(throws: ScriptError.badWait(line: 2, text: "/wait soon")) {
            try PromptScript(parsing: "list runs\n/wait soon\n")
        }
        let message = ScriptError.badWait(line: 2, text: "/wait soon").description
        #expect(message.contains("'/wait 2m'"))
    }

    @Test("amounts", arguments: [("45", 45), ("90s", 90), ("2m", 120), ("1h", 3600), ("1m5s", 65)])
    func amounts(text: String, seconds: Int) {
        #expect(PromptScript.seconds(in: text) == seconds)
    }

    @Test("nonsense amounts are refused", arguments: ["", "m", "2x", "5m3", "-4"])
    func badAmounts(text: String) {
        #expect(PromptScript.seconds(in: text) == nil)
    }

    @Test("a transcript is appended turn by turn, with secrets redacted")
    func transcriptAppends() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-transcript-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let secret = "abcdefgh.atlasv1.zzzzzzzzzzzz"
        do {
            let writer = try TranscriptWriter(path: path, header: "# Demo", secrets: [secret])
            writer.record(user: "list runs", reply: "Here they are.")
            // Written and flushed before the writer goes away.
            let partial = try String(contentsOfFile: path, encoding: .utf8)
            #expect(partial.contains("**User**: list runs"))
            writer.record(user: "token is \(secret)", reply: "Noted \(secret).")
        }
        let again = try TranscriptWriter(path: path, header: "# Demo", secrets: [])
        again.note("2 minutes pass")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.components(separatedBy: "# Demo").count == 2)
        #expect(!text.contains(secret))
        #expect(text.contains("**tfcsh**: Noted [redacted]."))
        #expect(text.hasSuffix("\n_2 minutes pass_\n"))
    }

    @Test("a transcript in a folder that does not exist is a clear error")
    func transcriptInMissingFolder() {
        #expect(throws: TranscriptError.cannotOpen(path: "/nonexistent-dir/x.md")) {
            try TranscriptWriter(path: "/nonexistent-dir/x.md", header: nil)
        }
    }
}
