import Foundation
import Testing

/// `Fixtures/heldout.jsonl` mirrors the held-out tables, in the scorer's format.
@Suite("The held-out JSONL file")
struct HeldOutFileTests {
    static let fileURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/heldout.jsonl")

    /// The file's text as the tables give it: one object a line.
    static func rendered() throws -> String {
        var text = ""
        for row in HeldOutCases.all {
            let arguments = try JSONSerialization.jsonObject(with: Data(row.arguments.utf8))
            let intent: Any = row.intents.count == 1 ? row.intents[0] : row.intents
            let object: [String: Any] = [
                "text": row.text, "intent": intent, "arguments": arguments,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            text += String(decoding: data, as: UTF8.self) + "\n"
        }
        return text
    }

    @Test("matches the tables (re-record with TFCSH_RECORD_HELDOUT=1)")
    func matchesTables() throws {
        let expected = try Self.rendered()
        if ProcessInfo.processInfo.environment["TFCSH_RECORD_HELDOUT"] == "1" {
            try expected.write(to: Self.fileURL, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: Self.fileURL, encoding: .utf8)
        #expect(
            onDisk == expected,
            "heldout.jsonl is stale: run the tests with TFCSH_RECORD_HELDOUT=1"
        )
    }

    @Test("holds hundreds of sentences")
    func isBroad() {
        #expect(HeldOutCases.all.count >= 200)
    }
}
