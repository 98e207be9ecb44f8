import Foundation
import Sandbox
import TerraformCloud

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Splits the cost of one run-details request between the sandbox and the client's decoding.
enum ProfileBenchmark {
    static func run(arguments: [String]) async {
        let sandbox = Sandbox()
        let request = SandboxRequest(
            method: "GET",
            path: "/api/v2/runs/run-J7cW8p2qRmYx3Dkv",
            query: "include=" + TerraformCloudClient.runDetailIncludes.joined(separator: ","),
            headers: ["Authorization": "Bearer x"]
        )
        var body = Data()
        let rounds = 2000
        var start = Date()
        for _ in 0..<rounds {
            body = sandbox.handle(request).body
        }
        report("sandbox handle", start, rounds)
        start = Date()
        for _ in 0..<rounds {
            _ = try? RunDetails(document: JSONAPIDocument.decode(body, expecting: "run"))
        }
        report("client decode", start, rounds)
        let list = SandboxRequest(
            method: "GET",
            path: "/api/v2/workspaces/\(sandbox.workspaceID(named: "production") ?? "")/runs",
            query: "page%5Bsize%5D=100",
            headers: ["Authorization": "Bearer x"]
        )
        start = Date()
        for _ in 0..<100 {
            body = sandbox.handle(list).body
        }
        report("sandbox list page", start, 100)
        print("list page bytes: \(body.count), detail bytes: \(sandbox.handle(request).body.count)")
        await transport(body: sandbox.handle(request).body)
    }

    /// Requests a second through `URLSessionTransport` to a handler that only returns a
    /// rendered run: what URLSession and the custom `URLProtocol` cost on their own.
    private static func transport(body: Data) async {
        let base = SandboxURLProtocol.register(FixedAnswer(body: body))
        let transport = URLSessionTransport(
            configuration: SandboxURLProtocol.sessionConfiguration()
        )
        let url = base.appendingPathComponent("api/v2/runs/run-J7cW8p2qRmYx3Dkv")
        let rounds = 4000
        let start = Date()
        await withTaskGroup(of: Void.self) { group in
            for lane in 0..<8 {
                group.addTask {
                    for _ in stride(from: lane, to: rounds, by: 8) {
                        _ = try? await transport.send(URLRequest(url: url))
                    }
                }
            }
        }
        let rate = Double(rounds) / Date().timeIntervalSince(start)
        print(String(format: "transport alone, 8 in flight: %.0f requests/s", rate))
    }

    private static func report(_ what: String, _ start: Date, _ rounds: Int) {
        let each = Date().timeIntervalSince(start) / Double(rounds) * 1_000_000
        print(String(format: "%@: %.1f µs each", what, each))
    }
}

/// Answers every request with the same body.
private struct FixedAnswer: SandboxRequestHandling {
    let body: Data

    func handle(_ request: SandboxRequest) -> SandboxResponse {
        SandboxResponse(
            status: 200,
            headers: ["Content-Type": "application/vnd.api+json"],
            body: body
        )
    }
}
