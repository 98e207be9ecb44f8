import Conversation
import Foundation
import Testing

/// Where the service would refuse, tfcsh refuses first with the reason and the way forward;
/// where a sentence is open, it asks instead of guessing.
@Suite("Refusals and questions")
struct RefusalAndClarifyTests {
    @Test("a plan-only run cannot be applied, and the reply offers a normal run")
    func planOnlyCannotApply() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("apply run-J7cW8p2qRmYx3Dkv")
        #expect(reply.outcome == .refused)
        #expect(reply.text.contains("plan-only"))
        #expect(reply.closing?.contains("create a plan in production") == true)
        #expect(!reply.calls.contains { $0.tool == "apply_run" })
    }

    @Test("a target query that matches no resource starts nothing and shows what there is")
    func targetQueryMatchesNothing() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "create a plan in staging targeting only the unicorn resources"
        )
        #expect(reply.opening.contains("No resource in staging matches \"unicorn\""))
        #expect(reply.text.contains("aws_rds_cluster"))
        #expect(!reply.calls.contains { $0.tool == "create_run" })
        #expect(reply.calls.contains { $0.tool == "list_workspace_resources" })
    }

    @Test("an applied run cannot be cancelled")
    func appliedCannotCancel() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("cancel run-K4jR7p9qZnYw2Lmp")
        #expect(reply.outcome == .refused)
        #expect(reply.text.contains("already been applied"))
        #expect(!reply.calls.contains { $0.tool == "cancel_run" })
    }

    @Test("a run awaiting approval is not cancelled: the reply suggests discarding it")
    func awaitingApprovalSuggestsDiscard() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("cancel run-K3jR7m9zXpYw2Ctn")
        #expect(reply.outcome == .refused)
        #expect(reply.closing?.contains("discard it") == true)
    }

    @Test("nothing to apply in a workspace: the reply says so and shows its latest runs")
    func nothingToApply() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("apply the pending run in network-infra")
        #expect(reply.outcome == .refused)
        #expect(reply.text.contains("No run in network-infra can be applied right now."))
        #expect(reply.itemIDs.contains("run-T0qW7v4sEtFb9Jkg"))
    }

    @Test("an unknown workspace gets the nearest known name, never a guess")
    func unknownWorkspace() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("list runs in \"stagingg-eu\"")
        #expect(reply.outcome == .failed)
        #expect(reply.opening.contains("No workspace named 'stagingg-eu' in example-org."))
        #expect(reply.opening.contains("Did you mean staging?"))
        #expect(
            !reply.calls.contains { $0.tool == "list_runs_in_workspace" && $0.result != "failed" }
        )
    }

    @Test("a declined confirmation changes nothing")
    func declined() async throws {
        let harness = try ConversationHarness(confirmer: NeverConfirm())
        let (reply, _) = await harness.say("discard run-Z6wC3b0yKzLh5Pqm")
        #expect(reply.outcome == .refused)
        #expect(reply.text.contains("Not confirmed, so nothing was changed."))
        #expect(!reply.calls.contains { $0.tool == "discard_run" })
        let (after, _) = await harness.say("show run-Z6wC3b0yKzLh5Pqm")
        #expect(after.field("Status") == "Planned (awaiting approval)")
    }

    @Test("'apply it' with nothing in the conversation asks which run")
    func applyItWithoutContext() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("apply it")
        #expect(reply.outcome == .clarify)
        #expect(reply.calls.isEmpty)
    }

    @Test("references reach the run the conversation last showed")
    func references() async throws {
        let harness = try ConversationHarness()
        _ = await harness.say("list runs in production")
        let (second, _) = await harness.say("show me the second one")
        #expect(second.field("Run ID") == "run-A7xD4c1zLaMe6Rqn")
        let (it, _) = await harness.say("cancel it")
        #expect(it.field("Run ID") == "run-A7xD4c1zLaMe6Rqn")
        #expect(it.field("Status") == "Applying (cancel requested)")
    }

    @Test("a run that finishes planning is announced at the next turn")
    func notices() async throws {
        let harness = try ConversationHarness()
        let (created, _) = await harness.say("create a plan for sandbox")
        let runID = try #require(created.field("Run ID"))
        _ = await harness.connection.waiter.wait(seconds: 120)
        let (next, _) = await harness.say("list runs in dev")
        #expect(next.notices.count == 1)
        #expect(next.notices.first?.hasPrefix("\(runID) in sandbox finished planning: ") == true)
        #expect(next.notices.first?.hasSuffix("Say 'apply it' to apply.") == true)
        let (apply, _) = await harness.say("apply it")
        #expect(apply.field("Run ID") == runID)
    }

    @Test("a variable with a value the workspace does not allow errors the plan, by name")
    func badVariable() async throws {
        let harness = try ConversationHarness()
        let (created, _) = await harness.say("plan development with instance_type=t9.enormous")
        let runID = try #require(created.field("Run ID"))
        _ = await harness.connection.waiter.wait(seconds: 120)
        let (details, _) = await harness.say("show \(runID)")
        #expect(details.field("Status") == "Errored (Planning failed)")
        #expect(details.field("Error")?.contains("instance_type") == true)
    }

    @Test("an out-of-scope sentence makes no call and says what tfcsh can do")
    func outOfScope() async throws {
        let harness = try ConversationHarness()
        let (reply, requests) = await harness.say("delete the production workspace")
        #expect(reply.intent == "unknown")
        #expect(!reply.calls.contains { $0.tool.contains("delete") })
        #expect(requests <= 1)
    }
}

/// Refusals say the status as lists do and open with the refusal itself.
@Suite("Refusal wording")
struct RefusalWordingTests {
    @Test("'no run can be applied' shows each run's status as the list of the workspace does")
    func statusAsInLists() async throws {
        let harness = try ConversationHarness()
        let (list, _) = await harness.say("list runs in production")
        let (reply, _) = await harness.say("apply the pending run in production")
        #expect(reply.outcome == .refused)
        #expect(!reply.itemIDs.isEmpty)
        for id in reply.itemIDs {
            #expect(reply.item(id)?.field("Status") == list.item(id)?.field("Status"))
        }
    }

    @Test(
        "a refusal opens by saying it can't, never 'I'll ...'",
        arguments: [
            "apply run-J7cW8p2qRmYx3Dkv", "cancel run-K4jR7p9qZnYw2Lmp",
            "force cancel run-K4jR7p9qZnYw2Lmp", "force execute run-K4jR7p9qZnYw2Lmp",
        ]
    )
    func opensWithTheRefusal(sentence: String) async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(sentence)
        #expect(reply.outcome == .refused)
        #expect(reply.opening.hasPrefix("I can't"))
    }
}
