import Foundation
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("Lists are fetched lazily and workspace IDs are cached")
struct PagingAndCacheTests {
    /// A page of two runs, saying there is another page unless it is the last.
    static func runPage(_ page: Int, of last: Int) -> Data {
        let runs = (0..<2).map { index in
            let id = String(format: "run-%015dX", page * 10 + index)
            return """
                {"id":"\(id)","type":"runs","attributes":{"status":"applied","message":"m"}}
                """
        }
        let next = page < last ? String(page + 1) : "null"
        let previous = page > 1 ? String(page - 1) : "null"
        return Data(
            """
            {"data":[\(runs.joined(separator: ","))],
             "meta":{"pagination":{"current-page":\(page),"next-page":\(next),
             "prev-page":\(previous),"page-size":2}}}
            """.utf8
        )
    }

    static func pagedTransport(last: Int = 5) -> StubTransport {
        StubTransport { request, _ in
            let page = Int(request.queryPairs["page[number]"] ?? "1") ?? 1
            return .ok(runPage(page, of: last))
        }
    }

    @Test("breaking out after the first page sends no further request")
    func earlyExit() async throws {
        let transport = Self.pagedTransport()
        let client = try TestClient.make(transport)
        let runs = try client.runs(
            organization: "example-org",
            options: RunListOptions(pageSize: 2)
        )
        #expect(transport.count == 0)
        var seen = 0
        for try await _ in runs {
            seen += 1
            if seen == 2 { break }
        }
        #expect(transport.count == 1)
        #expect(try await runs.collect(limit: 3).count == 3)
        #expect(transport.count == 3)
    }

    @Test("iteration follows next-page until the last page")
    func followsNextPage() async throws {
        let transport = Self.pagedTransport(last: 3)
        let client = try TestClient.make(transport)
        let runs = try await client.runs(workspaceID: "ws-LLGHCr4SWy28wyGN").collect()
        #expect(runs.count == 6)
        #expect(transport.requests.map { $0.queryPairs["page[number]"] } == ["1", "2", "3"])
        #expect(Set(runs.map(\.id)).count == 6)
    }

    @Test("a response without pagination ends the list after one page")
    func noPagination() async throws {
        let body = try Fixture.shared("comment-list.response.json")
        let transport = StubTransport(replies: [.ok(body)])
        let sequence = PagedSequence<Int> { _ in
            let (data, _) = try await transport.send(URLRequest(url: URL(fileURLWithPath: "/")))
            let document = try JSONDecoder().decode(JSONAPIDocument.self, from: data)
            return Page(items: document.data.map { _ in 1 }, pagination: document.pagination)
        }
        #expect(try await sequence.collect().count == 2)
        #expect(transport.count == 1)
    }

    @Test("creating a run in a named workspace costs 2 requests the first time and 1 after")
    func workspaceCache() async throws {
        let workspace = try Fixture.shared("workspace-show.response.json")
        let created = try Fixture.shared("run-create.response.json")
        let transport = StubTransport { request, _ in
            request.httpMethod == "POST"
                ? .response(status: 201, body: created) : .ok(workspace)
        }
        let client = try TestClient.make(transport)
        let options = RunCreateOptions(message: "Plan requested via tfcsh", planOnly: true)

        _ = try await client.createRun(workspaceName: "workspace-1", options: options)
        #expect(transport.count == 2)
        #expect(
            transport.requests.first?.url?.path
                == "/api/v2/organizations/example-org/workspaces/workspace-1"
        )

