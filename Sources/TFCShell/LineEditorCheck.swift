/// `tfcsh __line-editor-check`: a bare prompt that echoes lines, for testing the line editor.
public enum LineEditorCheck {
    /// Runs the check with the arguments after the command name; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        0
    }
}
