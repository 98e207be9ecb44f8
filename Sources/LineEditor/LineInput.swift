/// What one read from the line editor produced.
public enum LineInput: Equatable, Sendable {
    /// A line the user accepted with Enter (or the next line of piped input), without newline.
    case line(String)
    /// Ctrl-C: the half-typed line was dropped; the caller should prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input: the caller should exit.
    case endOfInput
}
