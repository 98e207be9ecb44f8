/// Discards every line.
public struct NullLogHandler: LogHandler {
    /// Creates the handler.
    public init() {}

    /// Does nothing.
    public func log(_ level: LogLevel, _ message: String) {}

    /// Keeps nothing.
    public func isEnabled(_ level: LogLevel) -> Bool { false }
}
