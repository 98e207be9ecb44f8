import Foundation

/// The version tfcsh reports.
public let tfcshVersion = "0.1.0"

/// The entry point of the `tfcsh` executable: picks the command and runs it.
public enum TFCShell {
    /// Runs tfcsh with `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String]) async -> Int32 {
        let rest = Array(arguments.dropFirst())
        switch arguments.first {
        case "explain": return ExplainCommand.run(arguments: rest)
        case "replay": return await ReplayCommand.run(arguments: rest)
        case "demo": return await DemoCommand.run(arguments: rest)
        case "sandbox": return await sandbox(arguments: rest)
        case "__line-editor-check": return LineEditorCheck.run(arguments: rest)
        default: return await ShellCommand.run(arguments: arguments)
        }
    }

    /// `tfcsh sandbox SUBCOMMAND`: only `serve` for now.
    private static func sandbox(arguments: [String]) async -> Int32 {
        guard arguments.first == "serve" else {
            complain(
                "tfcsh sandbox: the subcommand is 'serve', as in 'tfcsh sandbox serve --port 8080'."
            )
            return 2
        }
        return await ServeCommand.run(arguments: Array(arguments.dropFirst()))
    }

    /// Writes a diagnostic line to standard error.
    static func complain(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
