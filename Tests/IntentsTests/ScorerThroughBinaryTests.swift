import Foundation
import TestSupport
import Testing

/// The shared scorer run on the built binary, as CI and the issue measure it.
@Suite("score-intents through tfcsh explain", .serialized)
struct ScorerThroughBinaryTests {
    /// Runs the scorer on `cases` and returns its summary line.
    private func score(_ cases: URL) throws -> String {
        let scorer = try SharedDirectory.file("tools/score-intents")
        let binary = try ExplainBinary.url()
        let python = try ExplainBinary.python()
        let result = try ExplainBinary.run(
            python,
            [
                scorer.path, cases.path, "--cmd", "'\(binary.path)' explain --sandbox", "--show",
                "20",
            ]
        )
        return String(decoding: result.output, as: UTF8.self)
    }

    private func expectPerfect(_ summary: String) {
        #expect(summary.contains("= 100.0%"), "\(summary)")
        #expect(summary.contains("destructive misfires 0;"), "\(summary)")
    }

    @Test("the shared dev set scores 100% with no destructive misfire")
    func devset() throws {
        expectPerfect(try score(try SharedDirectory.file("eval/devset.jsonl")))
    }

    @Test("the held-out file scores 100% with no destructive misfire")
    func heldOut() throws {
        expectPerfect(try score(HeldOutFileTests.fileURL))
    }
}
