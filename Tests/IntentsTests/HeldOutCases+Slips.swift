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
        ("approve the staging plan? nvm", "unknown|help|clarify", "{}"),
        ("discard run-Z6wC3b0yKzLh5Pqm oops", "unknown|help|clarify", "{}"),
        ("cancel the dev run, hold on", "unknown|help|clarify", "{}"),
        // "Why did ... fail" about a named run or workspace asks for that run, not for help.
        (
            "why did the prod-db-cluster run fail", "get_run_details|list_runs_in_workspace",
            #"{"workspace_name": "prod-db-cluster"}"#
        ),
        (
            "why did run-S9pV6u3rDsEa8Ijf fail?", "get_run_details",
            #"{"run_id": "run-S9pV6u3rDsEa8Ijf"}"#
        ),
        ("why should I use plan only runs", "help", "{}"),
        ("why do runs queue", "help", "{}"),
        // "Wait," to stop someone is no order to watch a run.
        ("wait, don't discard the dev plan!", "unknown|help|clarify|get_run_details", "{}"),
        ("wait a sec, don't apply staging yet", "unknown|help|clarify|get_run_details", "{}"),
        ("wait, cancel run-K3jR7m9zXpYw2Ctn", "cancel_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        (
            "the team wants to apply staging", "get_run_details|list_runs_in_workspace|clarify",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "john wants to discard the dev plan", "get_run_details|list_runs_in_workspace|clarify",
            #"{"workspace_name": "dev"}"#
        ),
        (
            "force cancel? is that safe for run-A7xD4c1zLaMe6Rqn", "clarify|help|get_run_details",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "discard run-Z6wC3b0yKzLh5Pqm? would that unlock dev", "clarify|help|get_run_details",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm"}"#
        ),
        (
            "cancel it? nope, just show run-A7xD4c1zLaMe6Rqn", "get_run_details|unknown",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
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
        (
            "show faild runs in production", "list_runs_in_workspace",
            #"{"workspace_name": "production", "filter_status": {"includes": ["errored"]}}"#
        ),
        (
            "list the faild runs this week", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"]}, "since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "do a refresh-only plan on app-servers to catch drift", "create_run",
            #"{"workspace_name": "app-servers", "refresh_only": true}"#
        ),
        (
            "tear it all down in feature-test", "create_run",
            #"{"workspace_name": "feature-test", "is_destroy": true}"#
        ),
        (
            "ok tear everything down in sandbox", "create_run",
            #"{"workspace_name": "sandbox", "is_destroy": true}"#
        ),
        ("tear them down", "clarify", "{}"),
    ])

    /// Purpose clauses, recent activity, plain new runs after a refusal, and near-domain verbs.
    static let everyday = rows([
        (
            "could you create a plan for staging so we can see the diff", "create_run",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "plan network-infra so that I can check the drift", "create_run",
            #"{"workspace_name": "network-infra"}"#
        ),
        (
            "whats been going on in app-servers lately", "list_runs_in_workspace",
            #"{"workspace_name": "app-servers"}"#
        ),
        (
            "what happened on dev-test recently?", "list_runs_in_workspace",
            #"{"workspace_name": "dev-test"}"#
        ),
        (
            "any destroys this week in feature-test", "list_runs_in_workspace",
            #"{"workspace_name": "feature-test", "filter_operation": {"includes": ["destroy"]}, "#
                + #""since_days": {"min": 7, "max": 7}}"#
        ),
        (
            "errors overnight in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["errored"]}, "#
                + #""since_days": {"min": 1, "max": 1}}"#
        ),
        (
            "errored runs since last night", "list_runs_in_organization",
            #"{"filter_status": {"includes": ["errored"]}, "since_days": {"min": 1, "max": 1}}"#
        ),
        (
            "never auto-apply sandbox, plan it only", "create_run",
            #"{"workspace_name": "sandbox"}"#
        ),
        (
            "no auto-apply, just a regular plan on deployment", "create_run",
            #"{"workspace_name": "deployment"}"#
        ),
        (
            "don't destroy anything, just a normal run in dev-test", "create_run",
            #"{"workspace_name": "dev-test"}"#
        ),
        (
            "I won't cancel it, just show me the staging run",
            "get_run_details|list_runs_in_workspace", #"{"workspace_name": "staging"}"#
        ),
        ("download the state for production", "unknown|help", "{}"),
        ("connect network-infra to the github repo", "unknown|help", "{}"),
        ("restart the app-servers instances", "unknown|help", "{}"),
        ("override the policy check on run-K3jR7m9zXpYw2Ctn", "unknown|help|clarify", "{}"),
        ("how do I apply for admin access to staging?", "help|unknown", "{}"),
        ("apply for permission to use production", "unknown|help", "{}"),
        (
            "policy override runs in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging", "filter_status": {"includes": ["policy_override"]}}"#
        ),
        (
            "cancel the run in staging so I can see the logs", "cancel_run",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "forget the destroy, just plan sandbox", "create_run",
            #"{"workspace_name": "sandbox"}"#
        ),
        (
            "skip the destroy and plan legacy-systems", "create_run",
            #"{"workspace_name": "legacy-systems"}"#
        ),
        (
            "ignore the destroy, a normal plan on dev-test please", "create_run",
            #"{"workspace_name": "dev-test"}"#
        ),
        (
            "forget about destroying feature-test",
            "unknown|help|clarify|get_workspace_details|list_runs_in_workspace", "{}"
        ),
        (
            "could you throw away the plan in dev? it's stale", "discard_run",
            #"{"workspace_name": "dev"}"#
        ),
        (
            "please reject the staging plan, it is outdated", "discard_run",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "the auto-apply setting of staging", "get_workspace_details",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "what are the settings for production?", "get_workspace_details",
            #"{"workspace_name": "production"}"#
        ),
    ])
}
