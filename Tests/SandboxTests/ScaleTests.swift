import Foundation
import Sandbox
import Testing

@Suite("Bulk history for benchmarks")
struct ScaleTests {
    @Test("10,000 runs in one workspace: counted, newest first, and a page stays cheap")
    func oneWorkspace() throws {
        let harness = SandboxHarness()
        let before = harness.sandbox.runCount
        #expect(
            harness.sandbox.addHistoricalRuns(
                count: 10_000,
                workspace: "staging",
                span: 365 * 86_400
            ) == 10_000
        )
        #expect(harness.sandbox.runCount == before + 10_000)
        let path = "/api/v2/workspaces/\(harness.workspaceID("staging"))/runs"
        let clock = ContinuousClock()
        var answer: (status: Int, json: [String: Any]) = (0, [:])
        let elapsed = clock.measure { answer = harness.get(path, "page[size]=100&page[number]=50") }
        #expect(answer.status == 200)
        #expect((pagination(answer.json)["total-count"] as? Int ?? 0) > 10_000)
        #expect(elapsed < .milliseconds(500))
        let dates = items(harness.get(path, "page[size]=100").json).compactMap {
            parseDate(($0["attributes"] as? [String: Any])?["created-at"] as? String)
        }
        #expect(dates == dates.sorted(by: >))
        #expect(dates.first.map { $0 <= Sandbox.referenceDate } == true)
    }

    @Test("20,000 runs over two years spread across every workspace, the same for the same seed")
    func organizationWide() {
        let first = SandboxHarness()
        let second = SandboxHarness()
        first.sandbox.addHistoricalRuns(count: 20_000, span: 2 * 365 * 86_400)
        second.sandbox.addHistoricalRuns(count: 20_000, span: 2 * 365 * 86_400)
        let query = "page[size]=100&page[number]=40"
        #expect(
            first.send("GET", "/api/v2/organizations/example-org/runs", query: query).body
                == second.send("GET", "/api/v2/organizations/example-org/runs", query: query).body
        )
        let names = Set(
            items(first.get("/api/v2/organizations/example-org/runs", "page[size]=100").json)
                .compactMap {
                    ((($0["relationships"] as? [String: Any])?["workspace"] as? [String: Any])?[
                        "data"
                    ]
                        as? [String: Any])?["id"] as? String
                }
        )
        #expect(names.count >= 10)
    }

    @Test("an unknown workspace gets no runs")
    func unknownWorkspace() {
        #expect(Sandbox().addHistoricalRuns(count: 10, workspace: "nope", span: 86_400) == 0)
    }
}
