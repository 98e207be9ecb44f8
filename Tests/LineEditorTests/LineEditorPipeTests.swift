import Foundation
import TestSupport
import Testing

@Suite("Line editor on a pipe")
struct LineEditorPipeTests {
    @Test("piped lines are read plainly, with no prompt and no history file")
    func readsPipedLines() throws {
        let home = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let input = home.appendingPathComponent("input")
        let output = home.appendingPathComponent("output")
        try Data("first\ncafé\n".utf8).write(to: input)

        let status = try ChildProcess.run(
            try BuiltBinary.tfcsh().path,
            arguments: ["__line-editor-check"],
            environment: ["HOME": home.path, "LANG": "C.UTF-8"],
            input: input.path,
            output: output.path
        )

        #expect(status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8) == "got: first\ngot: café\nbye\n")
        let history = home.appendingPathComponent(".local/state/tfcsh/history")
        #expect(!FileManager.default.fileExists(atPath: history.path))
    }
}
