import Conversation
import Foundation
import Sandbox

/// Lets time pass on the sandbox: a frozen clock is moved forward at once, a real-time clock
/// is waited out.
public struct SandboxWaiter: Waiter {
    /// The sandbox whose clock moves.
    public let sandbox: Sandbox
    /// Whether the clock is frozen (scripts, tests, `--now`).
    public let frozen: Bool
    /// How much faster than real time a live sandbox runs.
    public let speed: Double

    /// Creates a waiter for `sandbox`.
    public init(sandbox: Sandbox, frozen: Bool, speed: Double = 1) {
        self.sandbox = sandbox
        self.frozen = frozen
        self.speed = speed
    }

    /// Advances a frozen clock by `seconds`, or sleeps for them (divided by the speed).
    public func wait(seconds: Double) async -> Bool {
        if frozen {
            sandbox.advance(by: seconds)
            return !Task.isCancelled
        }
        return await RealTimeWaiter().wait(seconds: seconds / max(speed, 0.001))
    }

    /// The sandbox's time.
    public func now() -> Date {
        sandbox.now
    }
}
