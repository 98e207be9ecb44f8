import Foundation
import TerraformCloud
import Testing

@Suite("HTTP errors become messages that say what happened and what to do")
struct ErrorMessageTests {
    private static let runID = "run-CZcmD7eagjhyX0vN"

    private func failure(_ reply: StubReply, _ call: (TerraformCloudClient) async throws -> Void)
        async throws -> TerraformCloudError
    {
        let client = try TestClient.make(StubTransport(replies: [reply]))
        do {
            try await call(client)
        } catch let error as TerraformCloudError {
            return error
        }
        throw TerraformCloudError.unexpectedResponse("the call succeeded")
    }

    @Test("a 409 on apply gives the server's reason and what to do next")
    func conflictOnApply() async throws {
        let reason = "Run was not paused for confirmation; apply not allowed."
        let error = try await failure(.error(409, detail: reason)) {
            try await $0.applyRun(id: Self.runID)
        }
        #expect(error == .conflict(subject: "run \(Self.runID)", action: .apply, reason: reason))
        let message = error.localizedDescription
        #expect(message.contains("Cannot apply run \(Self.runID)"))
        #expect(message.contains(reason))
        #expect(message.contains("awaiting confirmation"))
        #expect(message.contains("Show the run"))
    }

    @Test(
        "each action's 409 explains what that action needs",
        arguments: [
            (RunAction.discard, "pending"), (RunAction.cancel, "planning or applying"),
            (RunAction.forceCancel, "cool-off"), (RunAction.forceExecute, "pending run blocked"),
        ]
    )
    func conflictPerAction(action: RunAction, phrase: String) async throws {
        let error = try await failure(.error(409, detail: "not allowed")) {
            try await $0.perform(action, runID: Self.runID)
        }
        #expect(error.localizedDescription.contains(phrase))
        #expect(error.localizedDescription.contains("not allowed"))
    }

    @Test("a 401 says the token was refused and how to log in")
    func unauthorized() async throws {
        let error = try await failure(.error(401, detail: "unauthorized")) {
            _ = try await $0.currentAccount()
        }
        #expect(error.httpStatus == 401)
        #expect(error.localizedDescription.contains("terraform login"))
        #expect(error.localizedDescription.contains("TFE_TOKEN"))
    }

    @Test(
        "a detail that ends in a period never makes a double period",
        arguments: [
            TerraformCloudError.unauthorized(detail: "The token is not the one this server has."),
            .serverError(subject: "run x", status: 500, detail: "The sandbox injected a fault."),
            .forbidden(subject: "run x", detail: "Not allowed. "),
            .httpError(subject: "run x", status: 418, detail: "Short and stout."),
            .unprocessable(subject: "run x", field: nil, detail: "Bad value."),
            .conflict(subject: "run x", action: nil, reason: "Locked."),
            .conflict(subject: "run x", action: nil, reason: "locked"),
        ]
    )
    func noDoublePeriods(error: TerraformCloudError) {
        let message = error.localizedDescription
        #expect(!message.contains(".."), "\(message)")
        #expect(!message.contains(". ."), "\(message)")
    }

    @Test("a 404 says not found or not visible, naming what was asked for")
    func notFound() async throws {
        let error = try await failure(.error(404, detail: "not found")) {
            _ = try await $0.workspace(named: "missing-ws")
        }
        let message = error.localizedDescription
        #expect(message.contains("Workspace 'missing-ws' in organization 'example-org'"))
        #expect(message.contains("cannot see it"))
    }

    @Test("a 422 names the field at fault")
    func unprocessable() async throws {
        let error = try await failure(
            .error(422, detail: "is too long", pointer: "/data/attributes/message")
        ) {
            _ = try await $0.createRun(workspaceID: "ws-LLGHCr4SWy28wyGN")
        }
        #expect(error.localizedDescription.contains("/data/attributes/message"))
        #expect(error.localizedDescription.contains("is too long"))
    }

    @Test("a bare-string error body and an unknown status still give a message")
    func otherForms() async throws {
        let body = Data(#"{"errors": ["include parameter is invalid"]}"#.utf8)
        let error = try await failure(.response(status: 400, body: body)) {
            _ = try await $0.run(id: Self.runID, include: ["bogus"])
        }
        #expect(
            error
                == .httpError(
                    subject: "run \(Self.runID)",
                    status: 400,
                    detail: "include parameter is invalid"
                )
        )
        let forbidden = try await failure(.error(403, detail: "forbidden")) {
            try await $0.forceExecuteRun(id: Self.runID)
        }
        #expect(forbidden.localizedDescription.contains("organization tokens"))
    }

    @Test("every error case has a message that ends with a next step")
    func everyCaseHasAMessage() {
        let errors: [TerraformCloudError] = [
            .invalidIdentifier(kind: "run ID", value: "x", rule: "r"), .missingOrganization,
            .invalidAddress("x", reason: "r"), .insecureAddress("http://x"),
            .malformedCredentials(path: "/p", reason: "r"), .unauthorized(detail: nil),
            .forbidden(subject: "s", detail: nil), .notFound(subject: "s", detail: nil),
            .conflict(subject: "s", action: nil, reason: "r"),
            .unprocessable(subject: "s", field: nil, detail: "d"),
            .rateLimited(subject: "s", retryAfter: nil),
            .serverError(subject: "s", status: 502, detail: nil),
            .httpError(subject: "s", status: 418, detail: nil),
            .transport(subject: "s", reason: "r"),
            .outcomeUnknown(subject: "s", reason: "r", howToCheck: "look"),
            .unexpectedResponse("x"),
        ]
        for error in errors {
            let message = error.localizedDescription
            #expect(message.count > 40, "\(error)")
            #expect(message.hasSuffix("."), "\(error)")
        }
    }
}
