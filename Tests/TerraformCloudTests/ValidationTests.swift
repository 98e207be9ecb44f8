import Foundation
import TerraformCloud
import Testing

@Suite("IDs and names are checked before any request leaves")
struct ValidationTests {
    @Test(
        "malformed run IDs are refused without a request",
        arguments: [
            "run-short", "run-CZcmD7eagjhyX0vN1", "RUN-CZcmD7eagjhyX0vN", "run-CZcmD7eagjhyX0v!",
            "run-CZcmD7eagjhyX0v/", "", "ws-CZcmD7eagjhyX0vN",
        ]
    )
    func badRunIDs(id: String) async throws {
        let transport = StubTransport(replies: [.response(status: 202)])
        let client = try TestClient.make(transport)
        await #expect(throws: TerraformCloudError.self) {
            try await client.applyRun(id: id)
        }
        #expect(transport.count == 0)
    }

    @Test("a bad run ID's message names the value and the rule")
    func badRunIDMessage() {
        #expect(throws: TerraformCloudError.self) { try Identifiers.validateRunID("run-1") }
        do {
            try Identifiers.validateRunID("run-1")
        } catch {
            let message = error.localizedDescription
            #expect(message.contains("'run-1'"))
            #expect(message.contains("16 letters or digits"))
        }
    }

    @Test(
        "workspace names allow letters, digits, '-' and '_' only",
        arguments: [
            ("production", true), ("dev-test", true), ("prod_db_2", true), ("a/b", false),
            ("../runs", false), ("with space", false), ("", false), ("ünicode", false),
        ]
    )
    func workspaceNames(name: String, valid: Bool) {
        #expect(((try? Identifiers.validateWorkspaceName(name)) != nil) == valid)
    }

    @Test("a bad workspace name or ID sends nothing")
    func badWorkspace() async throws {
        let transport = StubTransport(replies: [.response(status: 200)])
        let client = try TestClient.make(transport)
        await #expect(throws: TerraformCloudError.self) {
            _ = try await client.workspace(named: "prod/../x")
        }
        await #expect(throws: TerraformCloudError.self) {
            _ = try await client.createRun(workspaceID: "workspace-1")
        }
        #expect(throws: TerraformCloudError.self) {
            _ = try client.runs(workspaceID: "ws-")
        }
        #expect(transport.count == 0)
    }

    @Test("an operation without any organization says how to give one")
    func missingOrganization() async throws {
        let configuration = try ClientConfiguration(token: APIToken("x"))
        let client = TerraformCloudClient(
            configuration: configuration,
            transport: StubTransport(replies: [.response(status: 200)])
        )
        await #expect(throws: TerraformCloudError.missingOrganization) {
            _ = try await client.workspace(named: "production")
        }
        #expect(
            TerraformCloudError.missingOrganization.localizedDescription.contains(
                "TFE_ORGANIZATION"
            )
        )
    }
}