        _ = try await client.createRun(workspaceName: "workspace-1", options: options)
        #expect(transport.count == 3)
        #expect(transport.requests.last?.httpMethod == "POST")
        let workspaceID = transport.requests.last?.jsonBody?["data"]?["relationships"]?["workspace"]
        #expect(workspaceID?["data"]?["id"] == .string("ws-6jrRyVDv1J8zQMB5"))
        #expect(client.cachedWorkspaceID(named: "workspace-1") == "ws-6jrRyVDv1J8zQMB5")
    }

    @Test("a cached workspace ID that is gone is looked up once more, and the run made there")
    func goneWorkspace() async throws {
        let workspace = try Fixture.shared("workspace-show.response.json")
        let remade = try #require(
            String(data: workspace, encoding: .utf8)?
                .replacingOccurrences(of: "ws-6jrRyVDv1J8zQMB5", with: "ws-NewIDAfterRemake1")
        )
        let created = try Fixture.shared("run-create.response.json")
        // Requests: lookup, create; then the workspace is made again under a new ID.
        let transport = StubTransport { request, index in
            if request.httpMethod == "POST" {
                return index == 2
                    ? .error(404, detail: "not found") : .response(status: 201, body: created)
            }
            return .ok(index == 0 ? workspace : Data(remade.utf8))
        }
        let client = try TestClient.make(transport)
        _ = try await client.createRun(workspaceName: "workspace-1")
        _ = try await client.createRun(workspaceName: "workspace-1")
        #expect(
            transport.requests.map { $0.httpMethod ?? "" } == [
                "GET", "POST", "POST", "GET", "POST",
            ]
        )
        let sentTo = transport.requests.last?.jsonBody?["data"]?["relationships"]?["workspace"]
        #expect(sentTo?["data"]?["id"] == .string("ws-NewIDAfterRemake1"))
        #expect(client.cachedWorkspaceID(named: "workspace-1") == "ws-NewIDAfterRemake1")
    }

    @Test("a 404 on a workspace's runs forgets the name cached for it")
    func forgottenOnListing() async throws {
        let workspace = try Fixture.shared("workspace-show.response.json")
        let transport = StubTransport { request, _ in
            request.url?.path.hasSuffix("/runs") == true
                ? .error(404, detail: "not found") : .ok(workspace)
        }
        let client = try TestClient.make(transport)
        _ = try await client.workspace(named: "workspace-1")
        #expect(client.cachedWorkspaceID(named: "workspace-1") == "ws-6jrRyVDv1J8zQMB5")
        await #expect(throws: TerraformCloudError.self) {
            _ = try await client.runs(workspaceID: "ws-6jrRyVDv1J8zQMB5").collect()
        }
        #expect(client.cachedWorkspaceID(named: "workspace-1") == nil)
    }

    @Test("listing runs of a named workspace reuses the cached ID")
    func namedWorkspaceRuns() async throws {
        let workspace = try Fixture.shared("workspace-show.response.json")
        let runs = try Fixture.shared("run-list-org.response.json")
        let transport = StubTransport { request, _ in
            request.url?.path.hasSuffix("/runs") == true ? .ok(runs) : .ok(workspace)
        }
        let client = try TestClient.make(transport)
        let sequence = try client.runs(workspaceName: "workspace-1", organization: "example-org")
        #expect(transport.count == 0)
        var iterator = sequence.makeAsyncIterator()
        _ = try await iterator.next()
        #expect(transport.count == 2)
        _ = try await client.runs(workspaceName: "workspace-1").collect(limit: 1)
        #expect(transport.count == 3)
        #expect(transport.requests.last?.url?.path == "/api/v2/workspaces/ws-6jrRyVDv1J8zQMB5/runs")
    }

    @Test("an organization's workspaces are listed lazily and fill the cache")
    func workspaceList() async throws {
        let transport = StubTransport(replies: [
            .ok(try Fixture.shared("workspace-list.response.json"))
        ])
        let client = try TestClient.make(transport)
        let workspaces = try await client.workspaces(pageSize: 50).collect()
        #expect(workspaces.map(\.id) == ["ws-6jrRyVDv1J8zQMB5"])
        #expect(transport.requests.first?.queryPairs == ["page[number]": "1", "page[size]": "50"])
        #expect(try await client.workspaceID(named: "workspace-1") == "ws-6jrRyVDv1J8zQMB5")
        #expect(transport.count == 1)
    }
}

@Suite("Run lists join each run with the page's included resources")
struct RunListIncludesTests {
    @Test("a listed run carries its included plan, creator and commit")
    func listWithIncludes() async throws {
        var document = try Fixture.json(Fixture.local("run-with-includes.json"))
        guard case .object(var members) = document, let run = members["data"] else {
            Issue.record("the fixture is not an object")
            return
        }
        members["data"] = .array([run])
        members["meta"] = .object(["pagination": .object(["current-page": .integer(1)])])
        document = .object(members)
        let transport = StubTransport(replies: [.ok(try JSONEncoder().encode(document))])
        let client = try TestClient.make(transport)
        let options = RunListOptions(include: ["plan", "created_by"])
        let runs = try await client.runs(organization: nil, options: options).collect()
        #expect(runs.count == 1)
        #expect(runs.first?.plan?.resourceAdditions == 2)
        #expect(runs.first?.createdBy?.email == "admin@example.com")
        #expect(runs.first?.commit?.branch == "main")
        #expect(transport.requests.first?.queryPairs["include"] == "plan,created_by")
    }

    @Test("comments and a workspace by ID are read from their documented paths")
    func commentsAndWorkspaceByID() async throws {
        let transport = StubTransport { request, _ in
            switch request.url?.path {
            case "/api/v2/runs/run-CZcmD7eagjhyX0vN/comments":
                return .ok((try? Fixture.shared("comment-list.response.json")) ?? Data())
            case "/api/v2/workspaces/ws-6jrRyVDv1J8zQMB5":
                return .ok((try? Fixture.shared("workspace-show.response.json")) ?? Data())
            default:
                return .error(404, detail: "not found")
            }
        }
        let client = try TestClient.make(transport)
        let comments = try await client.comments(runID: "run-CZcmD7eagjhyX0vN")
        #expect(comments.count == 2)
        let workspace = try await client.workspace(id: "ws-6jrRyVDv1J8zQMB5")
        #expect(workspace.name == "workspace-1")
        #expect(
            try await client.workspaceID(named: "workspace-1", organization: "my-organization")
                == "ws-6jrRyVDv1J8zQMB5"
        )
        #expect(transport.count == 2)
    }
}
