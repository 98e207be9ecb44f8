import Conversation
import Foundation
import Testing

/// Says yes and keeps every question it was asked.
actor RecordingConfirmer: Confirmer {
    private(set) var questions: [String] = []

    func confirm(_ question: String) async -> Bool {
        questions.append(question)
        return true
    }
}

/// Force-execute refuses before asking where the service would refuse, previews what happens
/// to each run ahead, and finds the one run waiting in a queue when the sentence names none.
@Suite("Force execute")
struct ForceExecuteTests {
    @Test("a run blocked by one that cannot be discarded is refused before asking, with the way on")
    func blockedByAnApplyingRun() async throws {
        let confirmer = RecordingConfirmer()
        let harness = try ConversationHarness(confirmer: confirmer)
        _ = await harness.say("create a plan for production")
        let (reply, _) = await harness.say("force execute it")
        #expect(reply.outcome == .refused)
        #expect(await confirmer.questions.isEmpty)
        #expect(!reply.calls.contains { $0.tool == "force_execute_run" })
        // The run holding the lock, what it is doing, and what the user can do instead.
        #expect(reply.text.contains("run-A7xD4c1zLaMe6Rqn"))
        #expect(reply.text.contains("applying"))
        #expect(reply.closing?.contains("cancel run-A7xD4c1zLaMe6Rqn") == true)
    }

    @Test("a pending run that nothing blocks is refused truthfully, without blaming the token")
    func notBlocked() async throws {
        let confirmer = RecordingConfirmer()
        let harness = try ConversationHarness(confirmer: confirmer)
        _ = await harness.say("create a plan for sandbox")
        let (reply, _) = await harness.say("force execute it")
        #expect(reply.outcome == .refused)
        #expect(await confirmer.questions.isEmpty)
        #expect(!reply.calls.contains { $0.tool == "force_execute_run" })
        #expect(reply.text.contains("start by itself"))
        #expect(!reply.text.contains("token"))
        #expect(!reply.text.contains("not pending"))
        #expect(!reply.text.contains(".."))
    }

    @Test("the confirmation says, for each run ahead, whether it is discarded or cancelled")
    func previewSaysWhatHappensToEachRun() async throws {
        let confirmer = RecordingConfirmer()
        let harness = try ConversationHarness(confirmer: confirmer)
        let (reply, _) = await harness.say("force execute run-B8yE5d2aLbNf7Sro")
        #expect(reply.outcome == .done)
        let question = try #require(await confirmer.questions.first)
        let ahead = ["run-M4ReXnU8ZzOYGJGw", "run-rzSvavD7q5C6KUo4"]
        for id in ahead {
            #expect(question.contains(id))
        }
        #expect(question.contains("discard"))
        #expect(!question.contains("discard or cancel"))
        for id in ahead {
            #expect(reply.item(id)?.field("Action taken") == "Discarded")
        }
    }

    @Test("'force execute it' with no run in the conversation looks across the organization")
    func organizationWide() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "I need to execute this run immediately, force execute it"
        )
        #expect(!reply.opening.contains("Which run do you mean?"))
        #expect(reply.calls.contains { $0.tool == "list_runs_in_organization" })
        // Only runs that wait behind another run are offered.
        #expect(Set(reply.itemIDs) == ["run-B8yE5d2aLbNf7Sro", "run-rzSvavD7q5C6KUo4"])
    }

    @Test("a pending run that will start by itself is not counted as waiting in a queue")
    func unblockedPendingIsNotCounted() async throws {
        let harness = try ConversationHarness()
        let (created, _) = await harness.say("create a plan for sandbox")
        let (list, _) = await harness.say("list pending runs in my organization")
        #expect(list.itemIDs.count == 3)
        await harness.engine.use(organization: "example-org")
        let (reply, _) = await harness.say("force execute it")
        #expect(reply.itemIDs.count == 2)
        let id = try #require(created.field("Run ID"))
        #expect(!reply.itemIDs.contains(id))
    }
}
