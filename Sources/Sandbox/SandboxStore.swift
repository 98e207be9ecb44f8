import Foundation

/// Everything the sandbox knows: clock, ID source, users, workspaces, runs and their indexes.
///
/// Only `Sandbox` touches it, and only while holding its lock, so it is a plain class.
final class SandboxStore {
    /// The organization's name.
    let organization = ExampleOrganization.name
    /// When the organization was created.
    let organizationCreatedAt: Date
    /// The source of every new ID and random choice.
    var generator: SeededGenerator
    /// The clock the sandbox follows.
    var clock: SandboxClock
    /// Simulated time up to which every due transition has run.
    var now: Date
    /// Users in seed order.
    var users: [SandboxUser] = []
    /// Users by ID.
    var usersByID: [String: SandboxUser] = [:]
    /// The sandbox's own user, the one every request acts as.
    var accountID = ""
    /// Workspaces in seed order.
    var workspaces: [SandboxWorkspace] = []
    /// Workspaces by ID.
    var workspacesByID: [String: SandboxWorkspace] = [:]
    /// Workspaces by name.
    var workspacesByName: [String: SandboxWorkspace] = [:]
    /// Runs by ID.
    var runs: [String: SandboxRun] = [:]
    /// Every run of the organization, oldest first.
    var organizationRuns: [String] = []
    /// Runs by plan or apply ID.
    var phases: [String: SandboxRun] = [:]
    /// Runs by log secret, with which phase the log is.
    var logs: [String: (runID: String, isApply: Bool)] = [:]
    /// Configuration versions by ID.
    var configurationVersions: [String: ConfigurationVersion] = [:]
    /// Comments by ID.
    var comments: [String: RunComment] = [:]
    /// Runs with a transition scheduled.
    var active: Set<String> = []
    /// The sequence number of the last run made.
    var nextSequence = 0
    /// While true, runs move through their lifecycle without touching locks or state.
    var isSeeding = false
    /// Counts changes to any run or queue, so cached run documents know when they are stale.
    var revision = 0
    /// The last filtered workspace run list: its workspace and filters, the revision and time
    /// it was made at, and the matching run IDs, newest first.
    var lastFilteredList: (key: String, revision: Int, now: Date, ids: [String])?
    /// Whether `/api/v2` requests need a bearer token.
    var requiresToken = true

    /// Creates an empty store at the clock's start.
    init(seed: UInt64, clock: SandboxClock) {
        generator = SeededGenerator(seed: seed)
        self.clock = clock
        now = clock.start
        organizationCreatedAt = clock.start.addingTimeInterval(-3 * 365 * SandboxTime.day)
    }

    /// Adds a user.
    func add(_ user: SandboxUser) {
        users.append(user)
        usersByID[user.id] = user
    }

    /// Adds a workspace.
    func add(_ workspace: SandboxWorkspace) {
        workspaces.append(workspace)
        workspacesByID[workspace.id] = workspace
        workspacesByName[workspace.name] = workspace
    }

    /// Records a configuration version.
    func add(_ version: ConfigurationVersion) {
        configurationVersions[version.id] = version
    }

    /// A new configuration version for `workspace` at `time`, with a plausible commit.
    func makeConfigurationVersion(
        for workspace: SandboxWorkspace,
        at time: Date,
        message: String? = nil,
        sha: String? = nil
    ) -> ConfigurationVersion {
        let messages = [
            "chore: bump provider versions", "fix: tighten security group rules",
            "feat: add alarms for error rates", "refactor: split networking module",
            "chore: update tags", "feat: enable encryption at rest",
        ]
        let commit = sha ?? hexToken(length: 40)
        let pick = messages[generator.int(in: 0...(messages.count - 1))]
        let version = ConfigurationVersion(
            id: generator.identifier("cv"),
            ingressID: generator.identifier("ia"),
            commitSHA: commit,
            commitMessage: message ?? pick,
            sender: ["jane-doe", "john-smith", "ci-bot"][generator.int(in: 0...2)],
            repository: workspace.repository,
            createdAt: time,
            source: "tfe-configuration-version"
        )
        add(version)
        return version
    }

    /// `length` lower-case hexadecimal digits.
    func hexToken(length: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<length).map { _ in digits[Int(generator.next() % 16)] })
    }

    /// Registers a new run in every index; runs must arrive oldest first except while seeding.
    func insert(_ run: SandboxRun) {
        runs[run.id] = run
        phases[run.plan.id] = run
        phases[run.apply.id] = run
        logs[run.plan.logSecret] = (run.id, false)
        logs[run.apply.logSecret] = (run.id, true)
        organizationRuns.append(run.id)
        guard let workspace = workspacesByID[run.workspaceID] else { return }
        workspace.runs.append(run.id)
        if !run.planOnly { workspace.nonSpeculativeRuns.append(run.id) }
        if !isSeeding { workspace.currentRunID = run.id }
    }

    /// Sorts the run indexes oldest first, after runs were added out of order.
    func sortIndexes() {
        let before: (String, String) -> Bool = { [runs] lhs, rhs in
            guard let left = runs[lhs], let right = runs[rhs] else { return lhs < rhs }
            return (left.createdAt, left.sequence) < (right.createdAt, right.sequence)
        }
        organizationRuns.sort(by: before)
        for workspace in workspaces {
            workspace.runs.sort(by: before)
            workspace.nonSpeculativeRuns.sort(by: before)
            workspace.currentRunID = workspace.runs.last
        }
    }

    /// A new, empty run with fresh IDs for itself and its plan and apply.
    func makeRun(
        id: String? = nil,
        workspace: SandboxWorkspace,
        createdAt: Date,
        createdBy: String,
        message: String,
        configurationVersionID: String
    ) -> SandboxRun {
        let runID = id ?? generator.identifier("run")
        let plan = RunPhase(
            id: generator.identifier("plan"),
            logSecret: generator.token(length: 40)
        )
        let apply = RunPhase(
            id: generator.identifier("apply"),
            logSecret: generator.token(length: 40)
        )
        nextSequence += 1
        let run = SandboxRun(
            id: runID,
            sequence: nextSequence,
            workspaceID: workspace.id,
            createdAt: createdAt,
            createdBy: createdBy,
            message: message,
            configurationVersionID: configurationVersionID,
            plan: plan,
            apply: apply
        )
        run.terraformVersion = workspace.terraformVersion
        return run
    }

    /// The number of runs ahead of `run` in its workspace's queue, the lock holder included.
    func positionInQueue(of run: SandboxRun) -> Int {
        guard run.status == .pending, let workspace = workspacesByID[run.workspaceID],
            let index = workspace.queue.firstIndex(of: run.id)
        else { return 0 }
        return index + (workspace.lockedBy == nil ? 0 : 1)
    }
}
