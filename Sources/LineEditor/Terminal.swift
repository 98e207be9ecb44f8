#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the terminal the shell runs on.
public enum Terminal {
    /// The width assumed when the output is not a terminal or does not say.
    public static let defaultWidth = 80

    /// Whether standard input is a terminal (a person typing, not a pipe or file).
    public static var isInputTerminal: Bool {
        isatty(STDIN_FILENO) == 1
    }

    /// Whether standard output is a terminal, where colour and status lines make sense.
    public static var isOutputTerminal: Bool {
        isatty(STDOUT_FILENO) == 1
    }

    /// The width of standard output in columns, or `defaultWidth` when it cannot be told.
    public static var width: Int {
        width(ofDescriptor: STDOUT_FILENO) ?? defaultWidth
    }

    /// The height assumed when the output is not a terminal or does not say.
    public static let defaultHeight = 24

    /// The height of standard output in rows, or `defaultHeight` when it cannot be told.
    public static var height: Int {
        size(ofDescriptor: STDOUT_FILENO).map { Int($0.ws_row) }.flatMap { $0 > 0 ? $0 : nil }
            ?? defaultHeight
    }

    /// The column count the terminal behind `descriptor` reports, or nil.
    public static func width(ofDescriptor descriptor: Int32) -> Int? {
        guard let size = size(ofDescriptor: descriptor), size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The window size the terminal behind `descriptor` reports, or nil.
    private static func size(ofDescriptor descriptor: Int32) -> winsize? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 else { return nil }
        return size
    }

    /// Drops whatever was typed but not yet read, so keys pressed during a long step are not
    /// taken as the answer to the next question.
    public static func discardTypeahead() {
        guard isInputTerminal else { return }
        tcflush(STDIN_FILENO, TCIFLUSH)
    }
}
