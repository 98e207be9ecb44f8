import Intents
import Testing

/// Exact and near-miss lookups of workspace names.
@Suite("Workspace index")
struct WorkspaceIndexTests {
    let index = WorkspaceIndex(names: SandboxNames.all)

    @Test(
        "a near miss is corrected to the one close known name",
        arguments: [
            ("prodution", "production"), ("stagign", "staging"), ("developmnt", "development"),
            ("sandbx", "sandbox"), ("netwrok-infra", "network-infra"),
            ("app-server", "app-servers"),
        ]
    )
    func corrects(typed: String, name: String) {
        #expect(index.closestName(to: typed) == name)
    }

    @Test(
        "a far or short word is never turned into a name",
        arguments: ["prod", "xyz", "database", "runs"]
    )
    func leavesUnknown(typed: String) {
        #expect(index.closestName(to: typed) == nil)
    }

    @Test("names are found ignoring case and with spaces for dashes")
    func exact() {
        #expect(index.exactName("DEV TEST") == "dev-test")
        #expect(index.exactName("Prod_DB_Cluster") == "prod-db-cluster")
        #expect(index.exactName("nothing") == nil)
    }

    @Test("two equally close names are a tie, not a guess")
    func tie() {
        let tied = WorkspaceIndex(names: ["alpha-one", "alpha-two"])
        #expect(tied.closestName(to: "alpha-onx") == "alpha-one")
        let pair = WorkspaceIndex(names: ["stage1", "stage2"])
        #expect(pair.closestName(to: "stage3") == nil)
    }

    @Test("an unknown explicit name is kept as typed by the matcher")
    func keepsUnknownExplicitName() {
        let result = IntentMatcher.match(
            "list runs in workspace payments-api",
            context: MatchContext(workspaces: index)
        )
        #expect(result.name == .listRunsInWorkspace)
        #expect(result.arguments.workspaceName == "payments-api")
    }

    @Test("an abbreviation lists the names it starts, never the name it equals")
    func abbreviations() {
        #expect(index.names(startingWith: "prod") == ["production", "prod-db-cluster"])
        #expect(index.names(startingWith: "STAG") == ["staging"])
        #expect(index.names(startingWith: "staging").isEmpty)
        #expect(index.names(startingWith: "pr").isEmpty)
        let names = (0..<3_000).map { "service-\($0)-prod" }
        #expect(WorkspaceIndex(names: names).names(startingWith: "serv", limit: 3).count == 3)
    }

    @Test("a large index still finds a one-letter miss")
    func large() {
        let names = (0..<3_000).map { "service-\($0)-prod" }
        let big = WorkspaceIndex(names: names)
        #expect(big.count == 3_000)
        #expect(big.closestName(to: "servise-2424-prod") == "service-2424-prod")
    }
}
