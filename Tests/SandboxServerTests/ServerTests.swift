import Foundation
import Sandbox
import SandboxServer
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("The sandbox served over HTTP")
struct ServerTests {
    @Test("the ping and service discovery answer as real installations do, without a token")
    func pingAndDiscovery() async throws {
        let served = try ServedSandbox()
        let ping = try await served.send("/api/v2/ping", token: .some(nil))
        #expect(ping.status == 204)
        #expect(ping.headers["x-ratelimit-limit"] == "30")
        let discovery = try await served.send("/.well-known/terraform.json", token: .some(nil))
        #expect(discovery.status == 200)
        #expect(ServedSandbox.json(discovery.body)["tfe.v2"] as? String == "/api/v2/")
    }

    @Test("a missing or wrong token is refused with a JSON:API 401", arguments: [nil, "wrong"])
    func refusesTokens(token: String?) async throws {
        let served = try ServedSandbox()
        let answer = try await served.send(
            "/api/v2/organizations/example-org/workspaces/production",
            token: .some(token)
        )
        #expect(answer.status == 401)
        let errors = ServedSandbox.json(answer.body)["errors"] as? [[String: Any]]
        #expect(errors?.first?["status"] as? String == "401")
    }

    @Test(
        "the Authorization scheme is read without regard to case",
        arguments: ["Bearer", "bearer", "BEARER"]
    )
    func schemeCase(scheme: String) async throws {
        let served = try ServedSandbox()
        let answer = try await served.send(
            "/api/v2/organizations/example-org/workspaces/production",
            scheme: scheme
        )
        #expect(answer.status == 200)
    }

    @Test("the right token reads a workspace by name")
    func readsWorkspace() async throws {
        let served = try ServedSandbox()
        let answer = try await served.send(
            "/api/v2/organizations/example-org/workspaces/production"
        )
        #expect(answer.status == 200)
        let data = ServedSandbox.json(answer.body)["data"] as? [String: Any]
        #expect(data?["id"] as? String == served.sandbox.workspaceID(named: "production"))
    }

    @Test("encoded brackets and commas in the query reach the router as filters")
    func queryDecoding() async throws {
        let served = try ServedSandbox()
        let answer = try await served.send(
            "/api/v2/organizations/example-org/runs?filter%5Bstatus%5D=errored%2Cdiscarded"
                + "&page%5Bsize%5D=3&search%5Buser%5D="
        )
        #expect(answer.status == 200)
        let body = ServedSandbox.json(answer.body)
        let runs = body["data"] as? [[String: Any]] ?? []
        let statuses = runs.compactMap {
            ($0["attributes"] as? [String: Any])?["status"] as? String
        }
        #expect(runs.count == 3)
        #expect(statuses.allSatisfy { ["errored", "discarded"].contains($0) })
        let pagination = (body["meta"] as? [String: Any])?["pagination"] as? [String: Any]
        #expect(pagination?["page-size"] as? Int == 3)
    }

    @Test("an action with a null body or a comment is accepted with an empty 202")
    func actions() async throws {
        let served = try ServedSandbox()
        let discard = try await served.send(
            "/api/v2/runs/run-Z6wC3b0yKzLh5Pqm/actions/discard",
            method: "POST",
            body: Data("null".utf8)
        )
        #expect(discard.status == 202)
        #expect(discard.body.isEmpty)
        let apply = try await served.send(
            "/api/v2/runs/run-K3jR7m9zXpYw2Ctn/actions/apply",
            method: "POST",
            body: Data(#"{"comment":"Looks good"}"#.utf8)
        )
        #expect(apply.status == 202)
        let again = try await served.send(
            "/api/v2/runs/run-K3jR7m9zXpYw2Ctn/actions/apply",
            method: "POST",
            body: Data("null".utf8)
        )
        #expect(again.status == 409)
    }

    @Test("a run created over HTTP is the sandbox's, with the message sent")
    func createsRun() async throws {
        let served = try ServedSandbox()
        let workspace = try #require(served.sandbox.workspaceID(named: "sandbox"))
        let before = served.sandbox.runCount
        let body = """
            {"data":{"type":"runs","attributes":{"message":"over HTTP","plan-only":true},
            "relationships":{"workspace":{"data":{"type":"workspaces","id":"\(workspace)"}}}}}
            """
        let answer = try await served.send("/api/v2/runs", method: "POST", body: Data(body.utf8))
        #expect(answer.status == 201)
        let attributes =
            (ServedSandbox.json(answer.body)["data"] as? [String: Any])?["attributes"]
            as? [String: Any]
        #expect(attributes?["message"] as? String == "over HTTP")
        #expect(served.sandbox.runCount == before + 1)
    }

    @Test("latency is added before every answer")
    func latency() async throws {
        let served = try ServedSandbox(latency: 0.15)
        let start = Date()
        _ = try await served.send("/api/v2/ping")
        #expect(Date().timeIntervalSince(start) >= 0.15)
    }

    @Test("one log line per request, with method, path, status and time, never the token")
    func logsWithoutToken() async throws {
        let served = try ServedSandbox(token: "very-secret-token-123")
        _ = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn")
        _ = try await served.send("/api/v2/runs/run-K3jR7m9zXpYw2Ctn", token: .some("other"))
        let log = served.log
        #expect(log.count == 2)
        #expect(log.first?.hasPrefix("GET /api/v2/runs/run-K3jR7m9zXpYw2Ctn 200 ") == true)
        #expect(log.last?.contains(" 401 ") == true)
        #expect(log.allSatisfy { $0.hasSuffix(" ms") })
        #expect(!log.joined().contains("very-secret-token-123"))
    }

    @Test("stop closes the port, and a second stop is harmless")
    func stops() async throws {
        let served = try ServedSandbox()
        _ = try await served.send("/api/v2/ping")
        served.server.stop()
        served.server.stop()
        #expect(served.server.port == 0)
        await #expect(throws: (any Error).self) {
            _ = try await served.send("/api/v2/ping")
        }
    }

    @Test("a port in use is reported with what to do")
    func portInUse() throws {
        let first = try ServedSandbox()
        let second = SandboxServer(
            handler: Sandbox(),
            configuration: ServerConfiguration(port: first.port)
        )
        #expect(throws: ServerError.cannotListen(host: "127.0.0.1", port: first.port)) {
            try second.start()
        }
        let message = ServerError.cannotListen(host: "127.0.0.1", port: 1).localizedDescription
        #expect(message.contains("--port"))
    }

    @Test("a host that is not an IPv4 address is refused")
    func badHost() {
        let server = SandboxServer(
            handler: Sandbox(),
            configuration: ServerConfiguration(host: "localhost.example")
        )
        #expect(throws: ServerError.badHost("localhost.example")) { try server.start() }
    }
}
