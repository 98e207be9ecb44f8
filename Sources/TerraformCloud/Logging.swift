import Foundation
import Synchronization

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
}

/// Writes lines at or above a level to standard error.
public struct StderrLogHandler: LogHandler {
    /// The lowest level written.
    public var minimumLevel: LogLevel

    /// Creates a handler writing `minimumLevel` and above.
    public init(minimumLevel: LogLevel = .info) {
        self.minimumLevel = minimumLevel
    }

    /// Writes `message` to standard error when its level is high enough.
    public func log(_ level: LogLevel, _ message: String) {
        guard level >= minimumLevel else { return }
        FileHandle.standardError.write(Data("[\(level)] \(message)\n".utf8))
    }
}

/// Keeps lines in memory, for tests.
public final class MemoryLogHandler: LogHandler {
    /// One recorded line.
    public struct Entry: Sendable, Equatable {
        /// Its level.
        public var level: LogLevel
        /// Its text.
        public var message: String
    }

    private let storage = Mutex<[Entry]>([])

    /// Creates an empty log.
    public init() {}

    /// Records the line.
    public func log(_ level: LogLevel, _ message: String) {
        storage.withLock { $0.append(Entry(level: level, message: message)) }
    }

    /// Every line so far, oldest first.
    public var entries: [Entry] {
        storage.withLock { $0 }
    }
}

/// Discards every line.
public struct NullLogHandler: LogHandler {
    /// Creates the handler.
    public init() {}

    /// Does nothing.
    public func log(_ level: LogLevel, _ message: String) {}
}
