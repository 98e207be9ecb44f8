import Foundation
import Sandbox
import Testing

@Suite("Run and workspace lists: filters, searches and pagination")
struct ListingTests {
    let harness = SandboxHarness()

    var productionRuns: String { "/api/v2/workspaces/\(harness.workspaceID("production"))/runs" }

    @Test("the workspace list hides plan-only runs unless filter[operation] asks for them")
    func hidesSpeculative() {
        let plain = ids(harness.get(productionRuns).json)
        #expect(!plain.contains("run-J7cW8p2qRmYx3Dkv"))
        #expect(
            Array(plain.prefix(5)) == [
                "run-A7xD4c1zLaMe6Rqn", "run-K4jR7p9qZnYw2Lmp", "run-L5kS8q1rAoZx3Mnq",
                "run-M6lT9r2sBpAy4Nod", "run-N7mU0s3tCqBz5Ope",
            ]
        )
        let all = ids(
            harness.get(productionRuns, "filter%5Boperation%5D=plan_only%2Cplan_and_apply").json
        )
        #expect(all.first == "run-J7cW8p2qRmYx3Dkv")
    }

    @Test("the errored runs of the last month, newest first, as the conversation lists them")
    func erroredRuns() {
        let answer = harness.get(
            "/api/v2/organizations/example-org/runs",
            "filter[status]=errored&page[size]=10"
        )
        #expect(
            ids(answer.json) == [
                "run-P8vT5q2nWxYz1Fmb", "run-S9pV6u3rDsEa8Ijf", "run-T0qW7v4sEtFb9Jkg",
                "run-U1rX8w5tFuGc0Klh", "run-V2sY9x6uGvHd1Lmi",
            ]
        )
        let meta = pagination(answer.json)
        #expect(meta["total-count"] == nil && meta["current-page"] as? Int == 1)
        #expect(meta["next-page"] is NSNull)
        let links = answer.json["links"] as? [String: Any] ?? [:]
        #expect(links["first"] == nil && links["self"] is String)
    }

    @Test("filter[operation]=destroy finds the four destroy runs")
    func destroyRuns() {
        let answer = harness.get(
            "/api/v2/organizations/example-org/runs",
            "filter[operation]=destroy"
        )
        #expect(
            ids(answer.json) == [
                "run-L2tP6k8xZnQv1Bmj", "run-W3tZ0y7vHwIe2Mnj", "run-X4uA1z8wIxJf3Nok",
                "run-Y5vB2a9xJyKg4Opl",
            ]
        )
    }

    @Test("the first pending run of the organization is B8y")
    func pendingRuns() {
        let answer = harness.get(
            "/api/v2/organizations/example-org/runs",
            "filter%5Bstatus%5D=pending"
        )
        #expect(ids(answer.json).first == "run-B8yE5d2aLbNf7Sro")
        #expect(ids(answer.json).count == 2)
    }

    @Test(
        "status groups select the documented members",
        arguments: [
            ("final", "run-K4jR7p9qZnYw2Lmp", true), ("non_final", "run-K4jR7p9qZnYw2Lmp", false),
            ("non_final", "run-A7xD4c1zLaMe6Rqn", true),
            ("discardable", "run-K3jR7m9zXpYw2Ctn", true),
            ("discardable", "run-B8yE5d2aLbNf7Sro", false),
        ]
    )
    func statusGroups(group: String, run: String, member: Bool) {
        let answer = harness.get(
            "/api/v2/organizations/example-org/runs",
            "filter[status_group]=\(group)&page[size]=100"
        )
        #expect(ids(answer.json).contains(run) == member)
    }

    @Test("filter[workspace_names], search[basic], search[commit] and search[user] narrow the list")
    func searches() {
        let path = "/api/v2/organizations/example-org/runs"
        let staging = ids(
            harness.get(path, "filter[workspace_names]=staging%2Cdev&page[size]=100").json
        )
        #expect(
            staging.contains("run-K3jR7m9zXpYw2Ctn") && staging.contains("run-Z6wC3b0yKzLh5Pqm")
        )
        #expect(!staging.contains("run-K4jR7p9qZnYw2Lmp"))
        #expect(
            ids(harness.get(path, "search[basic]=Decommission").json) == ["run-W3tZ0y7vHwIe2Mnj"]
        )
        #expect(ids(harness.get(path, "search[commit]=7a8b9c0d").json) == ["run-J7cW8p2qRmYx3Dkv"])
        let jane = ids(harness.get(path, "search[user]=jane&page[size]=100").json)
        #expect(jane.contains("run-L5kS8q1rAoZx3Mnq") && !jane.contains("run-M6lT9r2sBpAy4Nod"))
        let ignored = ids(
            harness.get(path, "search[user]=jane&search[basic]=Roll+back&page[size]=100").json
        )
        #expect(ignored == jane)
    }

    @Test("pytfe's empty parameters are ignored and its comma lists are read")
    func pytfeQuery() {
        let query =
            "page%5Bnumber%5D=1&page%5Bsize%5D=5&search%5Buser%5D=&search%5Bcommit%5D=&search%5Bbasic%5D="
            + "&filter%5Bstatus%5D=planned%2Cpolicy_checked&filter%5Bsource%5D=&filter%5Boperation%5D=plan_only%2Cplan_and_apply"
        let answer = harness.get("/api/v2/workspaces/\(harness.workspaceID("staging"))/runs", query)
        #expect(answer.status == 200)
        #expect(ids(answer.json) == ["run-K3jR7m9zXpYw2Ctn"])
        #expect(pagination(answer.json)["page-size"] as? Int == 5)
    }

    @Test("timeframe: the org list covers the last year by default; a year number selects one")
    func timeframe() {
        harness.sandbox.addHistoricalRuns(count: 400, workspace: "sandbox", span: 2 * 365 * 86_400)
        let org = "/api/v2/organizations/example-org/runs"
        let lastYear = ids(
            harness.get(org, "filter[workspace_names]=sandbox&page[size]=100&page[number]=3").json
        )
        #expect(!lastYear.isEmpty)
        var count = 0
        var page = 1
        while true {
            let answer = harness.get(
                org,
                "filter[workspace_names]=sandbox&page[size]=100&page[number]=\(page)"
            )
            count += items(answer.json).count
            guard let next = pagination(answer.json)["next-page"] as? Int else { break }
            page = next
        }
        #expect(count > 200 && count < 230)
        let year2025 = harness.get(org, "filter[timeframe]=2025&page[size]=100")
        for item in items(year2025.json) {
            let created = (item["attributes"] as? [String: Any])?["created-at"] as? String ?? ""
            #expect(created.hasPrefix("2025-"))
        }
        #expect(!items(year2025.json).isEmpty)
    }

    @Test("workspace list pages carry links and meta; page[size] is capped at 100")
    func paging() throws {
        harness.sandbox.addHistoricalRuns(count: 250, workspace: "dev", span: 100 * 86_400)
        let path = "/api/v2/workspaces/\(harness.workspaceID("dev"))/runs"
        let first = harness.get(path, "page[number]=1&page[size]=500")
        let meta = pagination(first.json)
        #expect(items(first.json).count == 100)
        #expect(meta["page-size"] as? Int == 100)
        let total = try #require(meta["total-count"] as? Int)
        #expect(total > 250)
        #expect(meta["total-pages"] as? Int == (total + 99) / 100)
        #expect(meta["prev-page"] is NSNull && meta["next-page"] as? Int == 2)
        let links = try #require(first.json["links"] as? [String: Any])
        let next = try #require(links["next"] as? String)
        #expect(next == "https://sandbox.test\(path)?page%5Bnumber%5D=2&page%5Bsize%5D=100")
        #expect(links["prev"] is NSNull && links["last"] is String && links["first"] is String)
        let last = harness.get(path, "page[number]=3&page[size]=100")
        #expect(items(last.json).count == total - 200)
        #expect(pagination(last.json)["next-page"] is NSNull)
        let ordering =
            ids(first.json) + ids(harness.get(path, "page[number]=2&page[size]=100").json)
        #expect(Set(ordering).count == 200)
    }

    @Test("workspace search[name] matches part of the name; unknown names answer 404")
    func workspaceSearch() {
        let answer = harness.get(
            "/api/v2/organizations/example-org/workspaces",
            "search%5Bname%5D=dev"
        )
        let names = items(answer.json).compactMap {
            ($0["attributes"] as? [String: Any])?["name"] as? String
        }
        #expect(names == ["development", "dev", "dev-test"])
        #expect(harness.get("/api/v2/organizations/example-org/workspaces/nope").status == 404)
        #expect(harness.get("/api/v2/organizations/other-org").status == 404)
    }
}

@Suite("Run sources")
struct SourceFilterTests {
    @Test("filter[source] separates the pipeline's VCS runs from API runs")
    func sources() {
        let harness = SandboxHarness()
        let path = "/api/v2/organizations/example-org/runs"
        let vcs = ids(
            harness.get(path, "filter[source]=tfe-configuration-version&page[size]=100").json
        )
        let api = ids(harness.get(path, "filter[source]=tfe-api&page[size]=100").json)
        #expect(vcs.contains("run-K4jR7p9qZnYw2Lmp") && !vcs.contains("run-J7cW8p2qRmYx3Dkv"))
        #expect(api.contains("run-J7cW8p2qRmYx3Dkv") && Set(api).isDisjoint(with: vcs))
    }
}
