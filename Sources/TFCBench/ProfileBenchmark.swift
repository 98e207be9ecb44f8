import Foundation
import Sandbox
import TerraformCloud

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
    }

    private static func report(_ what: String, _ start: Date, _ rounds: Int) {
        let each = Date().timeIntervalSince(start) / Double(rounds) * 1_000_000
        print(String(format: "%@: %.1f µs each", what, each))
    }
}
