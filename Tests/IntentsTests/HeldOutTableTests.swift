import Foundation
import Intents
import Testing

/// The matcher in process against the held-out tables, one test per sentence.
@Suite("Held-out sentences, grouped by intent and by trap")
struct HeldOutTableTests {
    static let context = MatchContext(
        defaultOrganization: "example-org",
        workspaces: WorkspaceIndex(names: SandboxNames.all)
    )

    private func check(_ row: HeldOutCases.Row) throws {
        let line = ExplainJSON.line(for: IntentMatcher.match(row.text, context: Self.context))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        )
        let failure = ScorerJudge.failure(of: object, for: row)
        #expect(failure == nil, "\(row.text) -> \(line): \(failure ?? "")")
    }

    @Test(
        "new runs carry their workspace, kind, targets, variables and message",
        arguments: HeldOutCases.createRuns
    )
    func createRuns(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "lists of one workspace's runs carry filters, counts and windows",
        arguments: HeldOutCases.workspaceLists
    )
    func workspaceLists(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "lists with no single workspace go to the organization",
        arguments: HeldOutCases.organizationLists
    )
    func organizationLists(row: HeldOutCases.Row) throws { try check(row) }

    @Test("run and workspace details are read-only", arguments: HeldOutCases.details)
    func details(row: HeldOutCases.Row) throws { try check(row) }

    @Test("run actions need their verb and a target", arguments: HeldOutCases.actions)
    func actions(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "traps: negation, questions, status words, out of scope, noise",
        arguments: HeldOutCases.traps
    )
    func traps(row: HeldOutCases.Row) throws { try check(row) }

    @Test("other phrasings of every intent, typos included", arguments: HeldOutCases.phrasings)
    func phrasings(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "more traps: refusals, questions, several targets, noise",
        arguments: HeldOutCases.moreTraps
    )
    func moreTraps(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "a verb on something that is no run never reaches a run",
        arguments: HeldOutCases.foreignObjects
    )
    func foreignObjects(row: HeldOutCases.Row) throws { try check(row) }

    @Test("thoughts and plans for later are not carried out", arguments: HeldOutCases.hedges)
    func hedges(row: HeldOutCases.Row) throws { try check(row) }

    @Test("an abbreviation of known names is asked about", arguments: HeldOutCases.abbreviations)
    func abbreviations(row: HeldOutCases.Row) throws { try check(row) }

    @Test("a clause around the verb decides the intent", arguments: HeldOutCases.clauses)
    func clauses(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "statuses, including ones that wait for an action",
        arguments: HeldOutCases.waitingStatuses
    )
    func waitingStatuses(row: HeldOutCases.Row) throws { try check(row) }

    @Test("variables in a list and replacements", arguments: HeldOutCases.runArguments)
    func runArguments(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "a run kind or a target where a verb would be: lists for plurals, runs for the rest",
        arguments: HeldOutCases.runKinds
    )
    func runKinds(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "refusals before an order, reasons and retractions after it, questions about a run",
        arguments: HeldOutCases.aroundOrders
    )
    func aroundOrders(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "orders taken back are dropped, and a verb saying what a run failed to do is a status",
        arguments: HeldOutCases.slips
    )
    func slips(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "purposes, recent activity, plain new runs after a refusal and near-domain verbs",
        arguments: HeldOutCases.everyday
    )
    func everyday(row: HeldOutCases.Row) throws { try check(row) }

    @Test(
        "'it' after a named workspace, questions of safety, doers of past actions and settings",
        arguments: HeldOutCases.references
    )
    func references(row: HeldOutCases.Row) throws { try check(row) }

    @Test("no held-out sentence misfires a destructive intent it was not asked for")
    func noMisfires() throws {
        for row in HeldOutCases.all {
            let line = ExplainJSON.line(for: IntentMatcher.match(row.text, context: Self.context))
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            )
            if ScorerJudge.failure(of: object, for: row) != nil {
                #expect(!ScorerJudge.isDestructive(object), "misfire: \(row.text) -> \(line)")
            }
        }
    }
}

/// The sandbox's workspace names, as `tfcsh explain --sandbox` knows them.
enum SandboxNames {
    static let all = [
        "production", "staging", "development", "dev", "dev-test", "sandbox", "deployment",
        "prod-db-cluster", "network-infra", "app-servers", "security-baseline", "feature-test",
        "legacy-systems",
    ]
}
