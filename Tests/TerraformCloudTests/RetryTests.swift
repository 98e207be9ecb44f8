import Foundation
import TerraformCloud
import Testing

@Suite("Retries repeat only what is safe to repeat")
struct RetryTests {
    private static let runID = "run-CZcmD7eagjhyX0vN"

    private func rateLimited(_ headers: [String: String]) throws -> StubReply {
        .response(
            status: 429,
            headers: headers,
            body: try Fixture.shared("error-rate-limit-429.response.json")
        )
    }

    @Test(
        "a 429 waits as its header says, then retries",
        arguments: [
            (["Retry-After": "1.5"], 1.5),
            (["X-RateLimit-Reset": "0.25"], 0.25),
            (["Retry-After": "2", "X-RateLimit-Reset": "9"], 2.0),
        ]
    )
    func rateLimitHeaders(headers: [String: String], wait: Double) async throws {
        let show = try Fixture.shared("run-show.response.json")
        let transport = StubTransport(replies: [try rateLimited(headers), .ok(show)])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        let details = try await client.run(id: Self.runID)
        #expect(details.run.status == .pending)
        #expect(transport.count == 2)
        #expect(sleeper.delays == [wait])
    }

    @Test("a POST answered 429 is retried, because the server did not process it")
    func rateLimitedPost() async throws {
        let transport = StubTransport(replies: [
            try rateLimited(["Retry-After": "1"]), .response(status: 202),
        ])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        try await client.applyRun(id: Self.runID)
        #expect(transport.count == 2)
        #expect(sleeper.delays == [1])
    }

    @Test("rate limiting that never ends stops after the allowed attempts with a clear error")
    func rateLimitGivesUp() async throws {
        let transport = StubTransport(replies: [try rateLimited(["X-RateLimit-Reset": "0.5"])])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        do {
            _ = try await client.run(id: Self.runID)
            Issue.record("expected rate limiting")
        } catch let error as TerraformCloudError {
            #expect(error.httpStatus == 429)
            #expect(error.localizedDescription.contains("Wait about 0.5 s"))
        }
        #expect(transport.count == RetryPolicy.standard.maxAttempts)
        #expect(sleeper.delays.count == RetryPolicy.standard.maxAttempts - 1)
    }

    @Test(
        "a GET is retried with backoff after a 503 or a dropped connection",
        arguments: [
            StubReply.response(status: 503), StubReply.failure(.networkConnectionLost),
            StubReply.failure(.timedOut),
        ]
    )
    func getRetried(failure: StubReply) async throws {
        let show = try Fixture.shared("run-show.response.json")
        let transport = StubTransport(replies: [failure, failure, .ok(show)])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        _ = try await client.run(id: Self.runID)
        #expect(transport.count == 3)
        #expect(sleeper.delays == [0.5, 1.0])
    }

    @Test(
        "a POST whose outcome is unknown is not repeated and says how to check",
        arguments: [
            StubReply.response(status: 503), StubReply.response(status: 500),
            StubReply.failure(.networkConnectionLost), StubReply.failure(.timedOut),
            StubReply.failure(.cancelled),
        ]
    )
    func postNotRetried(failure: StubReply) async throws {
        let transport = StubTransport(replies: [failure, .response(status: 201)])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        do {
            _ = try await client.createRun(workspaceID: "ws-LLGHCr4SWy28wyGN")
            Issue.record("expected an error")
        } catch let error as TerraformCloudError {
            switch error {
            case .outcomeUnknown, .cancelled(_, .some): break
            default:
                Issue.record(
                    "expected outcomeUnknown or a cancel with its effect unknown, got \(error)"
                )
                return
            }
            #expect(error.localizedDescription.contains("may or may not have taken effect"))
            #expect(error.localizedDescription.contains("list the workspace's runs"))
        }
        #expect(transport.count == 1)
        #expect(sleeper.delays.isEmpty)
    }

    @Test("a POST that could not connect says so and is not retried")
    func postNotSent() async throws {
        let transport = StubTransport(replies: [.failure(.cannotConnectToHost)])
        let client = try TestClient.make(transport)
        await #expect(
            throws: TerraformCloudError.transport(
                subject: "run run-CZcmD7eagjhyX0vN",
                reason: "could not connect to the server"
            )
        ) {
            try await client.cancelRun(id: Self.runID)
        }
        #expect(transport.count == 1)
    }

    @Test("a GET that keeps failing gives up after the allowed attempts")
    func getGivesUp() async throws {
        let transport = StubTransport(replies: [.failure(.timedOut)])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        await #expect(throws: TerraformCloudError.self) {
            _ = try await client.currentAccount()
        }
        #expect(transport.count == 4)
        #expect(sleeper.delays == [0.5, 1, 2])
    }
}

@Suite("Cancelled reads are not repeated")
struct CancellationTests {
    @Test("a cancelled GET fails at once without retrying")
    func cancelledGet() async throws {
        let transport = StubTransport(replies: [.failure(.cancelled)])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        await #expect(
            throws: TerraformCloudError.cancelled(
                subject: "the account of this token",
                howToCheck: nil
            )
        ) {
            _ = try await client.currentAccount()
        }
        #expect(transport.count == 1)
        #expect(sleeper.delays.isEmpty)
    }

    @Test("a cancelled read says it was stopped and that nothing changed")
    func cancelledMessage() {
        let error = TerraformCloudError.cancelled(subject: "the runs in dev", howToCheck: nil)
        #expect(
            error.localizedDescription
                == "Stopped waiting for the runs in dev before an answer came; nothing was changed."
        )
    }
}
