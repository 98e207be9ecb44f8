import Foundation

/// A workspace of the sandbox organization.
final class SandboxWorkspace {
    /// `ws-...`.
    let id: String
    /// The workspace name.
    let name: String
    /// When it was created.
    let createdAt: Date
    /// Whether runs apply without confirmation by default.
    var autoApply = false
    /// The Terraform version.
    var terraformVersion = "1.5.2"
    /// The working directory.
    var workingDirectory = "/terraform"
    /// Whether runs get a cost estimate.
    var costEstimation = false
    /// Whether runs get a policy check.
    var policyChecks = false
    /// The description.
    var description: String?
    /// The VCS repository, `owner/name`.
    var repository: String
    /// The resources in state, in the order they were created.
    var resources: [SandboxResource] = []
    /// Differences between the configuration and the state, applied by the next run.
    var pendingChanges: [PlannedChange] = []
    /// The variables the configuration declares.
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
    /// The latest configuration version.
    var configurationVersionID: String
    /// The current state version.
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
