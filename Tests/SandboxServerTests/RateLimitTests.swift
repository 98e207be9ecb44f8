import Foundation
import Sandbox
import Synchronization
import TestSupport
import Testing

@testable import SandboxServer

@Suite("Rate limits")
struct RateLimitTests {
    @Test("the 31st run list within a minute is refused with the documented 429 and waits")
    func runListLimit() async throws {
        let served = try ServedSandbox()
        let path = "/api/v2/organizations/example-org/runs?page%5Bsize%5D=1"
        // A loaded machine may take seconds over the 30 lists, and the bucket refills one
        // list every two seconds meanwhile: allow for those.
        let start = Date()
        var admitted = 0
        var refusal: (status: Int, headers: [String: String], body: Data)?
        while refusal == nil && admitted < 60 {
            let answer = try await served.send(path)
            if answer.status == 200 { admitted += 1 } else { refusal = answer }
        }
        let refilled = Int((Date().timeIntervalSince(start) * 0.5).rounded(.up))
        #expect((30...(30 + refilled)).contains(admitted), "\(admitted) lists were admitted")
        let refused = try #require(refusal)
        #expect(refused.status == 429)
        // Retry-After in whole seconds as HTTP has it; X-RateLimit-Reset to the millisecond.
        let wait = try #require(Int(refused.headers["retry-after"] ?? ""))
        #expect(wait > 0 && wait <= 2)
        let reset = try #require(Double(refused.headers["x-ratelimit-reset"] ?? ""))
        #expect(reset > 0 && Int(reset.rounded(.up)) == wait)
        #expect(refused.headers["x-ratelimit-limit"] == "30")
        let expected = try JSONSerialization.jsonObject(
            with: SharedDirectory.data("api/fixtures/error-rate-limit-429.response.json")
        )
        let got = try JSONSerialization.jsonObject(with: refused.body)
        #expect((got as? NSDictionary) == (expected as? NSDictionary))
    }

    @Test("with the limits off, run lists are never refused")
    func limitsOff() async throws {
        let served = try ServedSandbox(rateLimits: false)
        for _ in 0..<40 {
            let answer = try await served.send("/api/v2/workspaces/ws-none/runs")
            #expect(answer.status == 404)
        }
    }

    @Test("buckets refill with time, per identity, and a refusal costs nothing")
    func buckets() {
        let clock = FakeClock()
        let limiter = RateLimiter(now: { clock.seconds })
        let list = "/api/v2/workspaces/ws-1/runs"
        for _ in 0..<30 {
            #expect(limiter.admit(identity: "a", method: "GET", path: list) == nil)
        }
        // A second later the general bucket is full again but the run-list one holds half a
        // request: a list must wait one more second.
        clock.seconds += 1
        let refused = limiter.admit(identity: "a", method: "GET", path: list)
        #expect(refused.map { abs($0.wait - 1) < 0.001 && $0.limit.perSecond == 0.5 } == true)
        #expect(limiter.admit(identity: "b", method: "GET", path: list) == nil)
        // The refused list spent no general token: 30 other requests still fit.
        for _ in 0..<30 {
            #expect(limiter.admit(identity: "a", method: "GET", path: "/api/v2/runs/r") == nil)
        }
        clock.seconds += 1
        #expect(limiter.admit(identity: "a", method: "GET", path: list) == nil)
        #expect(limiter.admit(identity: "a", method: "GET", path: list) != nil)
    }

    @Test("more than 30 requests in one second are refused until the second passes")
    func generalLimit() {
        let clock = FakeClock()
        let limiter = RateLimiter(now: { clock.seconds })
        for _ in 0..<30 {
            #expect(limiter.admit(identity: "a", method: "GET", path: "/api/v2/runs/r") == nil)
        }
        let refused = limiter.admit(identity: "a", method: "POST", path: "/api/v2/runs")
        #expect(refused.map { $0.limit.capacity == 30 && $0.wait > 0 } == true)
        clock.seconds += 1
        #expect(limiter.admit(identity: "a", method: "POST", path: "/api/v2/runs") == nil)
    }

    @Test(
        "only the two run lists count against the run-list limit",
        arguments: [
            ("/api/v2/workspaces/ws-1/runs", true), ("/api/v2/organizations/org/runs", true),
            ("/api/v2/runs/run-1", false), ("/api/v2/workspaces/ws-1", false),
            ("/api/v2/organizations/org/workspaces", false),
        ]
    )
    func runListPaths(path: String, isRunList: Bool) {
        #expect(RateLimiter.isRunList(path) == isRunList)
    }
}

/// A clock a test moves by hand.
final class FakeClock: Sendable {
    private let value = Mutex(1000.0)

    var seconds: Double {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
