import Conversation
import Foundation
import Sandbox
import Testing

/// A list that shows fewer runs than match says so and how to see more; a filtered list names
/// its filter.
@Suite("Lists cut off")
struct ListCutOffTests {
    @Test("a list cut at its size says it shows the newest of more, and the way to more works")
    func saysItIsCutOff() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("list all runs in my organization")
        #expect(reply.itemIDs.count == 10)
        #expect(reply.text.contains("10 newest of"))
        let closing = try #require(reply.closing)
        let parts = closing.split(separator: "'")
        #expect(parts.count >= 2)
        let (more, _) = await harness.say(String(parts[1]))
        #expect(more.itemIDs.count > reply.itemIDs.count)
        #expect(Array(more.itemIDs.prefix(10)) == reply.itemIDs)
    }

    @Test("a list that shows every matching run does not claim there are more")
    func completeListSaysNothingMore() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("list runs in production")
        #expect(reply.itemIDs.count < 10)
        #expect(!reply.text.contains("newest of"))
    }

    @Test("a list filtered to some workspaces names them in its opening")
    func namesTheWorkspaceFilter() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("list runs in production and staging")
        #expect(reply.opening.contains("production"))
        #expect(reply.opening.contains("staging"))
    }

    @Test("a time window is read to its edge and counted, and paging stops at its first older run")
    func wholeWindow() async throws {
        let harness = try ConversationHarness()
        let sandbox = try #require(harness.connection.sandbox)
        sandbox.addHistoricalRuns(count: 6000, span: 86_400 * 365)
        harness.connection.recorder.reset()
        let (reply, _) = await harness.say("show me runs that errored in the last month")
        let lists = harness.connection.recorder.requests.filter {
            $0.url?.path.hasSuffix("/organizations/example-org/runs") == true
        }
        let text = reply.text
        let counted = text.firstMatch(of: /There are (\d+) errored runs/).flatMap { Int($0.1) }
        let total = try #require(counted, "no count in: \(text.prefix(300))")
        #expect(total > 20)
        #expect(reply.itemIDs.count == 10)
        // 100 a page: the pages the window fills, and at most one more that crosses its edge.
        #expect(lists.count <= total / 100 + 1, "\(lists.count) list requests for \(total) runs")
        #expect(lists.allSatisfy { $0.url?.query?.contains("page%5Bsize%5D=100") == true })
        let closing = try #require(reply.closing)
        let suggestion = String(closing.split(separator: "'")[1])
        let (more, _) = await harness.say(suggestion)
        #expect(more.itemIDs.count == min(total, 100))
        #expect(Array(more.itemIDs.prefix(10)) == reply.itemIDs)
    }

    @Test("a short window is shown whole, without a count to read")
    func shortWindow() async throws {
        let harness = try ConversationHarness()
        let (reply, requests) = await harness.say("show me runs that errored in the last month")
        #expect(!reply.itemIDs.isEmpty && reply.itemIDs.count <= 20)
        #expect(!reply.text.contains("There are"))
        #expect(requests > 0)
    }
}
