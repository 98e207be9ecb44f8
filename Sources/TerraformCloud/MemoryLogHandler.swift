import Synchronization

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
