import Foundation
import Testing

/// `tfcsh explain` as a process: arguments, stdin, bad input, flags.
@Suite("tfcsh explain, end to end", .serialized)
struct ExplainCommandTests {
    private func explain(_ arguments: [String], input: Data = Data()) throws -> (
        lines: [String], error: String, status: Int32
    ) {
        let result = try ExplainBinary.run(
            try ExplainBinary.url(),
            ["explain"] + arguments,
            input: input
        )
        let text = String(decoding: result.output, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return (
            lines.last == "" ? Array(lines.dropLast()) : lines,
            String(decoding: result.error, as: UTF8.self), result.status
        )
    }

    @Test("a sentence argument prints one JSON object")
    func sentenceArgument() throws {
        let result = try explain(["--sandbox", "list", "runs", "in", "stagin"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.lines.first?.contains(#""workspace_name": "staging""#) == true)
    }

    @Test("stdin gives one object per line, empty lines included, in order")
    func stdinLines() throws {
        let input = Data("help\n\ncancel\r\nlist runs in dev".utf8)
        let result = try explain(["--sandbox"], input: input)
        #expect(result.lines.count == 4)
        #expect(result.lines[0].contains(#""intent": "help""#))
        #expect(result.lines[1].contains(#""intent": "unknown""#))
        #expect(result.lines[2].contains(#""intent": "clarify""#))
        #expect(result.lines[3].contains(#""workspace_name": "dev""#))
    }

    @Test("invalid UTF-8 on stdin is answered, not fatal")
    func invalidUTF8() throws {
        let input = Data([
            0xFF, 0xFE, 0x0A, 0x61, 0x70, 0x70, 0x6C, 0x79, 0xC3, 0x0A, 0xED, 0xA0, 0x80, 0x0A,
        ])
        let result = try explain(["--sandbox"], input: input)
        #expect(result.status == 0)
        #expect(result.lines.count == 3)
        for line in result.lines {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test("--org sets the organization a sentence can name")
    func organizationFlag() throws {
        let result = try explain(["--org", "acme", "show runs in acme"])
        #expect(result.lines.first?.contains(#""organization": "acme""#) == true)
        #expect(result.lines.first?.contains("list_runs_in_organization") == true)
    }

    @Test("an unknown flag is refused on stderr with exit status 2")
    func unknownFlag() throws {
        let result = try explain(["--nope", "help"])
        #expect(result.status == 2)
        #expect(result.lines.isEmpty)
        #expect(result.error.contains("--nope"))
    }
}
