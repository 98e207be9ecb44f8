import Conversation
import Foundation
import Intents
import Testing

/// A mistyped workspace name is never acted on: the matcher's correction reaches the engine,
/// which refuses anything that changes a run and says plainly what a read-only reply shows.
@Suite("Mistyped workspace names")
struct GuessedNameTests {
    @Test(
        "a sentence that would act on a corrected name acts on nothing and names both",
        arguments: [
            ("apply the pending run in workspace stagng", "stagng", "staging"),
            ("create a destroy plan for dev-tst", "dev-tst", "dev-test"),
            ("create a plan for prodution", "prodution", "production"),
            ("discard the pending run in stagng", "stagng", "staging"),
        ]
    )
    func refusesToActOnAGuess(sentence: String, typed: String, known: String) async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(sentence)
        #expect(reply.outcome != .done)
        #expect(
            reply.opening
                == "No workspace named '\(typed)' in example-org. Did you mean \(known)?"
        )
        let acting = ["apply_run", "discard_run", "cancel_run", "create_run", "force_execute_run"]
        #expect(!reply.calls.contains { acting.contains($0.tool) })
    }

    @Test("a read-only reply on a corrected name says first that no workspace has that name")
    func readOnlySaysWhatItShows() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("list runs in prodution")
        #expect(reply.outcome == .done)
        #expect(reply.opening.hasPrefix("No workspace is named 'prodution' in example-org"))
        #expect(reply.opening.contains("production"))
        #expect(!reply.itemIDs.isEmpty)
    }

    @Test("the matcher keeps the corrected name and tells the engine what was typed")
    func matcherKeepsTheTypedName() async throws {
        let harness = try ConversationHarness()
        let match = await harness.engine.explain("list runs in prodution")
        #expect(match.arguments.workspaceName == "production")
        #expect(match.arguments.typedWorkspaceNames == ["production": "prodution"])
        let exact = await harness.engine.explain("list runs in production")
        #expect(exact.arguments.typedWorkspaceNames == nil)
    }

    @Test("a prefix of several names gets every candidate, and no Tab advice outside the shell")
    func prefixOfSeveral() async throws {
        let harness = try ConversationHarness()
        // The matcher asks about a prefix and an unknown place word; the engine about a name
        // given as one ("workspace xyzzy") that the organization does not have.
        let (reply, _) = await harness.say("list runs in prod")
        #expect(reply.outcome == .clarify)
        #expect(reply.opening.contains("production"))
        #expect(reply.opening.contains("prod-db-cluster"))
        let (unknown, _) = await harness.say("list runs in xyzzy")
        #expect(unknown.opening.contains("xyzzy"))
        #expect(!unknown.opening.contains("Tab"))
        let (named, _) = await harness.say("list runs in workspace xyzzy")
        #expect(named.outcome == .failed)
        #expect(named.opening.contains("No workspace named 'xyzzy' in example-org."))
        #expect(!named.opening.contains("Tab"))
    }

    @Test("in the interactive shell an unknown name may point to Tab completion")
    func tabAdviceInTheShell() async throws {
        let harness = try ConversationHarness()
        await harness.engine.offerCompletionHints()
        let (reply, _) = await harness.say("list runs in workspace xyzzy")
        #expect(reply.opening.contains("Tab completes workspace names"))
    }
}
