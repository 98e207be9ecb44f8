/// Waits between retries; tests pass one that records instead of sleeping.
public protocol Sleeper: Sendable {
    /// Suspends for `seconds`.
    func sleep(seconds: Double) async throws
}

/// Sleeps for real with `Task.sleep`.
public struct TaskSleeper: Sleeper {
    /// Creates the sleeper.
    public init() {}

    /// Suspends the task for `seconds`.
    public func sleep(seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }
}
