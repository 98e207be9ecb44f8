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
        (
            "the destroy plan in dev-test looks scary", "get_run_details|list_runs_in_workspace",
            #"{"workspace_name": "dev-test"}"#
        ),
        (
            "who started that destroy run in sandbox", "get_run_details|list_runs_in_workspace",
            #"{"workspace_name": "sandbox"}"#
        ),
        (
            "teardown of feature-test happened last week right?",
            "list_runs_in_workspace|get_run_details|help|clarify|unknown", "{}"
        ),
        (
            "a destroy plan for sandbox", "create_run",
            #"{"workspace_name": "sandbox", "is_destroy": true}"#
        ),
        (
            "plan staging; auto-apply: no", "create_run", #"{"workspace_name": "staging"}"#
        ),
        (
            "create a run in app-servers, auto apply: never", "create_run",
            #"{"workspace_name": "app-servers"}"#
        ),
    ])

    /// A clause around the order: a refusal before it, a reason or a retraction after it, a
    /// question about a run, a list of variables, a misspelt name before "workspace".
    static let aroundOrders = rows([
        (
            "don't destroy anything, just plan dev-test", "create_run",
            #"{"workspace_name": "dev-test"}"#
        ),
        ("do not apply, just plan staging", "create_run", #"{"workspace_name": "staging"}"#),
        (
            "don't apply anything, only plan production", "create_run",
            #"{"workspace_name": "production"}"#
        ),
        ("don't cancel it, just plan dev", "create_run", #"{"workspace_name": "dev"}"#),
        ("don't discard the dev-test plan-only run", "unknown|help|clarify", "{}"),
        ("just plan staging", "create_run", #"{"workspace_name": "staging", "plan_only": true}"#),
        (
            "Hey, can u start a plan for the staging workspace? need to check drift before the release",
            "create_run", #"{"workspace_name": "staging"}"#
        ),
        (
            "plan network-infra, I want to check drift", "create_run",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "plan staging and show me the output", "create_run",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "show me the runs and plan staging", "clarify", "{}"
        ),
        (
            "can u cancel run-A7xD4c1zLaMe6Rqn", "cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        ("apply run-K3jR7m9zXpYw2Ctn... just kidding", "unknown|help|clarify", "{}"),
        ("discard the dev plan, scratch that", "unknown|help|clarify", "{}"),
        ("cancel run-A7xD4c1zLaMe6Rqn jk", "unknown|help|clarify", "{}"),
        (
            "never mind, apply run-K3jR7m9zXpYw2Ctn", "apply_run",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        (
            "how many resources will run-J7cW8p2qRmYx3Dkv add", "get_run_details",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv"}"#
        ),
        (
            "how much will run-J7cW8p2qRmYx3Dkv change", "get_run_details",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv"}"#
        ),
        (
            "how many resources did run-W3tZ0y7vHwIe2Mnj delete", "get_run_details",
            #"{"run_id": "run-W3tZ0y7vHwIe2Mnj"}"#
        ),
        ("delete run-W3tZ0y7vHwIe2Mnj", "unknown|help|clarify", "{}"),
        (
            "plan development setting environment to staging and enable_monitoring to false",
            "create_run",
            #"{"workspace_name": "development", "variables": {"environment": "staging", "enable_monitoring": "false"}}"#
        ),
        (
            "run development setting instance_type to t3.large, environment to qa", "create_run",
            #"{"workspace_name": "development", "variables": {"instance_type": "t3.large", "environment": "qa"}}"#
        ),
        (
            "plan staging setting region to eu-west-1", "create_run",
            #"{"workspace_name": "staging", "variables": {"region": "eu-west-1"}}"#
        ),
        (
            "which terraform version does the developmnet workspace use", "get_workspace_details",
            #"{"workspace_name": "development"}"#
        ),
        (
            "is the stagin workspace locked", "get_workspace_details",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "show the prodution workspace runs", "list_runs_in_workspace",
            #"{"workspace_name": "production"}"#
        ),
    ])
}
