import Conversation
import Foundation
import TFCShell
import Testing

/// Replies rendered three ways (Markdown, styled terminal text, JSON) match committed goldens.
///
/// Set `TFCSH_RECORD_GOLDENS=1` to re-record them on purpose.
@Suite("Rendering goldens")
struct RenderingGoldenTests {
    static let sentences: [(String, String)] = [
        ("list-production", "list runs in production"),
        ("details-j7c", "Get details for run ID \"run-J7cW8p2qRmYx3Dkv\""),
        ("errored-org", "show me runs that errored in the last month"),
        ("refusal", "apply run-J7cW8p2qRmYx3Dkv"),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    @Test("each rendering of a reply matches its golden", arguments: sentences)
    func matches(name: String, sentence: String) async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(sentence)
        let renderings = [
            ("md", MarkdownRenderer().render(reply)),
            ("ansi", TerminalRenderer(styled: true).render(reply)),
            ("json", JSONRenderer().render(reply)),
        ]
        for (kind, text) in renderings {
            let file = Self.folder.appendingPathComponent("\(name).\(kind)")
            if ProcessInfo.processInfo.environment["TFCSH_RECORD_GOLDENS"] == "1" {
                try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            let golden = try String(contentsOf: file, encoding: .utf8)
            #expect(
                text + "\n" == golden,
                "\(name).\(kind) differs; re-record with TFCSH_RECORD_GOLDENS=1"
            )
        }
    }
}
