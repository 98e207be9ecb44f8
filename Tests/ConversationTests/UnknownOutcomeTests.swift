import Conversation
import Foundation
import Synchronization
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A transport that loses the answer to chosen POSTs: before they reach the server, or after.
final class LosingTransport: HTTPTransport {
    enum When: Sendable {
        case beforeSending
        case afterSending
    }

    private let base: any HTTPTransport
    private let when: When
    private let losses: Mutex<Int>
    private let pathSuffix: String

    init(_ base: any HTTPTransport, when: When, losses: Int, pathSuffix: String) {
        self.base = base
        self.when = when
        self.losses = Mutex(losses)
        self.pathSuffix = pathSuffix
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let matches =
            request.httpMethod == "POST"
            && (request.url?.path.hasSuffix(pathSuffix) ?? false)
        let lose =
            matches
            && losses.withLock { left in
                guard left > 0 else { return false }
                left -= 1
                return true
            }
        guard lose else {
            return try await base.send(request)
        }
        if when == .afterSending {
            _ = try await base.send(request)
        }
        throw URLError(.networkConnectionLost)
    }
}

/// When the connection drops after a request that changes something went out, tfcsh checks
/// what happened before sending it again: nothing is lost and nothing is done twice.
@Suite("Unknown outcomes")
struct UnknownOutcomeTests {
    @Test(
        "a create whose answer is lost is found, not repeated; one lost on the way is sent again",
        arguments: [LosingTransport.When.afterSending, .beforeSending]
    )
    func createRun(when: LosingTransport.When) async throws {
        let harness = try ConversationHarness { base in
            LosingTransport(base, when: when, losses: 1, pathSuffix: "/runs")
        }
        let (reply, _) = await harness.say("create a plan for sandbox")
        #expect(reply.outcome == .done, "\(reply.opening)")
        let runID = try #require(reply.field("Run ID"))
        let (list, _) = await harness.say("list runs in sandbox")
        let mine = list.itemIDs.filter { id in
            list.item(id)?.title == "Run requested via tfcsh"
        }
        #expect(mine == [runID])
    }

    @Test(
        "an apply whose answer is lost is read back, and sent again only if it did not happen",
        arguments: [LosingTransport.When.afterSending, .beforeSending]
    )
    func applyRun(when: LosingTransport.When) async throws {
        let harness = try ConversationHarness { base in
            LosingTransport(base, when: when, losses: 1, pathSuffix: "/actions/apply")
        }
        let (reply, _) = await harness.say("apply run-K3jR7m9zXpYw2Ctn")
        #expect(reply.outcome == .done, "\(reply.opening)")
        #expect(reply.field("Status") == "Confirmed")
        let applies = reply.calls.filter { $0.tool == "apply_run" }
        #expect(applies.count == (when == .afterSending ? 1 : 2))
    }

    @Test("answers lost on the way several times are sent again, still making one run")
    func lostSeveralTimes() async throws {
        let losses = ConversationEngine.unknownOutcomeResends
        let harness = try ConversationHarness { base in
            LosingTransport(base, when: .beforeSending, losses: losses, pathSuffix: "/runs")
        }
        let before = harness.connection.sandbox?.runCount ?? 0
        let (reply, _) = await harness.say("create a plan for sandbox")
        #expect(reply.outcome == .done, "\(reply.opening)")
        #expect(reply.calls.filter { $0.tool == "create_run" }.count == losses + 1)
        #expect(harness.connection.sandbox?.runCount == before + 1)
    }

    @Test(
        "an answer lost more often than it may be resent is reported as unknown, with how to check"
    )
    func lostTooOften() async throws {
        let harness = try ConversationHarness { base in
            LosingTransport(
                base,
                when: .beforeSending,
                losses: ConversationEngine.unknownOutcomeResends + 1,
                pathSuffix: "/runs"
            )
        }
        let before = harness.connection.sandbox?.runCount ?? 0
        let (reply, _) = await harness.say("create a plan for sandbox")
        #expect(reply.outcome == .failed)
        #expect(reply.opening.contains("list the workspace's runs"))
        #expect(harness.connection.sandbox?.runCount == before)
    }
}
