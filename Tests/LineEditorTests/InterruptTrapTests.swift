import Foundation
import Synchronization
import Testing

@testable import LineEditor

/// These tests send SIGINT to the test process itself; the trap must be installed first or
/// the whole test run would die, and they run one at a time because the flag is process-wide.
@Suite("Ctrl-C trap", .serialized)
struct InterruptTrapTests {
    init() {
        InterruptTrap.install()
    }

    /// Sends Ctrl-C's signal to the whole process, as the terminal does.
    func pressControlC() {
        kill(getpid(), SIGINT)
    }

    @Test("SIGINT sets the flag and counts instead of ending the process")
    func flagsInterrupt() async throws {
        InterruptTrap.clear()
        let before = InterruptTrap.count
        pressControlC()
        let deadline = ContinuousClock.now + .seconds(5)
        while !InterruptTrap.isPending && ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(InterruptTrap.count == before + 1)
        #expect(InterruptTrap.consume())
        #expect(!InterruptTrap.isPending)
        #expect(!InterruptTrap.consume())
    }

    @Test("wait returns after the next Ctrl-C")
    func waitReturns() async throws {
        async let waited: Void = InterruptTrap.wait(pollInterval: .milliseconds(10))
        try await Task.sleep(for: .milliseconds(100))
        pressControlC()
        try await waited
        #expect(!InterruptTrap.isPending)
    }

    @Test("an operation stopped by Ctrl-C gives nil and is cancelled")
    func interruptStopsOperation() async throws {
        let cancelled = Mutex(false)
        async let result = InterruptTrap.runUntilInterrupted(pollInterval: .milliseconds(10)) {
            do {
                try await Task.sleep(for: .seconds(30))
            } catch {
                cancelled.withLock { $0 = true }
                throw error
            }
            return 42
        }
        try await Task.sleep(for: .milliseconds(100))
        pressControlC()
        #expect(try await result == nil)
        #expect(cancelled.withLock { $0 })
    }

    @Test("an operation that finishes first gives its result")
    func operationFinishes() async throws {
        let result = try await InterruptTrap.runUntilInterrupted { "done" }
        #expect(result == "done")
    }
}
