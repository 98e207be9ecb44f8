/// Held-out rows for what "it" stands for, questions of safety, doers and settings.
extension HeldOutCases {
    /// "it" after a named workspace, "is it safe to", "did the pipeline cancel", settings.
    static let references = rows([
        ("the plan in dev is wrong, discard it", "discard_run", #"{"workspace_name": "dev"}"#),
        ("staging looks good, approve it", "apply_run", #"{"workspace_name": "staging"}"#),
        (
            "the run in network-infra is hung, cancel it", "cancel_run",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "production's apply is stuck, force cancel it", "force_cancel_run",
            #"{"workspace_name": "production"}"#
        ),
        ("dev looks fine, don't discard it", "unknown|help|clarify", "{}"),
        (
            "if staging looks good, apply it", "get_run_details|clarify|unknown|help",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "jane says dev is wrong and wants to discard it",
            "unknown|clarify|get_run_details|list_runs_in_workspace", #"{"workspace_name": "dev"}"#
        ),
        (
            "once dev is reviewed, apply it", "get_run_details|clarify|unknown",
            #"{"workspace_name": "dev"}"#
        ),
        ("is it safe to force cancel a run?", "help|unknown", "{}"),
        (
            "is it ok to discard run-Z6wC3b0yKzLh5Pqm?", "help|unknown|get_run_details",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm"}"#
        ),
        ("is it risky to apply staging on a friday", "help|unknown|get_run_details", "{}"),
        (
            "what runs did the CI/CD pipeline cancel?", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["canceled"], "allowed": ["canceled", "#
                + #""force_canceled"]}}"#
        ),
        (
            "which runs has the pipeline applied this week", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["applied"]}, "since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "which runs did jane's team discard in dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "filter_status": {"includes": ["discarded"]}}"#
        ),
        (
            "which runs did someone from the CI team force cancel", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["canceled"], "allowed": ["canceled", "#
                + #""force_canceled"]}}"#
        ),
        (
            "which runs did the nightly job in staging apply", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["applied"]}}"#
        ),
        (
            "The pipeline will auto-apply once merged; show me the sandbox workspace",
            "get_workspace_details", #"{"workspace_name": "sandbox"}"#
        ),
        (
            "jane turned on auto-apply, show me the staging workspace",
            "get_workspace_details", #"{"workspace_name": "staging"}"#
        ),
        (
            "does staging have auto-apply enabled?", "get_workspace_details|help",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "is auto-apply on for sandbox?", "get_workspace_details|help",
            #"{"workspace_name": "sandbox"}"#
        ),
        (
            "targeted plan on staging for just the database", "create_run",
            #"{"workspace_name": "staging", "target_query": "database"}"#
        ),
        ("targeted plan on staging", "create_run", #"{"workspace_name": "staging"}"#),
        ("quick plan for dev", "create_run", #"{"workspace_name": "dev"}"#),
        (
            "status of the targeted plan in staging", "get_run_details",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "the destroy run in feature-test - what did it remove?",
            "get_run_details|list_runs_in_workspace", #"{"workspace_name": "feature-test"}"#
        ),
        (
            "will it destroy anything in sandbox?", "get_run_details|help",
            #"{"workspace_name": "sandbox"}"#
        ),
        ("what would it change in production", "get_run_details|help", "{}"),
    ])
}
