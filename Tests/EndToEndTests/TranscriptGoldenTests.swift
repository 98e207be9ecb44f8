import Foundation
import TestSupport
import Testing

/// Every script in `prompts/` replays on a fresh sandbox into exactly its committed transcript.
///
/// Set `TFCSH_RECORD_TRANSCRIPTS=1` to re-record the transcripts on purpose.
@Suite("Replayed transcripts")
struct TranscriptGoldenTests {
    static let scripts: [String] = {
        let folder = SharedDirectory.packageRoot.appendingPathComponent("prompts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    @Test("the promised scripts are there")
    func scriptsExist() {
        #expect(
            Set(Self.scripts).isSuperset(of: ["run-management", "first-day-tour", "incident-drill"])
        )
    }

    @Test("replaying a script gives its committed transcript", arguments: scripts)
    func replayMatches(name: String) throws {
        try replay(name, extra: [])
    }

    @Test(
        "replaying a script over HTTP, through the served sandbox, gives the same transcript",
        arguments: scripts
    )
    func replayOverHTTPMatches(name: String) throws {
        try replay(name, extra: ["--over-http"], recording: false)
    }

    private func replay(_ name: String, extra: [String], recording: Bool = true) throws {
        let root = SharedDirectory.packageRoot
        let script = root.appendingPathComponent("prompts/\(name).txt").path
        let golden = root.appendingPathComponent("transcripts/\(name).md")
        let fresh = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-\(name)-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let result = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["replay", script, "--record", fresh.path, "--keep-going"] + extra
        )
        #expect(result.status == 0, "\(result.standardError)")
        let produced = try String(contentsOf: fresh, encoding: .utf8)
        if recording, ProcessInfo.processInfo.environment["TFCSH_RECORD_TRANSCRIPTS"] == "1" {
            try produced.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if produced != expected {
            let diff = firstDifference(produced, expected)
            let message =
                "transcripts/\(name).md differs from a fresh replay at line \(diff); re-record "
                + "with TFCSH_RECORD_TRANSCRIPTS=1 if the change is intended"
            Issue.record(Comment(rawValue: message))
        }
    }

    private func firstDifference(_ lhs: String, _ rhs: String) -> String {
        let left = lhs.split(separator: "\n", omittingEmptySubsequences: false)
        let right = rhs.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b {
                return "\(index + 1): got \"\(a)\", want \"\(b)\""
            }
        }
        return "?"
    }
}
