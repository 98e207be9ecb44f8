import Foundation

/// Writes lines at or above a level to standard error.
public struct StderrLogHandler: LogHandler {
    /// The lowest level written.
    public var minimumLevel: LogLevel

    /// Creates a handler writing `minimumLevel` and above.
    public init(minimumLevel: LogLevel = .info) {
        self.minimumLevel = minimumLevel
    }

    /// Whether `level` is at or above the lowest level written.
    public func isEnabled(_ level: LogLevel) -> Bool { level >= minimumLevel }

    /// Writes `message` to standard error when its level is high enough.
    public func log(_ level: LogLevel, _ message: String) {
        guard level >= minimumLevel else { return }
        FileHandle.standardError.write(Data("[\(level)] \(message)\n".utf8))
    }
}
