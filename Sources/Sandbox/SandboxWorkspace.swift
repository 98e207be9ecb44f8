import Foundation

/// A workspace of the sandbox organization.
final class SandboxWorkspace {
    let id: String
    let name: String
    let createdAt: Date
    var autoApply = false
    var terraformVersion = "1.5.2"
    var workingDirectory = "/terraform"
    var costEstimation = false
    var policyChecks = false
    var description: String?
    var repository: String
    /// The resources in state, in the order they were created.
    var resources: [SandboxResource] = []
    /// Differences between the configuration and the state, applied by the next run.
    var pendingChanges: [PlannedChange] = []
    var variables: [DeclaredVariable] = []
    /// The run holding the lock, if any.
    var lockedBy: String?
    /// Non-speculative runs waiting for the lock, oldest first.
    var queue: [String] = []
    /// Every run, oldest first.
    var runs: [String] = []
    /// Runs other than speculative plans, oldest first (the default workspace listing).
    var nonSpeculativeRuns: [String] = []
    /// The newest run, for `current-run`.
    var currentRunID: String?
    /// How many of its runs errored, for `run-failures`.
    var failures = 0
    var configurationVersionID: String
    var stateVersionID: String

    /// Creates an empty workspace.
    init(
        id: String,
        name: String,
        createdAt: Date,
        repository: String,
        configurationVersionID: String,
        stateVersionID: String
    ) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.repository = repository
        self.configurationVersionID = configurationVersionID
        self.stateVersionID = stateVersionID
    }
}
