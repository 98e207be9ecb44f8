import Conversation
import Foundation
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
}
