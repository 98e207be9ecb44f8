import Foundation
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite("The token goes only to the configured host and never into text")
struct TokenSafetyTests {
    @Test(
        "plain http is refused except to loopback",
        arguments: [
            ("http://tfe.example.com", false), ("http://10.0.0.5:8080", false),
            ("http://127.0.0.1:8080", true), ("http://127.1.2.3", true),
            ("http://localhost:9999", true), ("http://[::1]:8080", true),
            ("https://tfe.example.com", true),
        ]
    )
    func plainHTTP(address: String, allowed: Bool) async throws {
        let body = try Fixture.shared("run-show.response.json")
        let transport = StubTransport(replies: [.ok(body)])
        let client = try TestClient.make(transport, address: address)
        do {
            _ = try await client.run(id: "run-CZcmD7eagjhyX0vN")
            #expect(allowed)
            #expect(transport.count == 1)
        } catch let error as TerraformCloudError {
            #expect(!allowed)
            #expect(error == .insecureAddress(address))
            #expect(error.localizedDescription.contains("https"))
            #expect(transport.count == 0)
        }
    }

    @Test("the token's description, debug description and dump are redacted")
    func redactedToken() throws {
        let token = APIToken(TestClient.token)
        var dumped = ""
        dump(token, to: &dumped)
        let configuration = try TestClient.configuration()
        var dumpedConfiguration = ""
        dump(configuration, to: &dumpedConfiguration)
        for text in [
            "\(token)", String(reflecting: token), dumped, "\(configuration)",
            dumpedConfiguration,
        ] {
            #expect(!text.contains(TestClient.token))
        }
    }

    @Test("log lines and error messages never contain the token")
    func noTokenInLogsOrErrors() async throws {
        let logger = MemoryLogHandler()
        let secretEcho = "bad token \(TestClient.token)"
        let transport = StubTransport { _, index in
            index == 0 ? .error(401, detail: "refused") : .error(409, detail: secretEcho)
        }
        let client = try TestClient.make(transport, logger: logger)
        var messages: [String] = []
        for id in ["run-CZcmD7eagjhyX0vN", "run-CZcmD7eagjhyX0vM"] {
            do {
                try await client.applyRun(id: id)
            } catch {
                messages.append(error.localizedDescription)
            }
        }
        #expect(messages.count == 2)
        #expect(messages.first?.contains("terraform login") == true)
        #expect(logger.entries.count == 2)
        #expect(logger.entries.allSatisfy { !$0.message.contains(TestClient.token) })
        #expect(
            logger.entries.first?.message.contains("POST https://app.terraform.io/api/v2/runs/")
                == true
        )
        #expect(logger.entries.first?.message.contains(" 401 ") == true)
        #expect(logger.entries.first?.level == .debug)
        #expect(messages.allSatisfy { !$0.contains(TestClient.token) })
        #expect(messages.last?.contains("[redacted]") == true)
    }

    @Test("a pre-signed log URL is fetched without the token and logged without its secret")
    func logFetch() async throws {
        let plan = try Fixture.shared("plan-show.response.json")
        let log =
            Data([0x02]) + Data("Terraform v1.5.2\nPlan: 0 to add, 1 to change.\n".utf8)
            + Data([0x03])
        let transport = StubTransport { request, _ in
            request.url?.host == "archivist.terraform.io" ? .ok(log) : .ok(plan)
        }
        let logger = MemoryLogHandler()
        let client = try TestClient.make(transport, logger: logger)
        let text = try await client.planLog(runID: "run-CZcmD7eagjhyX0vN")
        #expect(text == "Terraform v1.5.2\nPlan: 0 to add, 1 to change.\n")
        let logRequest = try #require(transport.requests.last)
        #expect(logRequest.url?.host == "archivist.terraform.io")
        #expect(logRequest.value(forHTTPHeaderField: "Authorization") == nil)
        #expect(transport.requests.first?.value(forHTTPHeaderField: "Authorization") != nil)
        let path = try #require(logRequest.url?.lastPathComponent)
        #expect(logger.entries.allSatisfy { !$0.message.contains(path) })
    }
}
