/// What a sentence asks tfcsh to do: one of the tools of the spec, or help, unknown or clarify.
public enum IntentName: String, Sendable, CaseIterable, Codable {
    case createRun = "create_run"
    case listRunsInWorkspace = "list_runs_in_workspace"
    case listRunsInOrganization = "list_runs_in_organization"
    case getRunDetails = "get_run_details"
    case getWorkspaceDetails = "get_workspace_details"
    case applyRun = "apply_run"
    case discardRun = "discard_run"
    case cancelRun = "cancel_run"
    case forceCancelRun = "force_cancel_run"
    case forceExecuteRun = "force_execute_run"
    case watchRun = "watch_run"
    case help
    case unknown
    case clarify

    /// Whether running the intent changes a run whatever its arguments say.
    ///
    /// `create_run` is destructive only with `is_destroy` or `auto_apply`; see
    /// `MatchResult.isDestructive`.
    public var isDestructive: Bool {
        switch self {
        case .applyRun, .discardRun, .cancelRun, .forceCancelRun, .forceExecuteRun: true
        default: false
        }
    }

    /// What a question offering this intent as a choice calls it ("list the runs").
    public var choicePhrase: String {
        switch self {
        case .createRun: "start a new run"
        case .listRunsInWorkspace, .listRunsInOrganization: "list the runs"
        case .getRunDetails: "show the run"
        case .getWorkspaceDetails: "describe the workspace"
        case .help, .unknown, .clarify: "explain what I can do"
        default: "\(verb) the run"
        }
    }

    /// The verb a question about this intent uses ("Which run should I apply?").
    public var verb: String {
        switch self {
        case .createRun: "start a run in"
        case .listRunsInWorkspace, .listRunsInOrganization: "list"
        case .getRunDetails: "show"
        case .getWorkspaceDetails: "describe"
        case .applyRun: "apply"
        case .discardRun: "discard"
        case .cancelRun: "cancel"
        case .forceCancelRun: "force-cancel"
        case .forceExecuteRun: "force-execute"
        case .watchRun: "watch"
        case .help, .unknown, .clarify: "do"
        }
    }
}
