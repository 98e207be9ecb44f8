import Foundation
import Sandbox
import TerraformCloud

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Measures the client against the in-process sandbox: run-details requests a second, and the
/// time to page through 10,000 runs of one workspace.
enum ClientBenchmark {
    static func run(arguments: [String]) async {
        let sandbox = Sandbox()
        sandbox.addHistoricalRuns(count: 10_000, workspace: "feature-test", span: 86_400 * 365)
        let base = SandboxURLProtocol.register(sandbox)
        let client: TerraformCloudClient
        do {
            let configuration = try ClientConfiguration(
                address: base.absoluteString,
                token: APIToken("benchmark-token"),
                organization: ExampleOrganization.name
            )
            client = TerraformCloudClient(
                configuration: configuration,
                transport: URLSessionTransport(
                    configuration: SandboxURLProtocol.sessionConfiguration()
                )
            )
        } catch {
            print("could not set up the client: \(error)")
            return
        }
        await runDetails(client: client, seconds: Double(arguments.first ?? "") ?? 3)
        await paging(client: client)
    }

    /// Run-details requests (all seven includes) a second, with 8 in flight all the time:
    /// each of 8 lanes sends its next request as soon as its last one is answered.
    private static func runDetails(client: TerraformCloudClient, seconds: Double) async {
        let ids = ["run-J7cW8p2qRmYx3Dkv", "run-K4jR7p9qZnYw2Lmp", "run-S9pV6u3rDsEa8Ijf"]
        let start = Date()
        let deadline = start.addingTimeInterval(seconds)
        var count = 0
        var failures = 0
        await withTaskGroup(of: (Int, Int).self) { group in
            for lane in 0..<8 {
                group.addTask {
                    var answered = 0
                    var failed = 0
                    while Date() < deadline {
                        let id = ids[(lane + answered + failed) % ids.count]
                        if (try? await client.runDetails(id: id)) != nil {
                            answered += 1
                        } else {
                            failed += 1
                        }
                    }
                    return (answered, failed)
                }
            }
            for await (answered, failed) in group {
                count += answered
                failures += failed
            }
        }
        let elapsed = Date().timeIntervalSince(start)
        // Only answered requests count; a failure would make the figure look better than it is.
        let rate = Double(count) / elapsed
        print(
            String(
                format:
                    "run details: %d answered in %.2f s = %.0f requests/s (%d failed; goal >= 5000/s)",
                count,
                elapsed,
                rate,
                failures
            )
        )
    }

    /// Pages through every run of a workspace with 10,000 runs, 100 a page.
    private static func paging(client: TerraformCloudClient) async {
        var best = Double.infinity
        var total = 0
        for _ in 0..<3 {
            let start = Date()
            total = 0
            do {
                let options = RunListOptions(operations: RunOperation.all, pageSize: 100)
                for try await _ in try client.runs(workspaceName: "feature-test", options: options)
                {
                    total += 1
                }
            } catch {
                print("paging failed: \(error.localizedDescription)")
                return
            }
            best = min(best, Date().timeIntervalSince(start))
        }
        print(String(format: "paging: %d runs in %.3f s (best of 3; goal < 1 s)", total, best))
    }
}
