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
        (
            "target aws_security_group.main in security-baseline", "create_run",
            #"{"workspace_name": "security-baseline", "target_addrs": ["aws_security_group.main"]}"#
        ),
        (
            "targeting module.vpc on network-infra", "create_run",
            #"{"workspace_name": "network-infra", "target_addrs": ["module.vpc"]}"#
        ),
        (
            "-target=aws_vpc.main in network infra", "create_run",
            #"{"workspace_name": "network-infra", "target_addrs": ["aws_vpc.main"]}"#
        ),
        (
            "only aws_s3_bucket.logs in sandbox please", "create_run",
            #"{"workspace_name": "sandbox", "target_addrs": ["aws_s3_bucket.logs"]}"#
        ),
        (
            "queue an apply-automatically run on dev-test", "create_run",
            #"{"workspace_name": "dev-test", "auto_apply": true}"#
        ),
        (
            "destroy-only plan in sandbox", "create_run",
            #"{"workspace_name": "sandbox", "is_destroy": true, "plan_only": true}"#
        ),
        (
            "auto-apply a run in sandbox", "create_run",
            #"{"workspace_name": "sandbox", "auto_apply": true}"#
        ),
        (
            "auto apply a plan on dev", "create_run",
            #"{"workspace_name": "dev", "auto_apply": true}"#
        ),
        ("craete an auto-apply run in sandbox", "clarify", "{}"),
        (
            "start a run in deployment and apply automatically once the plan passes",
            "create_run", #"{"workspace_name": "deployment", "auto_apply": true}"#
        ),
        (
            "auto-apply a run in sandbox if the plan is clean", "create_run",
            #"{"workspace_name": "sandbox", "auto_apply": true}"#
        ),
        (
            "create a run in app-servers, apply it automatically once the plans succeed",
            "create_run", #"{"workspace_name": "app-servers", "auto_apply": true}"#
        ),
        (
            "create a run in sandbox and apply automatically once jane approves",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "apply run-K3jR7m9zXpYw2Ctn once the plan passes",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
    ])
}
