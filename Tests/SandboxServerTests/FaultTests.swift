import Foundation
import Sandbox
import SandboxServer
import Testing

@Suite("Injected faults")
struct FaultTests {
    @Test("a 500 at rate 1 answers every API request but the ping with a JSON:API 500")
    func serverErrors() async throws {
        let served = try ServedSandbox(faults: FaultPlan(rates: [.serverError: 1]))
        let answer = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn")
        #expect(answer.status == 500)
        #expect((ServedSandbox.json(answer.body)["errors"] as? [Any])?.count == 1)
        #expect(try await served.send("/api/v2/ping").status == 204)
    }

    @Test("an injected 429 says how long to wait")
    func rateLimited() async throws {
        let served = try ServedSandbox(faults: FaultPlan(rates: [.rateLimited: 1]))
        let answer = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn")
        #expect(answer.status == 429)
        #expect(answer.headers["retry-after"] == "1")
        #expect(answer.headers["x-ratelimit-reset"] == "0.500")
    }

    @Test("an injected 429 can ask for a wait of its own, rounded up to whole seconds")
    func rateLimitedWait() async throws {
        let plan = try FaultPlan(parsing: "429=1@1200ms")
        #expect(abs(plan.rateLimitWait - 1.2) < 1e-9)
        let served = try ServedSandbox(faults: plan)
        let answer = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn")
        #expect(answer.status == 429)
        #expect(answer.headers["retry-after"] == "2")
        #expect(answer.headers["x-ratelimit-reset"] == "1.200")
    }

    @Test("a dropped connection gives the client no answer at all")
    func drops() async throws {
        let served = try ServedSandbox(faults: FaultPlan(rates: [.drop: 1]))
        await #expect(throws: (any Error).self) {
            _ = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn")
        }
        #expect(served.log.last?.contains(" dropped ") == true)
    }

    @Test("a slow answer comes after the delay, and is the real answer")
    func slow() async throws {
        let served = try ServedSandbox(faults: FaultPlan(rates: [.slow: 1], slowDelay: 0.2))
        let start = Date()
        let answer = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn")
        #expect(Date().timeIntervalSince(start) >= 0.2)
        #expect(answer.status == 200)
    }

    @Test("faults come at about their rate, and the same seed gives the same ones")
    func ratesAndSeeds() async throws {
        func statuses(seed: UInt64) async throws -> [Int] {
            let served = try ServedSandbox(
                faults: FaultPlan(rates: [.serverError: 0.2], seed: seed),
                rateLimits: false
            )
            var seen: [Int] = []
            for _ in 0..<200 {
                seen.append(try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn").status)
            }
            return seen
        }
        let first = try await statuses(seed: 7)
        let errors = first.filter { $0 == 500 }.count
        #expect((20...60).contains(errors), "\(errors) of 200 were faults at rate 0.2")
        #expect(try await statuses(seed: 7) == first)
        #expect(try await statuses(seed: 8) != first)
    }
}

@Suite("Fault specs")
struct FaultPlanTests {
    @Test(
        "specs are read into rates, a delay and a seed",
        arguments: [
            ("429=0.2", [FaultPlan.Kind.rateLimited: 0.2], 1.5, UInt64(1)),
            ("500=20%,drop=0.05", [.serverError: 0.2, .drop: 0.05], 1.5, 1),
            ("slow=0.1@250ms,seed=9", [.slow: 0.1], 0.25, 9),
            ("slow=0.5@2s", [.slow: 0.5], 2, 1),
        ]
    )
    func parses(spec: String, rates: [FaultPlan.Kind: Double], delay: Double, seed: UInt64) throws {
        let plan = try FaultPlan(parsing: spec)
        #expect(plan.rates.count == rates.count)
        for (kind, rate) in rates {
            #expect(abs((plan.rates[kind] ?? -1) - rate) < 1e-9)
        }
        #expect(abs(plan.slowDelay - delay) < 1e-9)
        #expect(plan.seed == seed)
    }

    @Test(
        "bad specs are refused with a message that shows the form",
        arguments: [
            "404=0.1", "drop", "drop=2", "drop=x", "500=0.1@2s", "seed=-1", "slow=0.1@soon",
        ]
    )
    func refusesBadItems(spec: String) {
        #expect(throws: ServerError.self) { try FaultPlan(parsing: spec) }
        let message = ServerError.badFaultSpec(spec).localizedDescription
        #expect(message.contains("KIND=RATE"))
    }

    @Test("rates that add up to more than one are refused")
    func refusesOverOne() {
        #expect(throws: ServerError.faultRatesOverOne("500=0.6,drop=0.6")) {
            try FaultPlan(parsing: "500=0.6,drop=0.6")
        }
    }
}
