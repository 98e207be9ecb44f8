import Conversation
import Foundation
import LineEditor
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
        return await LiveWaiter.pause(seconds: seconds / max(speed, 0.001))
    }

    /// The sandbox's time.
    public func now() -> Date {
        sandbox.now
    }
}

/// Waits in real time on the real service; Ctrl-C ends the wait early.
public struct LiveWaiter: Waiter {
    /// Creates the waiter.
    public init() {}

    /// Sleeps for `seconds`; returns false when Ctrl-C or cancellation cut it short.
    public func wait(seconds: Double) async -> Bool {
        await Self.pause(seconds: seconds)
    }

    /// The wall clock.
    public func now() -> Date {
        Date()
    }

    /// Sleeps in short slices so that a Ctrl-C is noticed within a tenth of a second.
    static func pause(seconds: Double) async -> Bool {
        var left = seconds
        while left > 0 {
            if InterruptTrap.consume() || Task.isCancelled {
                return false
            }
            let slice = min(left, 0.1)
            try? await Task.sleep(for: .milliseconds(Int(slice * 1000)))
            left -= slice
        }
        return !InterruptTrap.consume()
    }
}
