import Foundation
import Sandbox
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("SandboxURLProtocol and determinism")
struct TransportTests {
    /// Sends a request through a plain URLSession on the in-process transport.
    func fetch(_ request: URLRequest) async throws -> (HTTPURLResponse, Data) {
        let session = URLSession(configuration: SandboxURLProtocol.sessionConfiguration())
        let (data, response) = try await session.data(for: request)
        return (try #require(response as? HTTPURLResponse), data)
    }

    @Test("a URLSession reaches the sandbox through its registered base URL")
    func roundTrip() async throws {
        let sandbox = Sandbox()
        let base = SandboxURLProtocol.register(sandbox)
        defer { SandboxURLProtocol.unregister(base) }
        #expect(base.host?.hasSuffix(".tfcsh.invalid") == true)
        var request = URLRequest(
            url: base.appendingPathComponent("api/v2/runs/run-J7cW8p2qRmYx3Dkv")
        )
        request.setValue("Bearer anything", forHTTPHeaderField: "Authorization")
        let (response, data) = try await fetch(request)
        #expect(response.statusCode == 200)
        #expect(response.value(forHTTPHeaderField: "Content-Type") == "application/vnd.api+json")
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(attributes(json)["message"] as? String == "Plan requested via tfcsh")
        let plan = harness(sandbox).get("/api/v2/runs/run-J7cW8p2qRmYx3Dkv/plan")
        let logURL = try #require(
            URL(string: attributes(plan.json)["log-read-url"] as? String ?? "")
        )
        #expect(logURL.path.hasPrefix("/_archivist/"))
        let (logResponse, log) = try await fetch(
            URLRequest(url: base.appendingPathComponent(String(logURL.path.dropFirst())))
        )
        #expect(logResponse.statusCode == 200)
        #expect(log.first == 0x02 && log.last == 0x03)
    }

