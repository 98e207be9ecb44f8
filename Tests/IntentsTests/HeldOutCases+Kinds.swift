/// Held-out sentences whose reading turns on a kind of run named without a verb: "destroy
/// runs", "runs that destroyed", "target ADDRESS", "auto-apply a run", "apply-automatically".
extension HeldOutCases {
    /// A run kind or a target where a verb would be.
    static let runKinds = rows([
        (
            "destroy runs in the organization", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["destroy"], "allowed": ["destroy"]}}"#
        ),
        (
            "destroy plans in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_operation": {"includes": ["destroy"], "allowed": ["destroy"]}}"#
        ),
        (
            "refresh runs across the org", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["refresh_only"], "allowed": ["refresh_only"]}}"#
        ),
        (
            "destroy plan for legacy-systems", "create_run",
            #"{"workspace_name": "legacy-systems", "is_destroy": true}"#
        ),
        (
            "list the runs that destroyed resources", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["destroy"], "allowed": ["destroy"]}}"#
        ),
        (
            "runs that destroyed something in sandbox", "list_runs_in_workspace",
            #"{"workspace_name": "sandbox", "filter_operation": {"includes": ["destroy"], "allowed": ["destroy"]}}"#
        ),
        (
            "plan staging, make sure nothing gets destroyed", "create_run",
            #"{"workspace_name": "staging"}"#
        ),
    ])
}
