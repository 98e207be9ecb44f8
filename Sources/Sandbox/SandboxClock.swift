import Foundation

/// The sandbox's own clock: frozen and moved by hand, or following real time, maybe faster.
public struct SandboxClock: Sendable {
    /// How the clock moves.
    public enum Mode: Sendable, Equatable {
        /// Time stands still until `Sandbox.advance(by:)` moves it (scripts and tests).
        case frozen
        /// Time follows the wall clock, multiplied by `speed` (an interactive shell).
        case realTime(speed: Double)
    }

    /// The simulated time the sandbox starts at.
    public var start: Date
    /// How the clock moves.
    public var mode: Mode
    /// Time added by `advance(by:)`.
    var offset: TimeInterval = 0
    /// The wall-clock instant the sandbox started, for `realTime`.
    var wallStart = Date()

    /// A clock starting at `start` that moves as `mode` says.
    public init(start: Date = Sandbox.referenceDate, mode: Mode = .frozen) {
        self.start = start
        self.mode = mode
    }

    /// The simulated time now.
    func current() -> Date {
        switch mode {
        case .frozen:
            return start.addingTimeInterval(offset)
        case .realTime(let speed):
            let elapsed = Date().timeIntervalSince(wallStart) * max(speed, 0)
            return start.addingTimeInterval(offset + elapsed)
        }
    }
}
