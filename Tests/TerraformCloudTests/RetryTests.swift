import Foundation
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

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
            // The whole seconds of Retry-After are the fractional reset rounded up.
            (["Retry-After": "1", "X-RateLimit-Reset": "0.033"], 0.033),
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

    @Test("Retry-After as an HTTP date is read as the seconds until then")
    func retryAfterDate() throws {
        let now = try #require(ISO8601DateFormatter().date(from: "1994-11-06T08:49:30Z"))
        let url = try #require(URL(string: "https://app.terraform.io/api/v2/runs"))
        func delay(_ value: String) throws -> Double? {
            let response = try #require(
                HTTPURLResponse(
                    url: url,
                    statusCode: 429,
                    httpVersion: "HTTP/1.1",
                    headerFields: ["Retry-After": value]
                )
            )
            return RetryPolicy.rateLimitDelay(from: response, now: now)
        }
        #expect(try delay("Sun, 06 Nov 1994 08:49:37 GMT") == 7)
        #expect(try delay("Sun, 06 Nov 1994 08:49:00 GMT") == 0)
        #expect(try delay("soon") == nil)
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

    @Test("a POST answered 429 many times is sent until it gets through, as it is never done")
    func rateLimitedPostManyTimes() async throws {
        let limited = try rateLimited(["Retry-After": "1", "X-RateLimit-Reset": "0.5"])
        let transport = StubTransport(
            replies: Array(repeating: limited, count: 12) + [.response(status: 202)]
        )
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        try await client.applyRun(id: Self.runID)
        #expect(transport.count == 13)
        #expect(sleeper.delays == Array(repeating: 0.5, count: 12))
    }

    @Test("429s do not use up the attempts a GET has for server errors")
    func rateLimitsAreNotFailures() async throws {
        let show = try Fixture.shared("run-show.response.json")
        let limited = try rateLimited(["X-RateLimit-Reset": "0.1"])
        let failures = RetryPolicy.standard.maxAttempts - 1
        let replies =
            Array(repeating: limited, count: 10)
            + Array(repeating: StubReply.response(status: 500), count: failures) + [.ok(show)]
        let transport = StubTransport(replies: replies)
        let client = try TestClient.make(transport, sleeper: RecordingSleeper())
        _ = try await client.run(id: Self.runID)
        #expect(transport.count == replies.count)
    }

    @Test("rate limiting that outlasts the budget of waiting stops with a clear error")
    func rateLimitGivesUp() async throws {
        let transport = StubTransport(replies: [try rateLimited(["X-RateLimit-Reset": "0.5"])])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        do {
            _ = try await client.run(id: Self.runID)
            Issue.record("expected rate limiting")
        } catch let error as TerraformCloudError {
            #expect(error.httpStatus == 429)
            // Half a second is not something to wait by hand: the message says a second.
            #expect(error.localizedDescription.contains("Wait about 1 s and try again."))
        }
        let budget = RetryPolicy.standard.rateLimitBudget
        #expect(abs(sleeper.delays.reduce(0, +) - budget) < 1e-6)
        #expect(transport.count == Int(budget / 0.5) + 1)
    }

    @Test("a 429 that asks for more than the budget of waiting fails at once")
    func rateLimitTooLong() async throws {
        let transport = StubTransport(replies: [try rateLimited(["Retry-After": "3600"])])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        await #expect(throws: TerraformCloudError.self) {
            _ = try await client.run(id: Self.runID)
        }
        #expect(transport.count == 1)
        #expect(sleeper.delays.isEmpty)
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
            if case .outcomeUnknown = error {
                #expect(error.localizedDescription.contains("cannot have happened twice"))
            }
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

    @Test("a GET that keeps failing gives up after eight attempts, with capped backoff")
    func getGivesUp() async throws {
        let transport = StubTransport(replies: [.failure(.timedOut)])
        let sleeper = RecordingSleeper()
        let client = try TestClient.make(transport, sleeper: sleeper)
        await #expect(throws: TerraformCloudError.self) {
            _ = try await client.currentAccount()
        }
        #expect(transport.count == 8)
        #expect(sleeper.delays == [0.5, 1, 2, 4, 8, 8, 8])
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
