/// Held-out sentences whose reading turns on a clause: a relative clause, a trailing reason, a
/// status that waits for an action, a list of variables, a replacement.
extension HeldOutCases {
    /// Clauses around the verb that decide the intent.
    static let clauses = rows([
        (
            "skip the queue and force execute the pending run in deployment",
            "force_execute_run", #"{"workspace_name": "deployment"}"#
        ),
        (
            "skip ahead and force-execute run-B8yE5d2aLbNf7Sro", "force_execute_run",
            #"{"run_id": "run-B8yE5d2aLbNf7Sro"}"#
        ),
        ("skip the plan in staging", "get_run_details|unknown|clarify", "{}"),
        ("kilt the run in staging", "get_run_details|unknown|clarify", "{}"),
        (
            "show runs I can cancel in production", "list_runs_in_workspace",
            #"{"workspace_name": "production"}"#
        ),
        (
            "which runs can I discard in dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev"}"#
        ),
        (
            "list the ones we should apply in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved"]}}"#
        ),
        ("what runs could we cancel", "list_runs_in_organization", "{}"),
        (
            "show me runs I need to approve", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved"]}}"#
        ),
        (
            "um, can we get a fresh plan going on staging?", "create_run",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "let's get a new run started in app-servers", "create_run",
            #"{"workspace_name": "app-servers"}"#
        ),
        (
            "could you get another plan queued for network-infra", "create_run",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "get the plan for run-K3jR7m9zXpYw2Ctn", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        (
            "force cancel the run in production, it ignores the cancel", "force_cancel_run",
            #"{"workspace_name": "production"}"#
        ),
        (
            "cancel the run in staging, the apply is hanging", "cancel_run",
            #"{"workspace_name": "staging", "comment": "the apply is hanging"}"#
        ),
        (
            "discard run-Z6wC3b0yKzLh5Pqm, the plan is wrong", "discard_run",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm", "comment": "the plan is wrong"}"#
        ),
        ("cancel run-A7xD4c1zLaMe6Rqn, then apply it", "clarify", "{}"),
        (
            "abort the running apply in production", "cancel_run",
            #"{"workspace_name": "production"}"#
        ),
        (
            "discard the staging plan, the targets are wrong", "discard_run",
            #"{"workspace_name": "staging"}"#
        ),
        ("cancel the pending apply in dev", "cancel_run", #"{"workspace_name": "dev"}"#),
        (
            "cancel the long running apply in production", "cancel_run",
            #"{"workspace_name": "production"}"#
        ),
        ("cancel the terraform apply in staging", "cancel_run", #"{"workspace_name": "staging"}"#),
        ("apply the approved plan in staging", "apply_run", #"{"workspace_name": "staging"}"#),
        (
            "discard the lambda plan in production", "discard_run",
            #"{"workspace_name": "production"}"#
        ),
        ("cancel the CI run in deployment", "cancel_run", #"{"workspace_name": "deployment"}"#),
        ("apply jane's plan in staging", "apply_run", #"{"workspace_name": "staging"}"#),
        (
            "is the production workspace locked?", "get_workspace_details",
            #"{"workspace_name": "production"}"#
        ),
        (
            "is the staging workspace busy?", "get_workspace_details",
            #"{"workspace_name": "staging"}"#
        ),
    ])

    /// Status words, including ones that wait for an action rather than report it.
    static let waitingStatuses = rows([
        (
            "list the force-canceled runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["force_canceled"], "allowed": ["canceled", "force_canceled"]}}"#
        ),
        (
            "show force cancelled runs in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["force_canceled"], "allowed": ["canceled", "force_canceled"]}}"#
        ),
        (
            "list runs that need to be applied in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved"]}}"#
        ),
        (
            "show runs waiting to be approved", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved", "pending"]}}"#
        ),
        (
            "which runs are yet to be applied in dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved"]}}"#
        ),
        (
            "runs that can be cancelled in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["planning", "applying"], "allowed": ["planning", "applying", "pending", "plan_queued", "apply_queued"]}}"#
        ),
        (
            "list the runs that should be discarded", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved", "pending"]}}"#
        ),
        (
            "list applied runs in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["applied"], "allowed": ["applied"]}}"#
        ),
        (
            "show the cancelled runs in dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "filter_status": {"includes": ["canceled"], "allowed": ["canceled", "force_canceled"]}}"#
        ),
        (
            "show runs pending apply in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved"]}}"#
        ),
        (
            "which runs are pending apply", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["planned"], "allowed": ["planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed", "planned_and_saved"]}}"#
        ),
    ])

    /// Variables in a list and replacements of resources.
    static let runArguments = rows([
        (
            "start a run in development where instance_type is t3.medium and environment is qa",
            "create_run",
            #"{"workspace_name": "development", "variables": {"instance_type": "t3.medium", "environment": "qa"}}"#
        ),
        (
            "plan development with environment=qa and instance_type=t3.large", "create_run",
            #"{"workspace_name": "development", "variables": {"environment": "qa", "instance_type": "t3.large"}}"#
        ),
        (
            "start a run in development where environment is qa, instance_type is t3.large and enable_monitoring is true",
            "create_run",
            #"{"workspace_name": "development", "variables": {"environment": "qa", "instance_type": "t3.large", "enable_monitoring": "true"}}"#
        ),
        (
            "force replacement of aws_instance.bastion in sandbox", "create_run",
            #"{"workspace_name": "sandbox", "replace_addrs": ["aws_instance.bastion"]}"#
        ),
        (
            "plan staging with only the load balancer", "create_run",
            #"{"workspace_name": "staging", "target_query": "load balancer"}"#
        ),
        (
            "force replace aws_instance.web in staging", "create_run",
            #"{"workspace_name": "staging", "replace_addrs": ["aws_instance.web"]}"#
        ),
        (
            "plan staging with a replacement of module.db.aws_rds_cluster.main", "create_run",
            #"{"workspace_name": "staging", "replace_addrs": ["module.db.aws_rds_cluster.main"]}"#
        ),
        (
            "plan development -var 'environment=qa'", "create_run",
            #"{"workspace_name": "development", "variables": {"environment": "qa"}}"#
        ),
        (
            #"plan development -var="instance_type=t3.large""#, "create_run",
            #"{"workspace_name": "development", "variables": {"instance_type": "t3.large"}}"#
        ),
        (
            "plan development --var 'environment=qa' --var 'enable_monitoring=false'",
            "create_run",
            #"{"workspace_name": "development", "variables": {"environment": "qa", "enable_monitoring": "false"}}"#
        ),
        (
            "create a run in development with var.environment=prod", "create_run",
            #"{"workspace_name": "development", "variables": {"environment": "prod"}}"#
        ),
    ])
}
