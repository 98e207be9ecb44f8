/// How important a log line is.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    /// Traces such as each HTTP request.
    case debug
    /// Notable events.
    case info
    /// Something odd that did not stop the work.
    case warning
    /// A failure.
    case error

    /// Orders levels from `debug` up.
    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Receives the library's log lines; library code never prints.
public protocol LogHandler: Sendable {
    /// Records one line.
    func log(_ level: LogLevel, _ message: String)

    /// Whether lines of `level` are kept; the client builds no line that would be dropped.
    func isEnabled(_ level: LogLevel) -> Bool
}

extension LogHandler {
    /// Every level is kept unless a handler says otherwise.
    public func isEnabled(_ level: LogLevel) -> Bool { true }
}
