import Foundation
import LineEditor
import Synchronization

/// `tfcsh __line-editor-check`: a bare prompt that echoes lines, for testing the line editor.
///
/// It uses the real history location and completes words from `--words a,b,c`, so end-to-end
/// tests can drive editing, Tab, Ctrl-C, Ctrl-D and history through a terminal; `--async`
/// reads through the async API instead of the blocking one.
public enum LineEditorCheck {
    /// The prompt the check shows.
    static let prompt = "check> "

    /// Runs the check with the arguments after the command name; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        let words = completionWords(arguments: arguments)
        let useAsync = arguments.contains("--async")
        let editor = LineEditor()
        editor.setCompletionProvider(Completion.fixedWords(words))
        if let problem = editor.lastHistoryError {
            FileHandle.standardError.write(Data("warning: \(problem.localizedDescription)\n".utf8))
        }

        while true {
            let shown = editor.isInteractive ? prompt : ""
            let input = useAsync ? readAsync(editor, prompt: shown) : editor.readLine(prompt: shown)
            switch input {
            case .line(let line):
                print("got: \(line)")
            case .interrupted:
                print("interrupted")
            case .endOfInput:
                print("bye")
                return 0
            }
        }
    }

    /// Reads through `nextLine(prompt:)`, the API the shell's async loop uses, so the tests
    /// also cover reading on the editor's own thread.
    static func readAsync(_ editor: LineEditor, prompt: String) -> LineInput {
        let result = Mutex<LineInput>(.endOfInput)
        let done = DispatchSemaphore(value: 0)
        Task {
            let input = await editor.nextLine(prompt: prompt)
            result.withLock { $0 = input }
            done.signal()
        }
        done.wait()
        return result.withLock { $0 }
    }

    /// The comma-separated words after `--words`, or none.
    static func completionWords(arguments: [String]) -> [String] {
        guard let flag = arguments.firstIndex(of: "--words"), flag + 1 < arguments.count else {
            return []
        }
        return arguments[flag + 1].split(separator: ",").map(String.init)
    }
}
