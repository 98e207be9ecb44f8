import Foundation
import Sandbox
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Every client operation against a fresh sandbox, through the same URLSession path the shell
/// uses: what the sandbox answers is what the client reads.
@Suite("The client against the sandbox")
struct ClientAgainstSandboxTests {
    let sandbox = Sandbox()
    let recorder: RecordingTransport
    let client: TerraformCloudClient

    init() throws {
        let base = SandboxURLProtocol.register(sandbox)
        recorder = RecordingTransport(
            URLSessionTransport(configuration: SandboxURLProtocol.sessionConfiguration())
        )
        client = TerraformCloudClient(
            configuration: try ClientConfiguration(
                address: base.absoluteString,
                token: APIToken("test-token-value"),
                organization: "example-org"
            ),
            transport: recorder
        )
    }

    @Test("workspaces are read by name and listed; the account and organization are read")
    func workspacesAndAccount() async throws {
        let production = try await client.workspace(named: "production")
        #expect(production.name == "production")
        #expect(production.terraformVersion == "1.5.2")
        #expect(production.workingDirectory == "/terraform")
        let names = try await client.workspaces(pageSize: 5).collect().map(\.name)
        #expect(Set(names) == Set(ExampleOrganization.workspaceNames))
        let account = try await client.currentAccount()
        #expect(account.email == Sandbox.accountEmail)
        #expect(try await client.organization().name == "example-org")
        _ = try await client.ping()
    }

    @Test("creating a run in a named workspace costs 2 requests the first time and 1 after")
    func createCounts() async throws {
        let first = try await client.createRun(
            workspaceName: "sandbox",
            options: RunCreateOptions(message: "one", autoApply: false)
        )
        #expect(recorder.count == 2)
        let second = try await client.createRun(
            workspaceName: "sandbox",
            options: RunCreateOptions(message: "two", planOnly: true)
        )
        #expect(recorder.count == 3)
        #expect(first.status == .pending)
        #expect(second.planOnly)
        #expect(first.id != second.id)
    }

    @Test("run details join the plan, apply, creator, commit and workspace")
    func runDetails() async throws {
        let details = try await client.runDetails(id: "run-J7cW8p2qRmYx3Dkv")
        #expect(details.run.status == .plannedAndFinished)
        #expect(details.run.planOnly)
        #expect(details.plan?.resourceAdditions == 2)
        #expect(details.plan?.resourceChanges == 1)
        #expect(details.createdBy?.email == Sandbox.accountEmail)
        #expect(details.commit?.shortSHA == "7a8b9c0d")
        #expect(details.workspace?.name == "production")
        let plan = try #require(details.plan)
        #expect(plan.duration == 90)
        let log = try await client.log(of: plan)
        #expect(log.contains("will be created"))
        #expect(!log.contains("\u{02}"))
    }

    @Test("lists filter on the server and page lazily")
    func lists() async throws {
        let errored = try await client.runs(options: RunListOptions(statuses: [.errored]))
            .collect()
        #expect(errored.count >= 5)
        #expect(errored.allSatisfy { $0.run.status == .errored })
        let destroys = try await client.runs(
            options: RunListOptions(operations: [.destroy], workspaceNames: ["feature-test"])
        ).collect()
        #expect(destroys.map(\.id).contains("run-W3tZ0y7vHwIe2Mnj"))
        recorder.reset()
        var seen = 0
        for try await _ in try client.runs(options: RunListOptions(pageSize: 2)) {
            seen += 1
            if seen == 3 {
                break
            }
        }
        // Three runs at two a page: two pages, and not one more.
        #expect(recorder.count == 2)
    }

    @Test("allowed actions succeed and the run moves on")
    func allowedActions() async throws {
        try await client.applyRun(id: "run-K3jR7m9zXpYw2Ctn", comment: "ship it")
        #expect(try await client.run(id: "run-K3jR7m9zXpYw2Ctn").run.status == .confirmed)
        try await client.discardRun(id: "run-Z6wC3b0yKzLh5Pqm")
        #expect(try await client.run(id: "run-Z6wC3b0yKzLh5Pqm").run.status == .discarded)
        let comments = try await client.comments(runID: "run-K3jR7m9zXpYw2Ctn")
        #expect(comments.contains { $0.body == "ship it" })
    }

    @Test(
        "refused actions become conflicts that say why",
        arguments: [
            (RunAction.apply, "run-J7cW8p2qRmYx3Dkv", "paused for confirmation"),
            (RunAction.discard, "run-K4jR7p9qZnYw2Lmp", "discard not allowed"),
            (RunAction.cancel, "run-P8vT5q2nWxYz1Fmb", "cancel not allowed"),
            (RunAction.forceCancel, "run-A7xD4c1zLaMe6Rqn", "has not been canceled"),
        ]
    )
    func refusedActions(action: RunAction, runID: String, reason: String) async throws {
        do {
            try await client.perform(action, runID: runID)
            Issue.record("\(action) on \(runID) should have been refused")
        } catch let error as TerraformCloudError {
            guard case .conflict(_, _, let text) = error else {
                Issue.record("expected a conflict, got \(error)")
                return
            }
            #expect(text.contains(reason))
            // The message names the run and gives the server's reason in words.
            #expect(error.errorDescription?.contains(runID) == true)
            #expect(error.errorDescription?.contains(reason) == true)
        }
    }

