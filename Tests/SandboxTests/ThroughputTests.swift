import Foundation
import Sandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Measures run-details requests a second through a URLSession, the way a client sends them.
///
/// Opt-in, because the figure only means something in a release build on a quiet machine:
/// `TFCSH_BENCH=1 swift test --filter ThroughputTests` (Swift Testing does not build in release
/// with this toolchain, so the debug figure is a floor).
@Suite("Throughput", .enabled(if: ProcessInfo.processInfo.environment["TFCSH_BENCH"] != nil))
struct ThroughputTests {
    @Test("run details through SandboxURLProtocol exceed 5,000 requests a second")
    func runDetails() async throws {
        let sandbox = Sandbox()
        sandbox.addHistoricalRuns(count: 20_000, span: 2 * 365 * 86_400)
        let base = SandboxURLProtocol.register(sandbox)
        defer { SandboxURLProtocol.unregister(base) }
        let session = URLSession(configuration: SandboxURLProtocol.sessionConfiguration())
        var prepared = URLRequest(
            url: base.appendingPathComponent("api/v2/runs/run-J7cW8p2qRmYx3Dkv")
        )
        prepared.setValue("Bearer t", forHTTPHeaderField: "Authorization")
        let request = prepared
        let total = 20_000
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<4 {
                group.addTask {
                    for _ in stride(from: worker, to: total, by: 4) {
                        let (_, response) = try await session.data(for: request)
                        #expect((response as? HTTPURLResponse)?.statusCode == 200)
                    }
                }
            }
            try await group.waitForAll()
        }
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        let rate = Double(total) / seconds
        #expect(rate > 5_000, "measured \(Int(rate)) requests/s")
        let direct = ContinuousClock().measure {
            for _ in 0..<total {
                _ = sandbox.handle(
                    SandboxRequest(
                        method: "GET",
                        path: "/api/v2/runs/run-J7cW8p2qRmYx3Dkv",
                        headers: ["Authorization": "Bearer t"]
                    )
                )
            }
        }
        let directRate = Double(total) / (direct / .seconds(1))
        #expect(directRate > rate, "router alone: \(Int(directRate)) requests/s")
    }
}
