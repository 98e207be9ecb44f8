import Conversation
import Foundation
import Testing

/// "Apply it" after a list asks only about the listed runs that allow the action.
@Suite("Choosing among listed runs")
struct ListedRunChoiceTests {
    @Test("only the listed run that can be applied is offered, and nothing is applied")
    func onlyTheApplicable() async throws {
        let harness = try ConversationHarness()
        let (list, _) = await harness.say("list runs in staging")
        #expect(list.itemIDs.count > 1)
        let (reply, _) = await harness.say("apply it")
        #expect(reply.outcome == .clarify)
        #expect(reply.opening.contains("run-K3jR7m9zXpYw2Ctn"))
        for other in list.itemIDs where other != "run-K3jR7m9zXpYw2Ctn" {
            #expect(!reply.opening.contains(other), "\(other) cannot be applied")
        }
        #expect(!reply.text.contains("apply_run("))
    }

    @Test("when no listed run allows the action, it says so instead of asking")
    func noneAllows() async throws {
        let harness = try ConversationHarness()
        _ = await harness.say("list runs in staging")
        let (reply, _) = await harness.say("cancel it")
        #expect(reply.opening == "None of the runs listed can be cancelled now.")
        #expect(reply.outcome == .refused)
        #expect(!reply.text.contains("cancel_run("))
    }
}
