import Foundation
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("The requests the client sends match the API reference")
struct RequestShapeTests {
    private static let runID = "run-CZcmD7eagjhyX0vN"
    private static let workspaceID = "ws-LLGHCr4SWy28wyGN"

    private func createdRunTransport() throws -> StubTransport {
        let body = try Fixture.shared("run-create.response.json")
        return StubTransport(replies: [.response(status: 201, body: body)])
    }

    @Test("creating a run posts the documented payload to /api/v2/runs")
    func createRunBody() async throws {
        let transport = try createdRunTransport()
        let client = try TestClient.make(transport)
        let options = RunCreateOptions(
            message: "Custom message",
            configurationVersionID: "cv-n4XQPBa2QnecZJ4G"
        )
        let run = try await client.createRun(workspaceID: Self.workspaceID, options: options)
        #expect(run.status == .pending)

        let request = try #require(transport.requests.first)
        #expect(request.httpMethod == "POST")
        #expect(request.url?.absoluteString == "https://app.terraform.io/api/v2/runs")
        let expected = try Fixture.json(Fixture.shared("run-create.payload.json"))
        #expect(request.jsonBody == expected)
    }

    @Test("run options send only the keys that were set, including auto-apply false")
    func createRunAttributes() throws {
        let options = RunCreateOptions(
            message: "Targeted",
            planOnly: true,
            isDestroy: true,
            refreshOnly: false,
            autoApply: false,
            targetAddresses: ["module.database", "aws_rds_cluster.main"],
            replaceAddresses: ["aws_instance.web"],
            variables: [
                RunVariable(key: "replicas", value: "2"),
                RunVariable(key: "access_key", value: "\"ABCDE12345\""),
            ]
        )
        let attributes = options.document(workspaceID: Self.workspaceID)["data"]?["attributes"]
        let fragment = try Fixture.json(Fixture.shared("run-create-variables.fragment.json"))
        #expect(attributes?["variables"] == fragment["attributes"]?["variables"])
        #expect(attributes?["plan-only"] == .bool(true))
        #expect(attributes?["is-destroy"] == .bool(true))
        #expect(attributes?["auto-apply"] == .bool(false))
        #expect(attributes?["refresh-only"] == nil)
        #expect(
            attributes?["target-addrs"]
                == .array([.string("module.database"), .string("aws_rds_cluster.main")])
        )
        #expect(attributes?["replace-addrs"] == .array([.string("aws_instance.web")]))

