import Intents
import Testing

/// References to the conversation ("it", "the second one", "there") use the context given.
@Suite("References to the conversation")
struct ConversationReferenceTests {
    static let runs = ["run-AAAAAAAAAAAAAAAA", "run-BBBBBBBBBBBBBBBB", "run-CCCCCCCCCCCCCCCC"]
    static let context = MatchContext(
        defaultOrganization: "example-org",
        workspaces: WorkspaceIndex(names: SandboxNames.all),
        lastWorkspace: "staging",
        lastRunID: "run-LLLLLLLLLLLLLLLL",
        lastRunIDs: runs
    )

    @Test(
        "a pronoun or ordinal picks the run from the context",
        arguments: [
            ("apply it", IntentName.applyRun, "run-LLLLLLLLLLLLLLLL"),
            ("cancel this run", .cancelRun, "run-LLLLLLLLLLLLLLLL"),
            ("discard that one", .discardRun, "run-LLLLLLLLLLLLLLLL"),
            ("show me the second one", .getRunDetails, "run-BBBBBBBBBBBBBBBB"),
            ("approve the first one", .applyRun, "run-AAAAAAAAAAAAAAAA"),
            ("details on the last one", .getRunDetails, "run-CCCCCCCCCCCCCCCC"),
            ("watch it", .watchRun, "run-LLLLLLLLLLLLLLLL"),
            ("what's its status?", .getRunDetails, "run-LLLLLLLLLLLLLLLL"),
            ("was it applied?", .getRunDetails, "run-LLLLLLLLLLLLLLLL"),
            ("force cancel number 3", .forceCancelRun, "run-CCCCCCCCCCCCCCCC"),
        ]
    )
    func resolvesRuns(sentence: String, intent: IntentName, runID: String) {
        let result = IntentMatcher.match(sentence, context: Self.context)
        #expect(result.name == intent)
        #expect(result.arguments.runID == runID)
    }

    @Test(
        "without a conversation a reference is a question back, never an action",
        arguments: ["apply it", "cancel this run", "discard the second one", "watch it", "show it"]
    )
    func asksWithoutContext(sentence: String) {
        let result = IntentMatcher.match(sentence, context: MatchContext())
        #expect(result.name == .clarify)
        #expect(result.question?.isEmpty == false)
        #expect(!result.isDestructive)
    }

    @Test("an ordinal past the end of the last list is a question back")
    func ordinalOutOfRange() {
        let result = IntentMatcher.match("apply the ninth one", context: Self.context)
        #expect(result.name == .clarify)
        #expect(result.candidate == .applyRun)
        #expect(result.choices == Self.runs)
    }

    @Test("'there' and 'that workspace' use the last workspace")
    func workspaceReference() {
        let list = IntentMatcher.match("list the runs there", context: Self.context)
        #expect(list.name == .listRunsInWorkspace)
        #expect(list.arguments.workspaceName == "staging")
        let plan = IntentMatcher.match("start a plan in that workspace", context: Self.context)
        #expect(plan.name == .createRun)
        #expect(plan.arguments.workspaceName == "staging")
    }

    @Test("a named run or workspace wins over the conversation")
    func explicitTargetWins() {
        let result = IntentMatcher.match("apply run-K3jR7m9zXpYw2Ctn", context: Self.context)
        #expect(result.arguments.runID == "run-K3jR7m9zXpYw2Ctn")
        let named = IntentMatcher.match("cancel the run in production", context: Self.context)
        #expect(named.arguments.workspaceName == "production")
        #expect(named.arguments.runID == nil)
    }
}
