import Conversation
import Foundation
import Testing

/// Replies about one run carry the fields the issue lists for it.
@Suite("Run fields")
struct RunFieldTests {
    private func list(_ reply: Reply, _ label: String) -> [String] {
        reply.allFields.first { $0.label == label }?.list ?? []
    }

    @Test("a run acted on shows its type, targets and auto-apply as its details do")
    func actedOnRunShowsItsKind() async throws {
        let harness = try ConversationHarness()
        let (details, _) = await harness.say("show run-K3jR7m9zXpYw2Ctn")
        let (applied, _) = await harness.say("apply run-K3jR7m9zXpYw2Ctn")
        #expect(applied.outcome == .done)
        let targets = list(details, "Targets")
        #expect(!targets.isEmpty)
        #expect(list(applied, "Targets") == targets)
        #expect(applied.field("Type") != nil)
        #expect(applied.field("Auto-apply") == details.field("Auto-apply"))
    }

    @Test("run details give the apply phase's start, and its duration once it finished")
    func applyTimes() async throws {
        let harness = try ConversationHarness()
        let (running, _) = await harness.say("show run-A7xD4c1zLaMe6Rqn")
        #expect(running.field("Apply started") != nil)
        let (applied, _) = await harness.say("show run-K4jR7p9qZnYw2Lmp")
        #expect(applied.field("Apply started") != nil)
        #expect(applied.field("Apply duration") != nil)
    }

    @Test("the creation time beside the exact one is relative, not the same time again")
    func createdIsRelative() async throws {
        let harness = try ConversationHarness()
        _ = await harness.say("list runs in production")
        let (reply, _) = await harness.say("show me the second one")
        let created = try #require(reply.field("Created"))
        #expect(created.contains("ago"))
        #expect(created.components(separatedBy: "Today").count <= 2)
    }
}
