import Foundation

/// The version tfcsh reports.
public let tfcshVersion = "0.1.0"

/// The entry point of the `tfcsh` executable: parses the arguments and runs the command.
public enum TFCShell {
    /// Runs tfcsh with `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String]) async -> Int32 {
        if arguments.first == "explain" {
            return ExplainCommand.run(arguments: Array(arguments.dropFirst()))
        }
        if arguments.first == "__line-editor-check" {
            return LineEditorCheck.run(arguments: Array(arguments.dropFirst()))
        }
        if arguments.contains("--version") {
            print("tfcsh \(tfcshVersion)")
            return 0
        }
        print("usage: tfcsh [--version] [--help]")
        print("       tfcsh explain [--org ORG] [--sandbox] [SENTENCE]")
        return 0
    }
}
