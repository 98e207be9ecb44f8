import Conversation
import Foundation
import Sandbox
import Synchronization
import TFCShell
import Testing

/// A waiter whose time passes while the service's clock stands still, as with a sandbox served
/// with `--now`: waits return at once and only this side's clock moves.
final class StandingClockWaiter: Waiter {
    private let elapsed = Mutex(0.0)
    private let start: Date
    /// How many waits were asked for.
    let waits = Mutex(0)

    init(start: Date) {
        self.start = start
    }

    func wait(seconds: Double) async -> Bool {
        elapsed.withLock { $0 += seconds }
        waits.withLock { $0 += 1 }
        return true
    }

    func now() -> Date {
        start.addingTimeInterval(elapsed.withLock { $0 })
    }
}

@Suite("A service whose clock stands still")
struct StandingClockTests {
    @Test("force-cancel stops asking soon after the announced time, and says so")
    func forceCancelGivesUp() async throws {
        let connection = try ServiceConnection.sandbox(now: Sandbox.referenceDate)
        let waiter = StandingClockWaiter(start: Sandbox.referenceDate)
        let engine = ConversationEngine(
            client: connection.client,
            organization: connection.organization,
            confirmer: AlwaysConfirm(),
            waiter: waiter,
            timeZone: TimeZone(identifier: "UTC") ?? .current
        )
        let reply = await engine.respond(to: "Force cancel the stuck run in production")
        let text = reply.text
        #expect(text.contains("still does not allow a force-cancel"), "\(text)")
        #expect(!text.contains("Force-cancelled it"))
        // The cool-off is 10 s and the grace 15 s more: far from the 300 s of patience.
        let waited = waiter.now().timeIntervalSince(Sandbox.referenceDate)
        #expect(waited <= 40, "waited \(waited) s")
        #expect(waiter.waits.withLock { $0 } < 40)
    }
}
