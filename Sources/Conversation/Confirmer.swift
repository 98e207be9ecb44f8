import Foundation

/// Asks the user to confirm a destructive step; the answer is No unless they say yes.
public protocol Confirmer: Sendable {
    /// Asks `question` (which ends in `[y/N]`) and returns whether the user said yes.
    func confirm(_ question: String) async -> Bool
    /// Whether a person is asked; false when every answer is No for want of a terminal.
    var asksSomeone: Bool { get }
}

extension Confirmer {
    /// A person is asked, unless the confirmer says otherwise.
    public var asksSomeone: Bool { true }
}

/// Says yes to everything: `--yes` was given.
public struct AlwaysConfirm: Confirmer {
    /// Creates the confirmer.
    public init() {}

    /// Returns true.
    public func confirm(_ question: String) async -> Bool {
        true
    }
}

/// Says no to everything: there is no terminal to ask on and `--yes` was not given.
public struct NeverConfirm: Confirmer {
    /// Creates the confirmer.
    public init() {}

    /// Nobody is asked.
    public var asksSomeone: Bool { false }

    /// Returns false.
    public func confirm(_ question: String) async -> Bool {
        false
    }
}

/// Lets time pass while tfcsh waits for a run: real time on the real service, the sandbox's
/// clock in scripts.
public protocol Waiter: Sendable {
    /// Waits `seconds`; returns false if the wait was interrupted (Ctrl-C).
    func wait(seconds: Double) async -> Bool
    /// The current time as the service sees it.
    func now() -> Date
}

/// Waits in real time.
public struct RealTimeWaiter: Waiter {
    /// Creates the waiter.
    public init() {}

    /// Sleeps for `seconds`; returns false when the task was cancelled.
    public func wait(seconds: Double) async -> Bool {
        do {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            return true
        } catch {
            return false
        }
    }

    /// The wall clock.
    public func now() -> Date {
        Date()
    }
}