    @Test("the log-read-url the sandbox hands out points back at the registered host")
    func logURLHost() async throws {
        let sandbox = Sandbox()
        let base = SandboxURLProtocol.register(sandbox)
        defer { SandboxURLProtocol.unregister(base) }
        var request = URLRequest(
            url: base.appendingPathComponent("api/v2/runs/run-J7cW8p2qRmYx3Dkv/plan")
        )
        request.setValue("Bearer t", forHTTPHeaderField: "Authorization")
        let (_, data) = try await fetch(request)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let url = try #require(URL(string: attributes(json)["log-read-url"] as? String ?? ""))
        #expect(url.host == base.host && url.scheme == "https")
        let (response, log) = try await fetch(URLRequest(url: url))
        #expect(response.statusCode == 200)
        #expect(
            String(decoding: log, as: UTF8.self).contains(
                "aws_lambda_function.processor will be created"
            )
        )
    }

    @Test("POST bodies arrive, whether as httpBody or as a stream, and encoded brackets work")
    func postBodies() async throws {
        let sandbox = Sandbox()
        let base = SandboxURLProtocol.register(sandbox)
        defer { SandboxURLProtocol.unregister(base) }
        let body = Data(#"{"comment":"Applied via tfcsh"}"#.utf8)
        var apply = URLRequest(
            url: base.appendingPathComponent("api/v2/runs/run-K3jR7m9zXpYw2Ctn/actions/apply")
        )
        apply.httpMethod = "POST"
        apply.setValue("Bearer t", forHTTPHeaderField: "Authorization")
        apply.httpBodyStream = InputStream(data: body)
        let (applied, _) = try await fetch(apply)
        #expect(applied.statusCode == 202)
        let comments = harness(sandbox).get("/api/v2/runs/run-K3jR7m9zXpYw2Ctn/comments")
        #expect(
            (items(comments.json).first?["attributes"] as? [String: Any])?["body"] as? String
                == "Applied via tfcsh"
        )
        let workspace = sandbox.workspaceID(named: "staging") ?? ""
        let url = try #require(
            URL(
                string:
                    "\(base.absoluteString)/api/v2/workspaces/\(workspace)/runs?filter%5Bstatus%5D=confirmed&page%5Bsize%5D=5"
            )
        )
        var list = URLRequest(url: url)
        list.setValue("Bearer t", forHTTPHeaderField: "Authorization")
        let (_, data) = try await fetch(list)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(ids(json) == ["run-K3jR7m9zXpYw2Ctn"])
    }

    @Test("unregistered hosts are not claimed")
    func unregistered() {
        let base = SandboxURLProtocol.register(Sandbox())
        SandboxURLProtocol.unregister(base)
        #expect(!SandboxURLProtocol.canInit(with: URLRequest(url: base)))
    }

    @Test("two sandboxes given the same requests and clock answer the same bytes")
    func determinism() {
        let script: [(String, String, String?)] = [
            ("POST", "/api/v2/runs/run-B8yE5d2aLbNf7Sro/actions/force-execute", nil),
            ("GET", "/api/v2/runs/run-B8yE5d2aLbNf7Sro", nil),
            ("GET", "/api/v2/organizations/example-org/runs", nil),
            ("GET", "/api/v2/runs/run-J7cW8p2qRmYx3Dkv/plan", nil),
        ]
        func replay() -> [Data] {
            let harness = SandboxHarness()
            var bodies: [Data] = []
            let created = harness.send(
                "POST",
                "/api/v2/runs",
                body:
                    #"{"data":{"type":"runs","relationships":{"workspace":{"data":{"id":"\#(harness.workspaceID("sandbox"))"}}}}}"#
            )
            bodies.append(created.body)
            for (method, path, body) in script {
                bodies.append(harness.send(method, path, body: body).body)
                harness.sandbox.advance(by: 45)
            }
            bodies.append(
                harness.send("GET", "/api/v2/workspaces/\(harness.workspaceID("sandbox"))/runs")
                    .body
            )
            return bodies
        }
        #expect(replay() == replay())
        let other = SandboxHarness(seed: 7)
        #expect(other.workspaceID("production") != SandboxHarness().workspaceID("production"))
    }

    @Test("a sped-up real-time clock moves runs along on its own")
    func realTime() async throws {
        let sandbox = Sandbox(
            configuration: .init(clock: SandboxClock(mode: .realTime(speed: 2000)))
        )
        let start = sandbox.now
        let workspace = sandbox.workspaceID(named: "dev-test") ?? ""
        let body =
            #"{"data":{"type":"runs","attributes":{"plan-only":true},"relationships":{"workspace":{"data":{"id":"\#(workspace)"}}}}}"#
        let created = sandbox.handle(
            SandboxRequest(
                method: "POST",
                path: "/api/v2/runs",
                headers: ["Authorization": "Bearer t"],
                body: Data(body.utf8)
            )
        )
        let json = try #require(
            try JSONSerialization.jsonObject(with: created.body) as? [String: Any]
        )
        let id = try #require((json["data"] as? [String: Any])?["id"] as? String)
        try await Task.sleep(for: .milliseconds(200))
        #expect(sandbox.now.timeIntervalSince(start) >= 200)
        let run = SandboxView(sandbox: sandbox).get("/api/v2/runs/\(id)")
        #expect(attributes(run.json)["status"] as? String == "planned_and_finished")
    }

    @Test("the archivist honours go-tfe's limit and offset")
    func logPaging() throws {
        let harness = SandboxHarness()
        let whole = readLog(harness, run: "run-K4jR7p9qZnYw2Lmp", phase: "plan").text
        let plan = harness.get("/api/v2/runs/run-K4jR7p9qZnYw2Lmp/plan")
        let url = try #require(URL(string: attributes(plan.json)["log-read-url"] as? String ?? ""))
        let part = harness.sandbox.handle(
            SandboxRequest(method: "GET", path: url.path, query: "limit=10&offset=1")
        )
        #expect(Array(part.body) == Array(Array(whole.utf8)[1..<11]))
    }

    private func harness(_ sandbox: Sandbox) -> SandboxView {
        SandboxView(sandbox: sandbox)
    }
}

/// Reads JSON from a sandbox that a test built itself.
struct SandboxView {
    let sandbox: Sandbox

    func get(_ path: String) -> (status: Int, json: [String: Any]) {
        let response = sandbox.handle(
            SandboxRequest(method: "GET", path: path, headers: ["Authorization": "Bearer t"])
        )
        let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
        return (response.status, json ?? [:])
    }
}