        let bare = RunCreateOptions().document(workspaceID: Self.workspaceID)
        #expect(bare["data"]?["attributes"] == .object([:]))
        #expect(bare["data"]?["relationships"]?["configuration-version"] == nil)
    }

    @Test(
        "each action posts its documented comment body, with the JSON:API content type",
        arguments: [
            (RunAction.apply, "run-apply.payload.json"),
            (RunAction.discard, "run-discard.payload.json"),
            (RunAction.cancel, "run-cancel.payload.json"),
            (RunAction.forceCancel, "run-force-cancel.payload.json"),
        ]
    )
    func actionBodies(action: RunAction, fixture: String) async throws {
        let transport = StubTransport(replies: [.response(status: 202)])
        let client = try TestClient.make(transport)
        let expected = try Fixture.json(Fixture.shared(fixture))
        let comment = try #require(expected["comment"]?.stringValue)

        try await client.perform(action, runID: Self.runID, comment: comment)

        let request = try #require(transport.requests.first)
        #expect(request.httpMethod == "POST")
        #expect(
            request.url?.path == "/api/v2/runs/\(Self.runID)/actions/\(action.pathComponent)"
        )
        #expect(request.jsonBody == expected)
        #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/vnd.api+json")
    }

    @Test("force-execute and comment-less actions send no body but still the content type")
    func actionsWithoutBody() async throws {
        let transport = StubTransport(replies: [.response(status: 202)])
        let client = try TestClient.make(transport)
        try await client.forceExecuteRun(id: Self.runID)
        try await client.applyRun(id: Self.runID)
        for request in transport.requests {
            #expect(request.httpBody == nil || request.httpBody?.isEmpty == true)
            #expect(request.value(forHTTPHeaderField: "Content-Type") == "application/vnd.api+json")
        }
        #expect(transport.requests.map { $0.url?.lastPathComponent } == ["force-execute", "apply"])
    }

    @Test("every request carries Accept, User-Agent and the bearer token; GETs no Content-Type")
    func headers() async throws {
        let body = try Fixture.shared("run-show.response.json")
        let transport = StubTransport(replies: [.ok(body)])
        let client = try TestClient.make(transport)
        _ = try await client.run(id: Self.runID)
        let request = try #require(transport.requests.first)
        #expect(request.httpMethod == "GET")
        #expect(request.value(forHTTPHeaderField: "Accept") == "application/vnd.api+json")
        #expect(request.value(forHTTPHeaderField: "Authorization") == "Bearer \(TestClient.token)")
        #expect(request.value(forHTTPHeaderField: "User-Agent")?.hasPrefix("tfcsh/") == true)
        #expect(request.value(forHTTPHeaderField: "Content-Type") == nil)
    }

    @Test("run details ask for every include the join needs")
    func runDetailsIncludes() async throws {
        let transport = StubTransport(replies: [.ok(try Fixture.local("run-with-includes.json"))])
        let client = try TestClient.make(transport)
        let details = try await client.runDetails(id: "run-J7cW8p2qRmYx3Dkv")
        #expect(details.commit?.shortSHA == "7a8b9c0d")
        let request = try #require(transport.requests.first)
        #expect(request.url?.path == "/api/v2/runs/run-J7cW8p2qRmYx3Dkv")
        let include = request.queryPairs["include"]?.split(separator: ",").map(String.init)
        #expect(
            include == [
                "plan", "apply", "created_by", "configuration_version",
                "configuration_version.ingress_attributes", "workspace", "cost_estimate",
            ]
        )
    }

    @Test("a workspace run list sends every filter by its documented name")
    func workspaceListQuery() async throws {
        let transport = StubTransport(replies: [
            .ok(try Fixture.shared("run-list-org.response.json"))
        ])
        let client = try TestClient.make(transport)
        let options = RunListOptions(
            statuses: [.planned, .policyChecked],
            operations: [.planOnly, .planAndApply],
            sources: [.api],
            statusGroup: .nonFinal,
            timeframe: "2024",
            workspaceNames: ["ignored-for-workspaces"],
            agentPoolNames: ["pool-a"],
            user: "jane",
            commit: "7a8b9c0d",
            search: "lambda",
            include: ["plan", "created_by"],
            pageSize: 10,
            startPage: 3
        )
        var iterator = try client.runs(workspaceID: Self.workspaceID, options: options)
            .makeAsyncIterator()
        _ = try await iterator.next()

        let request = try #require(transport.requests.first)
        #expect(request.url?.path == "/api/v2/workspaces/\(Self.workspaceID)/runs")
        #expect(request.url?.query?.contains("filter%5Bstatus%5D=planned%2Cpolicy_checked") == true)
        #expect(
            request.queryPairs == [
                "page[number]": "3", "page[size]": "10",
                "filter[status]": "planned,policy_checked",
                "filter[operation]": "plan_only,plan_and_apply",
                "filter[source]": "tfe-api", "filter[status_group]": "non_final",
                "filter[timeframe]": "2024", "filter[agent_pool_names]": "pool-a",
                "search[user]": "jane", "search[commit]": "7a8b9c0d", "search[basic]": "lambda",
                "include": "plan,created_by",
            ]
        )
    }

    @Test("an organization run list sends workspace names and leaves empty filters out")
    func organizationListQuery() async throws {
        let transport = StubTransport(replies: [
            .ok(try Fixture.shared("run-list-org.response.json"))
        ])
        let client = try TestClient.make(transport)
        let options = RunListOptions(
            statuses: [],
            workspaceNames: ["production", " "],
            user: "",
            search: "  ",
            pageSize: 500
        )
        var iterator = try client.runs(organization: "example-org", options: options)
            .makeAsyncIterator()
        _ = try await iterator.next()

        let request = try #require(transport.requests.first)
        #expect(request.url?.path == "/api/v2/organizations/example-org/runs")
        #expect(
            request.queryPairs == [
                "page[number]": "1", "page[size]": "100", "filter[workspace_names]": "production",
            ]
        )
    }

    @Test("plans, applies, resources, variables, account and ping use their documented paths")
    func otherPaths() async throws {
        let replies: [String: Data] = [
            "/api/v2/plans/plan-8F5JFydVYAmtTjET": try Fixture.shared("plan-show.response.json"),
            "/api/v2/runs/\(Self.runID)/plan": try Fixture.shared("plan-show.response.json"),
            "/api/v2/applies/apply-47MBvjwzBG8YKc2v": try Fixture.shared(
                "apply-show.response.json"
            ),
            "/api/v2/workspaces/\(Self.workspaceID)/resources": try Fixture.local(
                "workspace-resources.json"
            ),
            "/api/v2/workspaces/\(Self.workspaceID)/vars": try Fixture.local("workspace-vars.json"),
            "/api/v2/account/details": try Fixture.local("account-details.json"),
            "/api/v2/organizations/hashicorp": try Fixture.shared(
                "organization-show.response.json"
            ),
            "/api/v2/ping": Data(),
        ]
        let transport = StubTransport { request, _ in
            replies[request.url?.path ?? ""].map(StubReply.ok) ?? .error(404, detail: "no")
        }
        let client = try TestClient.make(transport)
        #expect(try await client.plan(id: "plan-8F5JFydVYAmtTjET").resourceChanges == 1)
        #expect(try await client.plan(runID: Self.runID).id == "plan-8F5JFydVYAmtTjET")
        #expect(try await client.apply(id: "apply-47MBvjwzBG8YKc2v").resourceAdditions == 1)
        let resources = try await client.resources(workspaceID: Self.workspaceID).collect()
        #expect(resources.count == 2)
        #expect(try await client.variables(workspaceID: Self.workspaceID).count == 2)
        #expect(try await client.currentAccount().email == "admin@example.com")
        #expect(try await client.organization(named: "hashicorp").id == "hashicorp")
        try await client.ping()
        #expect(transport.count == 8)
    }
}
