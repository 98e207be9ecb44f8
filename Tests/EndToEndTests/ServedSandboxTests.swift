import Foundation
import TestSupport
import Testing

/// The built binary serving the sandbox, and the built binary using it as the real service.
@Suite("tfcsh sandbox serve, end to end")
struct ServedSandboxTests {
    @Test("tfcsh pointed at the served sandbox answers as it does in process")
    func sameAnswers() throws {
        // Both sandboxes start at the same second, the local one frozen there: a local one on
        // the wall clock started a second later on a loaded machine and showed other times.
        // The remote one's ages are reckoned from the wall clock a moment later, which stays
        // within the same minute.
        let now = ISO8601DateFormatter().string(from: Date())
        let server = try ServeProcess(arguments: ["--token", "e2e-token-42", "--now", now])
        let sentences = ["-c", "list runs in production", "-c", "show run run-K3jR7m9zXpYw2Ctn"]
        let remote = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["--no-calls"] + sentences,
            environment: [
                "TFE_ADDRESS": server.address, "TFE_TOKEN": "e2e-token-42",
                "TFE_ORGANIZATION": "example-org",
            ]
        )
        let local = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["--sandbox", "--now", now, "--no-calls"] + sentences
        )
        let (status, log) = server.stop()
        #expect(remote.status == 0, "\(remote.standardError)")
        #expect(!remote.standardOutput.isEmpty)
        #expect(remote.standardOutput == local.standardOutput)
        #expect(status == 0)
        let lines = log.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("GET /api/v2/organizations/example-org/workspaces") })
        #expect(
            lines.contains {
                $0.hasPrefix("GET /api/v2/runs/run-K3jR7m9zXpYw2Ctn") && $0.contains(" 200 ")
            }
        )
        #expect(!log.contains("e2e-token-42"))
    }

    @Test("a wrong token gives the 401 message and a failing exit, not a trace")
    func wrongToken() throws {
        let server = try ServeProcess(arguments: ["--token", "right-token"])
        let result = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["-c", "list runs in production"],
            environment: [
                "TFE_ADDRESS": server.address, "TFE_TOKEN": "wrong-token",
                "TFE_ORGANIZATION": "example-org",
            ]
        )
        _ = server.stop()
        let all = result.standardOutput + result.standardError
        #expect(result.status != 0)
        #expect(all.contains("token"), "\(all)")
        #expect(all.contains("terraform login") || all.contains("TFE_TOKEN"), "\(all)")
        #expect(!all.contains("wrong-token"))
        #expect(!all.contains("Fatal error"))
    }

    @Test("SIGTERM stops the server cleanly and it says so")
    func stopsOnSignal() throws {
        let server = try ServeProcess(arguments: ["--quiet"])
        let (status, log) = server.stop()
        #expect(status == 0)
        #expect(log.contains("Stopping"))
    }

    @Test(
        "bad options are refused with what to type",
        arguments: [
            ["--port", "70000"], ["--faults", "drop=lots"], ["--latency", "-5"], ["--bogus"],
        ]
    )
    func badOptions(arguments: [String]) throws {
        let result = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["sandbox", "serve"] + arguments,
            timeout: 10
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("tfcsh sandbox serve"), "\(result.standardError)")
    }
}
