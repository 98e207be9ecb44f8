import Conversation
import Foundation
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Answers 404 to the account lookup and passes everything else on.
final class NoAccountTransport: HTTPTransport {
    private let base: any HTTPTransport

    init(_ base: any HTTPTransport) {
        self.base = base
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        guard let url = request.url, url.path.hasSuffix("/account/details"),
            let response = HTTPURLResponse(
                url: url,
                statusCode: 404,
                httpVersion: "HTTP/1.1",
                headerFields: ["Content-Type": "application/vnd.api+json"]
            )
        else {
            return try await base.send(request)
        }
        return (Data(#"{"errors":[{"status":"404","title":"not found"}]}"#.utf8), response)
    }
}

/// When a step fails, the conversation still knows which run it was about, and an answer
/// that had to leave something out says so.
@Suite("Failed steps")
struct FailedStepContextTests {
    @Test("a run picked for an action that then failed is still 'this run' afterwards")
    func failedActionKeepsItsRun() async throws {
        let harness = try ConversationHarness { base in
            LosingTransport(base, when: .beforeSending, losses: 100, pathSuffix: "/actions/cancel")
        }
        let (shown, _) = await harness.say("show run-J7cW8p2qRmYx3Dkv")
        #expect(shown.outcome == .done)
        let (failed, _) = await harness.say("force cancel the stuck run in production")
        #expect(failed.outcome == .failed)
        #expect(failed.text.contains("may or may not have taken effect"), "\(failed.text)")
        let stuck = "run-A7xD4c1zLaMe6Rqn"
        #expect(await harness.engine.context.lastRunID == stuck)
        let (next, _) = await harness.say(
            "I need to execute this run immediately, force execute it"
        )
        #expect(next.opening.contains(stuck), "\(next.opening)")
        #expect(!next.text.contains("run-J7cW8p2qRmYx3Dkv"), "\(next.text)")
    }

    @Test("a run named by ID is 'this run' even when reading it fails")
    func namedRunKeptOnFailure() async throws {
        let harness = try ConversationHarness()
        _ = await harness.say("show run-J7cW8p2qRmYx3Dkv")
        let (failed, _) = await harness.say("cancel run-AAAAAAAAAAAAAAAA")
        #expect(failed.outcome == .failed)
        #expect(await harness.engine.context.lastRunID == "run-AAAAAAAAAAAAAAAA")
    }

    @Test("when the account cannot be looked up, the answer says so instead of changing")
    func accountLookupFailure() async throws {
        let harness = try ConversationHarness { NoAccountTransport($0) }
        let (reply, _) = await harness.say("show run-J7cW8p2qRmYx3Dkv")
        #expect(reply.outcome == .done)
        #expect(reply.field("Run ID") == "run-J7cW8p2qRmYx3Dkv")
        #expect(
            reply.text.contains("Your account could not be looked up"),
            "\(reply.text)"
        )
    }
}
