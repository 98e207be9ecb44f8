import Testing

/// Sentences not in the shared dev set, grouped by intent and by trap, with what they must give.
///
/// Each row is (sentence, accepted intents separated by `|`, expected arguments as JSON in the
/// scorer's format). `Fixtures/heldout.jsonl` is written from these tables (see
/// `HeldOutFileTests`) so that `score-intents` can score the same sentences through the binary.
enum HeldOutCases {
    /// One scored sentence.
    struct Row: Sendable, CustomTestStringConvertible {
        let text: String
        let intents: [String]
        let arguments: String

        var testDescription: String { text }
    }

    static func rows(_ table: [(String, String, String)]) -> [Row] {
        table.map {
            Row(text: $0.0, intents: $0.1.split(separator: "|").map(String.init), arguments: $0.2)
        }
    }

    static let createRuns = rows([
        ("start a plan in staging", "create_run", #"{"workspace_name": "staging"}"#),
        ("kick off a run on production", "create_run", #"{"workspace_name": "production"}"#),
        ("trigger a new run for app-servers", "create_run", #"{"workspace_name": "app-servers"}"#),
        ("queue a plan in network-infra", "create_run", #"{"workspace_name": "network-infra"}"#),
        (
            "run a plan on security-baseline", "create_run",
            #"{"workspace_name": "security-baseline"}"#
        ),
        ("plan dev-test", "create_run", #"{"workspace_name": "dev-test"}"#),
        ("new run in legacy-systems", "create_run", #"{"workspace_name": "legacy-systems"}"#),
        (
            "please create a run in the feature-test workspace", "create_run",
            #"{"workspace_name": "feature-test"}"#
        ),
        (
            "make a plan for the prod db cluster", "create_run",
            #"{"workspace_name": "prod-db-cluster"}"#
        ),
        (
            "launch a run in workspace deployment", "create_run",
            #"{"workspace_name": "deployment"}"#
        ),
        (
            "speculative plan on staging", "create_run",
            #"{"workspace_name": "staging", "plan_only": true}"#
        ),
        (
            "do a dry run in production", "create_run",
            #"{"workspace_name": "production", "plan_only": true}"#
        ),
        (
            "plan only run for network infra", "create_run",
            #"{"workspace_name": "network-infra", "plan_only": true}"#
        ),
        (
            "create a run in dev, plan only, do not apply", "create_run",
            #"{"workspace_name": "dev", "plan_only": true}"#
        ),
        (
            "plan sandbox without applying", "create_run",
            #"{"workspace_name": "sandbox", "plan_only": true}"#
        ),
        (
            "plan staging but don't apply anything", "create_run",
            #"{"workspace_name": "staging", "plan_only": true}"#
        ),
        (
            "create a destroy run in feature-test", "create_run",
            #"{"workspace_name": "feature-test", "is_destroy": true}"#
        ),
        (
            "tear down the sandbox workspace", "create_run",
            #"{"workspace_name": "sandbox", "is_destroy": true}"#
        ),
        (
            "destroy everything in dev-test", "create_run",
            #"{"workspace_name": "dev-test", "is_destroy": true}"#
        ),
        (
            "queue a destroy plan for legacy-systems with message 'decommission'", "create_run",
            #"{"workspace_name": "legacy-systems", "is_destroy": true, "message": "decommission"}"#
        ),
        (
            "start a run in staging and apply it automatically", "create_run",
            #"{"workspace_name": "staging", "auto_apply": true}"#
        ),
        (
            "create an auto-apply run on sandbox", "create_run",
            #"{"workspace_name": "sandbox", "auto_apply": true}"#
        ),
        ("plan and apply dev", "create_run", #"{"workspace_name": "dev", "auto_apply": true}"#),
        (
            "trigger a run in development with auto apply on", "create_run",
            #"{"workspace_name": "development", "auto_apply": true}"#
        ),
        (
            "refresh the state of production", "create_run",
            #"{"workspace_name": "production", "refresh_only": true}"#
        ),
        (
            "start a refresh only run in app-servers", "create_run",
            #"{"workspace_name": "app-servers", "refresh_only": true}"#
        ),
        (
            "plan staging targeting module.network", "create_run",
            #"{"workspace_name": "staging", "target_addrs": ["module.network"]}"#
        ),
        (
            "run a plan in production that targets aws_instance.web[0]", "create_run",
            #"{"workspace_name": "production", "target_addrs": ["aws_instance.web[0]"]}"#
        ),
        (
            "create a run in dev with -target=module.app.aws_lb.main", "create_run",
            #"{"workspace_name": "dev", "target_addrs": ["module.app.aws_lb.main"]}"#
        ),
        (
            "plan network-infra only for module.vpc.aws_subnet.private and module.vpc.aws_route_table.private",
            "create_run",
            #"{"workspace_name": "network-infra", "target_addrs": ["module.vpc.aws_subnet.private", "module.vpc.aws_route_table.private"]}"#
        ),
        (
            "replace aws_instance.bastion in production", "create_run",
            #"{"workspace_name": "production", "replace_addrs": ["aws_instance.bastion"]}"#
        ),
        (
            "start a run in staging replacing module.cache.aws_elasticache_cluster.main",
            "create_run",
            #"{"workspace_name": "staging", "replace_addrs": ["module.cache.aws_elasticache_cluster.main"]}"#
        ),
        (
            "create a plan in staging targeting the load balancer", "create_run",
            #"{"workspace_name": "staging", "target_query": "load balancer"}"#
        ),
        (
            "plan only the network resources in production", "create_run",
            #"{"workspace_name": "production", "target_query": "network"}"#
        ),
        (
            "start a run in dev with region=us-east-1", "create_run",
            #"{"workspace_name": "dev", "variables": {"region": "us-east-1"}}"#
        ),
        (
            "create a plan in staging with replicas=3 and image_tag=v2.1.0", "create_run",
            #"{"workspace_name": "staging", "variables": {"replicas": "3", "image_tag": "v2.1.0"}}"#
        ),
        (
            "plan development and set instance_count to 4", "create_run",
            #"{"workspace_name": "development", "variables": {"instance_count": "4"}}"#
        ),
        (
            "run a plan in sandbox where instance_type is t3.micro", "create_run",
            #"{"workspace_name": "sandbox", "variables": {"instance_type": "t3.micro"}}"#
        ),
        (
            "create a run in app-servers with env = \"blue green\"", "create_run",
            #"{"workspace_name": "app-servers", "variables": {"env": "blue green"}}"#
        ),
        (
            "start a run in staging with message \"Bump provider versions\"", "create_run",
            #"{"workspace_name": "staging", "message": "Bump provider versions"}"#
        ),
        (
            "create a run on production saying weekly patching", "create_run",
            #"{"workspace_name": "production", "message": "weekly patching"}"#
        ),
        (
            "queue a plan in dev titled “Try new AMI”", "create_run",
            #"{"workspace_name": "dev", "message": "Try new AMI"}"#
        ),
        (
            "create a run in 'deployment' with message: hotfix for login", "create_run",
            #"{"workspace_name": "deployment", "message": "hotfix for login"}"#
        ),
        ("Create A Plan In Staging", "create_run", #"{"workspace_name": "staging"}"#),
        (
            "CREATE A DESTROY PLAN FOR DEV-TEST", "create_run",
            #"{"workspace_name": "dev-test", "is_destroy": true}"#
        ),
        (
            "hey tfcsh, could you start a plan in production please", "create_run",
            #"{"workspace_name": "production"}"#
        ),
        (
            "I'd like to run a speculative plan on network-infra", "create_run",
            #"{"workspace_name": "network-infra", "plan_only": true}"#
        ),
        ("can you plan staging for me?", "create_run", #"{"workspace_name": "staging"}"#),
        ("  create   a   run   in   sandbox  ", "create_run", #"{"workspace_name": "sandbox"}"#),
        ("create a run in stagign", "create_run", #"{"workspace_name": "staging"}"#),
        ("start a plan in prodution", "create_run", #"{"workspace_name": "production"}"#),
        ("creat a plan in development", "create_run", #"{"workspace_name": "development"}"#),
        (
            "create a run in workspace billing-api", "create_run",
            #"{"workspace_name": "billing-api"}"#
        ),
        (
            "create a plan in \"my-new-service\"", "create_run",
            #"{"workspace_name": "my-new-service"}"#
        ),
        ("re-run the plan in staging", "create_run", #"{"workspace_name": "staging"}"#),
        (
            "create a speculative destroy plan in sandbox", "create_run",
            #"{"workspace_name": "sandbox", "is_destroy": true, "plan_only": true}"#
        ),
    ])

    static let workspaceLists = rows([
        (
            "show me the runs in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "what runs are there in production?", "list_runs_in_workspace",
            #"{"workspace_name": "production"}"#
        ),
        ("runs in dev-test", "list_runs_in_workspace", #"{"workspace_name": "dev-test"}"#),
        (
            "list the runs of the network infra workspace", "list_runs_in_workspace",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "run history for app-servers", "list_runs_in_workspace",
            #"{"workspace_name": "app-servers"}"#
        ),
        (
            "show failed runs in development", "list_runs_in_workspace",
            #"{"workspace_name": "development", "filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        (
            "which runs errored in sandbox this week", "list_runs_in_workspace",
            #"{"workspace_name": "sandbox", "filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "show the applied runs in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}}"#
        ),
        (
            "which runs were cancelled in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["canceled"], "allowed": ["canceled", "force_canceled"]}}"#
        ),
        (
            "list discarded runs for dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "filter_status": {"includes": ["discarded"], "allowed": ["discarded"]}}"#
        ),
        (
            "show runs needing confirmation in deployment", "list_runs_in_workspace",
            #"{"workspace_name": "deployment", "filter_status": {"includes": ["planned"], "allowed": ["cost_estimated", "planned", "planned_and_saved", "policy_checked", "policy_override", "post_plan_completed"]}}"#
        ),
        (
            "list the 3 most recent runs in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "page_size": 3}"#
        ),
        (
            "show the last ten runs in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "page_size": 10}"#
        ),
        (
            "list runs in staging from the past 2 weeks", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "since_days": {"min": 14, "max": 14}}"#
        ),
        (
            "show runs in dev from today", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "since_days": {"min": 1, "max": 1}}"#
        ),
        (
            "runs in sandbox since yesterday", "list_runs_in_workspace",
            #"{"workspace_name": "sandbox", "since_days": {"min": 1, "max": 2}}"#
        ),
        (
            "show destroy runs in feature-test", "list_runs_in_workspace",
            #"{"workspace_name": "feature-test", "filter_operation": {"includes": ["destroy"], "allowed": ["destroy"]}}"#
        ),
        ("LIST RUNS IN STAGING", "list_runs_in_workspace", #"{"workspace_name": "staging"}"#),
        ("lsit runs in production", "list_runs_in_workspace", #"{"workspace_name": "production"}"#),
        (
            "show runs in developmnet", "list_runs_in_workspace",
            #"{"workspace_name": "development"}"#
        ),
        (
            "show runs in the dev test workspace", "list_runs_in_workspace",
            #"{"workspace_name": "dev-test"}"#
        ),
        (
            "could you show me the errored runs in network-infra?", "list_runs_in_workspace",
            #"{"workspace_name": "network-infra", "filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        (
            "are there any runs waiting for approval in staging?", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["planned"], "allowed": ["cost_estimated", "planned", "planned_and_saved", "policy_checked", "policy_override", "post_plan_completed"]}}"#
        ),
        (
            "show me running runs in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"nonempty": true, "allowed": ["planning", "applying", "plan_queued", "apply_queued", "queuing", "fetching", "cost_estimating", "policy_checking", "post_plan_running", "pre_plan_running", "pre_apply_running", "pending", "confirmed"]}}"#
        ),
        (
            "list runs in workspace billing-api", "list_runs_in_workspace",
            #"{"workspace_name": "billing-api"}"#
        ),
        (
            "how many runs failed in staging today?", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 1, "max": 1}}"#
        ),
        (
            "list dry runs in dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "filter_operation": {"includes": ["plan_only"], "allowed": ["plan_only"]}}"#
        ),
    ])

    static let organizationLists = rows([
        ("show all runs", "list_runs_in_organization", "{}"),
        ("list runs across all workspaces", "list_runs_in_organization", "{}"),
        (
            "show every failed run in the organization", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        (
            "which runs errored yesterday?", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 1, "max": 2}}"#
        ),
        (
            "list runs in example-org", "list_runs_in_organization",
            #"{"organization": "example-org"}"#
        ),
        (
            "show runs awaiting approval", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["planned"], "allowed": ["cost_estimated", "planned", "planned_and_saved", "policy_checked", "policy_override", "post_plan_completed"]}}"#
        ),
        (
            "list the applied runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}}"#
        ),
        (
            "which runs were canceled this month", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["canceled"], "allowed": ["canceled", "force_canceled"]}, "since_days": {"min": 28, "max": 31}}"#
        ),
        (
            "show destroy runs", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["destroy"], "allowed": ["destroy"]}}"#
        ),
        (
            "list the last 20 runs in my organization", "list_runs_in_organization",
            #"{"page_size": 20}"#
        ),
        (
            "show me runs from the last 30 days", "list_runs_in_organization",
            #"{"since_days": {"min": 30, "max": 30}}"#
        ),
        (
            "show runs in the past week", "list_runs_in_organization",
            #"{"since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "list errored runs in staging and production", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "filter_workspace_names": ["staging", "production"]}"#
        ),
        (
            "show discarded runs in the organization “example-org”", "list_runs_in_organization",
            #"{"organization": "example-org", "filter_status": {"includes": ["discarded"], "allowed": ["discarded"]}}"#
        ),
        (
            "show runs that are stuck", "list_runs_in_organization",
            #"{"filter_status": {"nonempty": true, "allowed": ["planning", "applying", "plan_queued", "apply_queued", "queuing", "fetching", "cost_estimating", "policy_checking", "post_plan_running", "pre_plan_running", "pre_apply_running", "pending", "confirmed"]}}"#
        ),
        (
            "find speculative runs", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["plan_only"], "allowed": ["plan_only"]}}"#
        ),
        (
            "show pending runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["pending"]}}"#
        ),
        (
            "list all the failed runs of the last 2 weeks", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 14, "max": 14}}"#
        ),
        (
            "Show Me Applied Runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}}"#
        ),
        ("runs", "list_runs_in_organization", "{}"),
        (
            "any dry runs in the last week?", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["plan_only"], "allowed": ["plan_only"]}, "since_days": {"min": 7, "max": 7}}"#
        ),
    ])

    static let details = rows([
        ("show run-K3jR7m9zXpYw2Ctn", "get_run_details", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        (
            "details of run-A1b2C3d4E5f6G7h8", "get_run_details",
            #"{"run_id": "run-A1b2C3d4E5f6G7h8"}"#
        ),
        (
            "what's the status of run-Q9wU6r3oZyXa2Gnd?", "get_run_details",
            #"{"run_id": "run-Q9wU6r3oZyXa2Gnd"}"#
        ),
        ("run-Z6wC3b0yKzLh5Pqm", "get_run_details", #"{"run_id": "run-Z6wC3b0yKzLh5Pqm"}"#),
        (
            "was run-B8yE5d2aLbNf7Sro applied?", "get_run_details",
            #"{"run_id": "run-B8yE5d2aLbNf7Sro"}"#
        ),
        (
            "did run-P8vT5q2nWxYz1Fmb fail?", "get_run_details",
            #"{"run_id": "run-P8vT5q2nWxYz1Fmb"}"#
        ),
        (
            "is run-L2tP6k8xZnQv1Bmj still planning?", "get_run_details",
            #"{"run_id": "run-L2tP6k8xZnQv1Bmj"}"#
        ),
        (
            "check on run-J7cW8p2qRmYx3Dkv", "get_run_details",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv"}"#
        ),
        (
            "describe run \"run-J7cW8p2qRmYx3Dkv\"", "get_run_details",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv"}"#
        ),
        ("show the latest run in staging", "get_run_details", #"{"workspace_name": "staging"}"#),
        (
            "has run-A7xD4c1zLaMe6Rqn been cancelled?", "get_run_details",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "how is run-K3jR7m9zXpYw2Ctn doing?", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        ("show the staging workspace", "get_workspace_details", #"{"workspace_name": "staging"}"#),
        (
            "describe workspace network-infra", "get_workspace_details",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "tell me about the app-servers workspace", "get_workspace_details",
            #"{"workspace_name": "app-servers"}"#
        ),
        (
            "workspace details for dev-test", "get_workspace_details",
            #"{"workspace_name": "dev-test"}"#
        ),
        (
            "info on security-baseline", "get_workspace_details",
            #"{"workspace_name": "security-baseline"}"#
        ),
        ("show me production", "get_workspace_details", #"{"workspace_name": "production"}"#),
        (
            "get the legacy systems workspace", "get_workspace_details",
            #"{"workspace_name": "legacy-systems"}"#
        ),
        (
            "show workspace \"billing-api\"", "get_workspace_details",
            #"{"workspace_name": "billing-api"}"#
        ),
        (
            "get run-K4jR7p9qZnYw2Lmp's status", "get_run_details",
            #"{"run_id": "run-K4jR7p9qZnYw2Lmp"}"#
        ),
        (
            "what is run-S9pV6u3rDsEa8Ijf’s error", "get_run_details",
            #"{"run_id": "run-S9pV6u3rDsEa8Ijf"}"#
        ),
        ("cancel run-A7xD4c1zLaMe6Rqn's apply", "clarify|cancel_run", "{}"),
    ])

    static let actions = rows([
        ("approve run-K3jR7m9zXpYw2Ctn", "apply_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        ("confirm the plan in staging", "apply_run", #"{"workspace_name": "staging"}"#),
        (
            "apply the run waiting for approval in production", "apply_run",
            #"{"workspace_name": "production"}"#
        ),
        ("please apply run-J7cW8p2qRmYx3Dkv", "apply_run", #"{"run_id": "run-J7cW8p2qRmYx3Dkv"}"#),
        (
            "could you apply run-J7cW8p2qRmYx3Dkv?", "apply_run",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv"}"#
        ),
        ("APPLY RUN-J7CW8P2QRMYX3DKV", "apply_run", #"{"run_id": "RUN-J7CW8P2QRMYX3DKV"}"#),
        (
            "apply run-J7cW8p2qRmYx3Dkv with comment \"reviewed by ops\"", "apply_run",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv", "comment": "reviewed by ops"}"#
        ),
        (
            "apply run-J7cW8p2qRmYx3Dkv because the change was reviewed", "apply_run",
            #"{"run_id": "run-J7cW8p2qRmYx3Dkv", "comment": "the change was reviewed"}"#
        ),
        (
            "ship the pending plan in app-servers", "apply_run",
            #"{"workspace_name": "app-servers"}"#
        ),
        ("go ahead and apply the plan in sandbox", "apply_run", #"{"workspace_name": "sandbox"}"#),
        ("discard the pending run in dev-test", "discard_run", #"{"workspace_name": "dev-test"}"#),
        ("reject run-Z6wC3b0yKzLh5Pqm", "discard_run", #"{"run_id": "run-Z6wC3b0yKzLh5Pqm"}"#),
        (
            "throw away the plan in feature-test", "discard_run",
            #"{"workspace_name": "feature-test"}"#
        ),
        (
            "discard run-Z6wC3b0yKzLh5Pqm, wrong branch", "discard_run",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm", "comment": "wrong branch"}"#
        ),
        (
            "discard run-Z6wC3b0yKzLh5Pqm comment: superseded", "discard_run",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm", "comment": "superseded"}"#
        ),
        ("cancel run-P8vT5q2nWxYz1Fmb", "cancel_run", #"{"run_id": "run-P8vT5q2nWxYz1Fmb"}"#),
        ("stop the running plan in staging", "cancel_run", #"{"workspace_name": "staging"}"#),
        ("abort run-P8vT5q2nWxYz1Fmb", "cancel_run", #"{"run_id": "run-P8vT5q2nWxYz1Fmb"}"#),
        (
            "kill the run in network-infra, it is stuck on a lock", "cancel_run",
            #"{"workspace_name": "network-infra", "comment": "it is stuck on a lock"}"#
        ),
        (
            "cancel the plan in production because it was started by mistake", "cancel_run",
            #"{"workspace_name": "production", "comment": "it was started by mistake"}"#
        ),
        (
            "Cancel run “run-P8vT5q2nWxYz1Fmb” please", "cancel_run",
            #"{"run_id": "run-P8vT5q2nWxYz1Fmb"}"#
        ),
        (
            "cancle run-P8vT5q2nWxYz1Fmb", "cancel_run|clarify",
            #"{"run_id": "run-P8vT5q2nWxYz1Fmb"}"#
        ),
        ("force cancel the run in staging", "force_cancel_run", #"{"workspace_name": "staging"}"#),
        (
            "force-cancel run-A7xD4c1zLaMe6Rqn", "force_cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "forcefully cancel run-A7xD4c1zLaMe6Rqn", "force_cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "force cancel run-A7xD4c1zLaMe6Rqn, it has been hanging for an hour",
            "force_cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn", "comment": "it has been hanging for an hour"}"#
        ),
        (
            "force execute run-B8yE5d2aLbNf7Sro", "force_execute_run",
            #"{"run_id": "run-B8yE5d2aLbNf7Sro"}"#
        ),
        (
            "force-execute the queued run in deployment", "force_execute_run",
            #"{"workspace_name": "deployment"}"#
        ),
        (
            "force run run-B8yE5d2aLbNf7Sro now", "force_execute_run",
            #"{"run_id": "run-B8yE5d2aLbNf7Sro"}"#
        ),
        ("watch run-K3jR7m9zXpYw2Ctn", "watch_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        ("follow the run in staging", "watch_run", #"{"workspace_name": "staging"}"#),
        ("wait for the plan in production", "watch_run", #"{"workspace_name": "production"}"#),
    ])

    static let traps = rows([
        ("don't apply anything", "unknown|help|clarify", "{}"),
        ("do not cancel run-P8vT5q2nWxYz1Fmb", "unknown|help|clarify|get_run_details", "{}"),
        ("never discard runs in production", "unknown|help|clarify|list_runs_in_workspace", "{}"),
        ("can I cancel a run that is applying?", "help", "{}"),
        ("how do I apply a plan?", "help", "{}"),
        ("how to discard a run", "help", "{}"),
        ("what does force execute do?", "help", "{}"),
        ("what is a speculative plan", "help", "{}"),
        ("is it possible to cancel run-P8vT5q2nWxYz1Fmb?", "help|get_run_details", "{}"),
        ("should I apply run-K3jR7m9zXpYw2Ctn?", "help|get_run_details", "{}"),
        ("was it applied?", "clarify|help|get_run_details", "{}"),
        (
            "did the run in staging get cancelled?", "get_run_details|list_runs_in_workspace",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "show the cancelled runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["canceled"], "allowed": ["canceled", "force_canceled"]}}"#
        ),
        (
            "which runs were discarded in dev?", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "filter_status": {"includes": ["discarded"], "allowed": ["discarded"]}}"#
        ),
        (
            "list applied runs in sandbox", "list_runs_in_workspace",
            #"{"workspace_name": "sandbox", "filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}}"#
        ),
        (
            "show the force canceled runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["force_canceled"]}}"#
        ),
        ("delete the staging workspace", "unknown", "{}"),
        ("create a workspace called billing", "unknown", "{}"),
        ("rename dev to development", "unknown", "{}"),
        ("lock the production workspace", "unknown", "{}"),
        ("add a variable to staging", "unknown", "{}"),
        ("what's the weather like", "unknown|help", "{}"),
        ("good morning", "unknown|help", "{}"),
        ("", "unknown", "{}"),
        ("   ", "unknown", "{}"),
        ("???", "unknown|help", "{}"),
        ("asdf qwer zxcv", "unknown", "{}"),
        ("🙂🙂🙂", "unknown", "{}"),
        ("apply", "clarify", "{}"),
        ("discard it", "clarify", "{}"),
        ("cancel this run", "clarify", "{}"),
        ("approve the second one", "clarify", "{}"),
        ("force cancel", "clarify", "{}"),
        ("create a run", "clarify", "{}"),
        ("watch it", "clarify", "{}"),
        ("destroy", "clarify|unknown", "{}"),
        ("apply or discard run-K3jR7m9zXpYw2Ctn", "clarify", "{}"),
        ("apply run-K3jR7m9zXpYw2Ctn?", "clarify|get_run_details|help|apply_run", "{}"),
        ("help", "help", "{}"),
        ("what can you do?", "help", "{}"),
        ("commands", "help", "{}"),
        ("how does auto-apply work", "help", "{}"),
        (
            "list runs in production, don't cancel anything", "list_runs_in_workspace",
            #"{"workspace_name": "production"}"#
        ),
        (
            "show runs in staging that were applied", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}}"#
        ),
        ("a plan in staging", "create_run", #"{"workspace_name": "staging"}"#),
        ("kill all humans", "unknown|clarify", "{}"),
        ("I hate mondays", "unknown", "{}"),
        (
            "the apply of run-K3jR7m9zXpYw2Ctn", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        ("apply logs for run-K3jR7m9zXpYw2Ctn", "get_run_details|clarify", "{}"),
        ("plan staging, do not auto apply", "create_run", #"{"workspace_name": "staging"}"#),
        ("list workspaces", "unknown|help", "{}"),
        ("show all workspaces", "unknown|help", "{}"),
        ("how many workspaces are there", "unknown|help", "{}"),
        ("show all workspaces' runs", "list_runs_in_organization", "{}"),
        (
            "errored runs in all workspaces", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        ("show commands", "help", "{}"),
        ("list the commands", "help", "{}"),
        ("show me the usage", "help", "{}"),
    ])

    static let phrasings = rows([
        ("Create a plan for my staging workspace", "create_run", #"{"workspace_name": "staging"}"#),
        ("I want a plan on dev", "create_run", #"{"workspace_name": "dev"}"#),
        (
            "Please queue a destroy run for the sandbox workspace", "create_run",
            #"{"workspace_name": "sandbox", "is_destroy": true}"#
        ),
        (
            "Plan the production workspace with message 'nightly'", "create_run",
            #"{"workspace_name": "production", "message": "nightly"}"#
        ),
        (
            "run terraform plan in network-infra", "create_run",
            #"{"workspace_name": "network-infra"}"#
        ),
        ("schedule a run in staging", "create_run", #"{"workspace_name": "staging"}"#),
        (
            "can you kick off a destroy plan for dev-test?", "create_run",
            #"{"workspace_name": "dev-test", "is_destroy": true}"#
        ),
        (
            "create a run in staging with the variable region set to eu-west-1", "create_run",
            #"{"workspace_name": "staging", "variables": {"region": "eu-west-1"}}"#
        ),
        (
            "plan production with vars env=prod and debug=false", "create_run",
            #"{"workspace_name": "production", "variables": {"env": "prod", "debug": "false"}}"#
        ),
        (
            "queue a run in production and automatically apply it", "create_run",
            #"{"workspace_name": "production", "auto_apply": true}"#
        ),
        (
            "create a run for staging that auto-applies", "create_run",
            #"{"workspace_name": "staging", "auto_apply": true}"#
        ),
        (
            "destroy plan for the feature test workspace", "create_run",
            #"{"workspace_name": "feature-test", "is_destroy": true}"#
        ),
        (
            "run a refresh-only plan on sandbox", "create_run",
            #"{"workspace_name": "sandbox", "refresh_only": true}"#
        ),
        (
            "trigger a speculative run in dev", "create_run",
            #"{"workspace_name": "dev", "plan_only": true}"#
        ),
        (
            "start a run in security-baseline, message: rotate keys", "create_run",
            #"{"workspace_name": "security-baseline"}"#
        ),
        (
            "list recent runs for production", "list_runs_in_workspace",
            #"{"workspace_name": "production"}"#
        ),
        (
            "give me the last 3 runs in dev", "list_runs_in_workspace",
            #"{"workspace_name": "dev", "page_size": 3}"#
        ),
        (
            "what failed in production this week", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "any errors in staging today?", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 1, "max": 1}}"#
        ),
        (
            "show me everything that failed yesterday", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}, "since_days": {"min": 1, "max": 2}}"#
        ),
        (
            "list runs for workspaces staging and dev", "list_runs_in_organization",
            #"{"filter_workspace_names": ["staging", "dev"]}"#
        ),
        (
            "show me the history of deployment", "list_runs_in_workspace",
            #"{"workspace_name": "deployment"}"#
        ),
        (
            "show runs in progress", "list_runs_in_organization",
            #"{"filter_status": {"nonempty": true, "allowed": ["planning", "applying", "plan_queued", "apply_queued", "queuing", "fetching", "cost_estimating", "policy_checking", "post_plan_running", "pre_plan_running", "pre_apply_running", "pending", "confirmed"]}}"#
        ),
        (
            "find runs that need approval", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["planned"], "allowed": ["cost_estimated", "planned", "planned_and_saved", "policy_checked", "policy_override", "post_plan_completed"]}}"#
        ),
        (
            "list successful runs in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}}"#
        ),
        (
            "list runs in the example-org organization", "list_runs_in_organization",
            #"{"organization": "example-org"}"#
        ),
        (
            "show plan-only runs", "list_runs_in_organization",
            #"{"filter_operation": {"includes": ["plan_only"], "allowed": ["plan_only"]}}"#
        ),
        (
            "show refresh-only runs in network-infra", "list_runs_in_workspace",
            #"{"workspace_name": "network-infra", "filter_operation": {"includes": ["refresh_only"], "allowed": ["refresh_only"]}}"#
        ),
        ("lst runs in stagin", "list_runs_in_workspace", #"{"workspace_name": "staging"}"#),
        (
            "shwo me failed runs", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        (
            "show runs in prod-db-clustr", "list_runs_in_workspace",
            #"{"workspace_name": "prod-db-cluster"}"#
        ),
        (
            "runs in netwrok infra", "list_runs_in_workspace",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "what happened with run-K3jR7m9zXpYw2Ctn", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        ("get run-K3jR7m9zXpYw2Ctn", "get_run_details", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        (
            "show me the plan for run-K3jR7m9zXpYw2Ctn", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        (
            "status of the latest run in production", "get_run_details",
            #"{"workspace_name": "production"}"#
        ),
        (
            "tell me about run-K3jR7m9zXpYw2Ctn", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        (
            "give me info about the sandbox workspace", "get_workspace_details",
            #"{"workspace_name": "sandbox"}"#
        ),
        ("why did run-P8vT5q2nWxYz1Fmb fail?", "get_run_details|help", "{}"),
        ("approve the plan in dev-test", "apply_run", #"{"workspace_name": "dev-test"}"#),
        (
            "confirm and apply run-K3jR7m9zXpYw2Ctn", "apply_run",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        ("yes, apply run-K3jR7m9zXpYw2Ctn", "apply_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        ("apply the latest run in staging", "apply_run", #"{"workspace_name": "staging"}"#),
        ("discard the planned run in sandbox", "discard_run", #"{"workspace_name": "sandbox"}"#),
        ("cancel all running runs in staging", "cancel_run", #"{"workspace_name": "staging"}"#),
        (
            "stop run-P8vT5q2nWxYz1Fmb right now", "cancel_run",
            #"{"run_id": "run-P8vT5q2nWxYz1Fmb"}"#
        ),
        ("halt the apply in production", "cancel_run", #"{"workspace_name": "production"}"#),
        (
            "hard cancel run-A7xD4c1zLaMe6Rqn", "force_cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "force-cancel the stuck run in network-infra", "force_cancel_run",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "force execute the pending run in staging", "force_execute_run",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "abort the plan for app-servers, wrong commit", "cancel_run",
            #"{"workspace_name": "app-servers", "comment": "wrong commit"}"#
        ),
        (
            "discard run-Z6wC3b0yKzLh5Pqm: not needed", "discard_run",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm", "comment": "not needed"}"#
        ),
        ("cancl run-P8vT5q2nWxYz1Fmb", "cancel_run|clarify", "{}"),
        ("dicsard run-Z6wC3b0yKzLh5Pqm", "discard_run|clarify", "{}"),
        ("aply the plan in staging", "clarify|apply_run", "{}"),
        ("@tfcsh plan staging", "create_run", #"{"workspace_name": "staging"}"#),
        ("$ tfcsh plan network-infra", "create_run", #"{"workspace_name": "network-infra"}"#),
        ("/plan app-servers", "create_run", #"{"workspace_name": "app-servers"}"#),
        ("/list runs in dev", "list_runs_in_workspace", #"{"workspace_name": "dev"}"#),
        ("!apply run-K3jR7m9zXpYw2Ctn", "apply_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        ("@tfcsh don't apply run-K3jR7m9zXpYw2Ctn", "unknown|help|clarify|get_run_details", "{}"),
    ])

    static let moreTraps = rows([
        (
            "plan legacy-systems with a message of cleanup", "create_run",
            #"{"workspace_name": "legacy-systems", "message": "cleanup"}"#
        ),
        (
            "show the message of run-K3jR7m9zXpYw2Ctn", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        (
            "I need a destroy plan in feature-test, plan only", "create_run",
            #"{"workspace_name": "feature-test", "is_destroy": true, "plan_only": true}"#
        ),
        (
            "recreate aws_instance.worker[2] in sandbox", "create_run",
            #"{"workspace_name": "sandbox", "replace_addrs": ["aws_instance.worker[2]"]}"#
        ),
        (
            "queue up a plan on deployment and apply it when it's done", "create_run",
            #"{"workspace_name": "deployment", "auto_apply": true}"#
        ),
        (
            "show cancelled and errored runs in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["canceled", "errored"], "allowed": ["canceled", "errored", "force_canceled"]}}"#
        ),
        (
            "were any runs applied today", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["applied"], "allowed": ["applied", "planned_and_finished"]}, "since_days": {"min": 1, "max": 1}}"#
        ),
        (
            "approve run-M6lT9r2sBpAy4Nod, looks good to me", "apply_run",
            #"{"run_id": "run-M6lT9r2sBpAy4Nod", "comment": "looks good to me"}"#
        ),
        ("do NOT apply run-M6lT9r2sBpAy4Nod", "unknown|help|clarify|get_run_details", "{}"),
        ("how would I force cancel a run?", "help", "{}"),
        ("upgrade terraform in staging", "unknown", "{}"),
        ("Don't cancel the run in staging", "unknown|help|clarify|get_run_details", "{}"),
        (
            "I don't want to apply run-K3jR7m9zXpYw2Ctn", "unknown|help|clarify|get_run_details",
            "{}"
        ),
        ("no, don't discard it", "unknown|help|clarify", "{}"),
        ("can I apply run-K3jR7m9zXpYw2Ctn?", "help|get_run_details", "{}"),
        ("can you apply run-K3jR7m9zXpYw2Ctn?", "apply_run|clarify", "{}"),
        ("what happens if I discard a run", "help", "{}"),
        (
            "is the staging run applied yet?", "get_run_details|list_runs_in_workspace",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "has anything failed today?", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        ("show me how to cancel a run", "help", "{}"),
        ("explain how discard works", "help", "{}"),
        ("delete run-K3jR7m9zXpYw2Ctn", "unknown|clarify", "{}"),
        ("remove the dev workspace", "unknown", "{}"),
        (
            "destroy the production workspace", "create_run|clarify",
            #"{"workspace_name": "production", "is_destroy": true}"#
        ),
        ("set up a new workspace", "unknown", "{}"),
        ("create an organization", "unknown", "{}"),
        ("make me a sandwich", "unknown", "{}"),
        ("ok", "unknown", "{}"),
        ("thanks!", "unknown", "{}"),
        (
            "the staging plan looks good, apply it", "clarify|apply_run",
            #"{"workspace_name": "staging"}"#
        ),
        ("APPLY IT NOW!!!", "clarify", "{}"),
        (
            "could you please NOT apply anything in production",
            "unknown|help|clarify|get_workspace_details", "{}"
        ),
        ("cancel my subscription", "unknown|clarify", "{}"),
        ("apply the terraform best practices", "clarify|unknown", "{}"),
        ("show me the money", "unknown|clarify", "{}"),
        (
            "which runs did I cancel last week?", "list_runs_in_organization",
            #"{"since_days": {"min": 7, "max": 7}, "filter_status": {"includes": ["canceled"], "allowed": ["canceled", "force_canceled"]}}"#
        ),
        (
            "list runs that were force canceled in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["force_canceled"]}}"#
        ),
        (
            "show me the errored runs, don't apply anything", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"], "allowed": ["errored"]}}"#
        ),
        ("plan staging and then discard it", "clarify", "{}"),
        ("apply run-K3jR7m9zXpYw2Ctn and run-J7cW8p2qRmYx3Dkv", "clarify", "{}"),
        ("cancel the runs in staging and production", "clarify", "{}"),
        ("stop", "clarify", "{}"),
        ("abort!", "clarify", "{}"),
        ("hello there", "unknown|help", "{}"),
        ("who are you", "unknown|help", "{}"),
        ("\u{00E9}t\u{00E9} \u{4E2D}\u{6587} \u{0440}\u{0443}\u{0441}", "unknown", "{}"),
        ("run-", "unknown|clarify", "{}"),
        ("apply run-123", "clarify|unknown", "{}"),
        ("\"\"", "unknown", "{}"),
        ("'", "unknown", "{}"),
        ("list runs in \"staging", "list_runs_in_workspace", #"{"workspace_name": "staging"}"#),
        (
            "apply failed again in app-servers, any idea why",
            "list_runs_in_workspace|get_run_details", #"{"workspace_name": "app-servers"}"#
        ),
        (
            "apply is stuck in production", "list_runs_in_workspace|get_run_details",
            #"{"workspace_name": "production"}"#
        ),
        (
            "cancel failed on run-A7xD4c1zLaMe6Rqn", "get_run_details",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "plan failed on network-infra", "list_runs_in_workspace|get_run_details",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "apply did not finish in production", "list_runs_in_workspace|get_run_details",
            #"{"workspace_name": "production"}"#
        ),
        (
            "discard failed runs in dev", "discard_run", #"{"workspace_name": "dev"}"#
        ),
        (
            "cancel hung plans in production", "cancel_run",
            #"{"workspace_name": "production"}"#
        ),
    ])

    /// Every group, in the order the file lists them.
    static let all: [Row] =
        createRuns + workspaceLists + organizationLists + details + actions + traps + phrasings
        + moreTraps + foreignObjects + hedges + abbreviations + clauses + waitingStatuses
        + runArguments + runKinds + aroundOrders + slips + everyday + references
}
