import Conversation
import Foundation
import Testing

/// The API requests each example conversation costs on a fresh sandbox, kept exact.
///
/// A change that adds or saves a request shows here, and the figures are the ones reported. The first request of each is the workspace list the
/// matcher and completion use; it also fills the client's name-to-ID cache.
@Suite("Request counts of the example conversations")
struct RequestCountTests {
    static let counts: [(String, Int)] = [
        ("Create a plan for my \"production\" workspace", 3),
        ("Create a destroy plan for \"dev-test\" workspace", 3),
        ("Run a targeted plan in \"staging\" that only affects the database resources", 4),
        ("Create a run in \"sandbox\" workspace with auto-apply enabled", 3),
        ("List all runs in my \"production\" workspace", 3),
        ("Show me runs in \"example-org\" that have errored in the last month", 8),
        ("Find all destroy plan runs in my organization", 3),
        ("Get details for run ID \"run-J7cW8p2qRmYx3Dkv\"", 4),
        ("Apply the pending run for \"staging\" workspace", 5),
        ("Cancel the run \"run-P8vT5q2nWxYz1Fmb\", it's taking too long", 2),
        ("Discard the plan for the \"dev\" workspace, those changes aren't needed", 5),
        ("Force cancel the stuck run in \"production\"", 7),
        ("force execute the pending run in deployment", 2),
    ]

    @Test("each example conversation costs exactly its known number of requests", arguments: counts)
    func requestCount(sentence: String, count: Int) async throws {
        let harness = try ConversationHarness()
        let (reply, requests) = await harness.say(sentence)
        #expect(reply.outcome != .failed, "\(reply.opening)")
        #expect(requests == count, "\(sentence): \(requests) requests")
        #expect(requests >= 1)
    }

    @Test("a second sentence about the same workspace costs no lookup")
    func cachedLookup() async throws {
        let harness = try ConversationHarness()
        let (_, first) = await harness.say("list runs in staging")
        let (_, second) = await harness.say("list runs in staging")
        // The second skips the workspace list and the account: one request, the list itself.
        #expect(second == 1)
        #expect(first > second)
    }
}
