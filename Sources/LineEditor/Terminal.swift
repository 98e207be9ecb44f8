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

    /// The column count the terminal behind `descriptor` reports, or nil.
    public static func width(ofDescriptor descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