    @Test(
        "the stuck run: cancel is accepted but it keeps applying; force-cancel after the cool-off"
    )
    func stuckRun() async throws {
        let id = "run-A7xD4c1zLaMe6Rqn"
        try await client.cancelRun(id: id)
        var run = try await client.run(id: id).run
        #expect(run.status == .applying)
        #expect(run.forceCancelAvailableAt != nil)
        sandbox.advance(by: 11)
        run = try await client.run(id: id).run
        #expect(run.actions.isForceCancelable)
        try await client.forceCancelRun(id: id)
        run = try await client.run(id: id).run
        #expect(run.status == .forceCanceled)
        #expect(try await client.workspace(named: "production").locked == false)
    }

    @Test("force-execute moves the third run in deployment's queue ahead of the others")
    func forceExecute() async throws {
        try await client.forceExecuteRun(id: "run-B8yE5d2aLbNf7Sro")
        let run = try await client.run(id: "run-B8yE5d2aLbNf7Sro").run
        // It starts at once: its plan is queued, and it holds the workspace's lock.
        #expect(run.status == .planQueued)
        #expect(try await client.workspace(named: "deployment").lockedBy?.id == run.id)
        let ahead = try await client.runs(
            workspaceName: "deployment",
            options: RunListOptions(statuses: [.pending])
        ).collect()
        #expect(ahead.isEmpty)
    }

    @Test("a plan finishes after about 90 seconds of sandbox time")
    func lifecycle() async throws {
        let run = try await client.createRun(
            workspaceName: "sandbox",
            options: RunCreateOptions(autoApply: false)
        )
        sandbox.advance(by: 30)
        #expect(try await client.run(id: run.id).run.status == .planning)
        sandbox.advance(by: 90)
        let planned = try await client.runDetails(id: run.id)
        #expect(planned.run.status == .planned)
        #expect(planned.run.actions.isConfirmable)
        try await client.applyRun(id: run.id)
        sandbox.advance(by: 300)
        let applied = try await client.runDetails(id: run.id)
        #expect(applied.run.status == .applied)
        #expect(applied.apply?.status.rawValue == "finished")
    }

    @Test("resources and variables of a workspace")
    func resourcesAndVariables() async throws {
        let staging = try await client.workspaceID(named: "staging")
        let addresses = try await client.resources(workspaceID: staging).collect().map(\.address)
        #expect(addresses.contains("aws_rds_cluster.main"))
        #expect(addresses.contains { $0.hasPrefix("module.database.") })
        let development = try await client.workspaceID(named: "development")
        let keys = try await client.variables(workspaceID: development).map(\.key)
        #expect(Set(keys).isSuperset(of: ["environment", "instance_type", "enable_monitoring"]))
    }

    @Test("a plan and an apply are read by ID and by run, and their logs carry the error")
    func plansAppliesAndLogs() async throws {
        // S9p planned 1 change and then failed in its apply.
        let details = try await client.runDetails(id: "run-S9pV6u3rDsEa8Ijf")
        let planID = try #require(details.plan?.id)
        let applyID = try #require(details.apply?.id)
        let plan = try await client.plan(runID: "run-S9pV6u3rDsEa8Ijf")
        #expect(plan.id == planID)
        #expect(try await client.plan(id: planID).resourceAdditions == plan.resourceAdditions)
        let apply = try await client.apply(id: applyID)
        #expect(apply.status.rawValue == "errored")
        let log = try await client.log(of: apply)
        #expect(log.contains("InsufficientDBInstanceCapacity"))
        // The log comes from a pre-signed address, fetched without the token.
        let logRequest = try #require(recorder.requests.last)
        #expect(logRequest.value(forHTTPHeaderField: "Authorization") == nil)
        #expect(try await client.log(of: plan).isEmpty == false)
    }

    @Test("a workspace's resources carry their module, and the workspace list sends search[name]")
    func modulesAndSearch() async throws {
        let staging = try await client.workspaceID(named: "staging")
        let resources = try await client.resources(workspaceID: staging).collect()
        let inModule = try #require(resources.first { $0.address.hasPrefix("module.database.") })
        #expect(inModule.module == "database")
        #expect(resources.first { $0.address == "aws_rds_cluster.main" }?.module == "root")
        let found = try await client.workspaces(search: "prod").collect().map(\.name)
        #expect(Set(found) == ["production", "prod-db-cluster"])
        let sent = try #require(recorder.requests.last?.url?.query)
        #expect(sent.contains("search%5Bname%5D=prod"))
    }

    @Test("unknown things are not found, and bad IDs never leave the client")
    func notFound() async throws {
        await #expect(throws: TerraformCloudError.self) {
            try await client.workspace(named: "no-such-workspace")
        }
        recorder.reset()
        await #expect(throws: TerraformCloudError.self) {
            try await client.runDetails(id: "run-../../etc")
        }
        #expect(recorder.count == 0)
    }
}
