/// Held-out rows for slips of the hand: retractions, verbs used as nouns, failed attempts.
extension HeldOutCases {
    /// Orders taken back, and action words that only say what a run did.
    static let slips = rows([
        (
            "discard the staging plan - actually never mind", "unknown|help|clarify", "{}"
        ),
        ("cancel run-A7xD4c1zLaMe6Rqn never mind", "unknown|help|clarify", "{}"),
        ("approve the dev plan, actually no, leave it", "unknown|help|clarify", "{}"),
        ("apply staging actually don't", "unknown|help|clarify", "{}"),
        (
            "apply failures on network-infra this week", "list_runs_in_workspace",
            #"{"workspace_name": "network-infra", "filter_status": {"includes": ["errored"]}, "#
                + #""since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "apply errors in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["errored"]}}"#
        ),
        (
            "runs that failed to apply in app-servers", "list_runs_in_workspace",
            #"{"workspace_name": "app-servers", "filter_status": {"includes": ["errored"]}}"#
        ),
        (
            "which plans were unable to apply in staging",
            "list_runs_in_workspace|get_run_details", #"{"workspace_name": "staging"}"#
        ),
    ])
}
