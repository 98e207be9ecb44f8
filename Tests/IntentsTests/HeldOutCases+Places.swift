/// Held-out sentences about where a sentence points: out-of-scope objects after a place word,
/// abbreviations of known names, and thoughts about an action rather than orders.
extension HeldOutCases {
    /// Sentences that never reach a run: a verb of the lexicon on something that is no run.
    static let foreignObjects = rows([
        ("cancel my meeting at 3pm", "unknown|help|clarify", "{}"),
        ("cancel the meeting at noon", "unknown|help|clarify", "{}"),
        ("cancel my flight to paris", "unknown|help|clarify", "{}"),
        ("please cancel my dentist appointment on tuesday", "unknown|help|clarify", "{}"),
        ("stop the build in jenkins", "unknown|help|clarify", "{}"),
        ("stop the music in the kitchen", "unknown|help|clarify", "{}"),
        ("kill the pod in kubernetes", "unknown|help|clarify", "{}"),
        ("kill the process on my laptop", "unknown|help|clarify", "{}"),
        ("abort the merge in git", "unknown|help|clarify", "{}"),
        ("discard my changes in git", "unknown|help|clarify", "{}"),
        ("discard the draft email to bob", "unknown|help|clarify", "{}"),
        ("apply makeup for the party", "unknown|help|clarify", "{}"),
        ("apply sunscreen at the beach", "unknown|help|clarify", "{}"),
        ("apply for a job at google", "unknown|help|clarify", "{}"),
        ("approve my vacation request for friday", "unknown|help|clarify", "{}"),
        ("approve the expense report for march", "unknown|help|clarify", "{}"),
        ("confirm my reservation at the hotel", "unknown|help|clarify", "{}"),
        ("reject the pull request in github", "unknown|help|clarify", "{}"),
        ("terminate the ec2 instance in us-east-1", "unknown|help|clarify", "{}"),
        ("halt the train at the station", "unknown|help|clarify", "{}"),
        ("trash the old photos in dropbox", "unknown|help|clarify", "{}"),
        ("force cancel my subscription to netflix", "unknown|help|clarify", "{}"),
        ("ship the package to london", "unknown|help|clarify", "{}"),
        ("stop the build in staging", "clarify", "{}"),
        ("cancel the run in payments-api", "clarify", "{}"),
        ("list runs in foo-service", "clarify", "{}"),
        ("show runs from jane", "list_runs_in_organization", "{}"),
        ("show runs on main branch", "list_runs_in_organization", "{}"),
        (
            "what ran in production over the weekend", "list_runs_in_workspace",
            #"{"workspace_name": "production"}"#
        ),
        ("cancel the run in staging", "cancel_run", #"{"workspace_name": "staging"}"#),
        ("stop the run on prodution", "cancel_run", #"{"workspace_name": "production"}"#),
        ("discard the changes in dev-test", "discard_run", #"{"workspace_name": "dev-test"}"#),
        ("apply the change in staging", "apply_run", #"{"workspace_name": "staging"}"#),
        (
            "apply the plan in \"billing-api\"", "apply_run",
            #"{"workspace_name": "billing-api"}"#
        ),
        ("kill run-A7xD4c1zLaMe6Rqn", "cancel_run", #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#),
        ("approve the pending run for staging", "apply_run", #"{"workspace_name": "staging"}"#),
        (
            "cancel the run in workspace payments-api", "cancel_run",
            #"{"workspace_name": "payments-api"}"#
        ),
        (
            "start a plan in the billing-api workspace", "create_run",
            #"{"workspace_name": "billing-api"}"#
        ),
        ("apply nothing", "unknown|help|clarify", "{}"),
        ("cancel nothing in production", "unknown|help|clarify", "{}"),
        ("force execute nothing in deployment", "unknown|help|clarify", "{}"),
        ("discard none of the plans in dev", "unknown|help|clarify", "{}"),
        (
            "confirm that run-K3jR7m9zXpYw2Ctn is planned", "get_run_details",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        (
            "confirm whether staging has pending runs", "list_runs_in_workspace",
            #"{"workspace_name": "staging"}"#
        ),
        (
            "can you confirm if the dev plan was discarded",
            "get_run_details|list_runs_in_workspace", #"{"workspace_name": "dev"}"#
        ),
        (
            "confirm run-K3jR7m9zXpYw2Ctn", "apply_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        ("confirm that run", "clarify", "{}"),
        ("list the teams in example-org", "unknown|help", "{}"),
        ("show the members of the owners team", "unknown|help", "{}"),
        ("give jane admin access to staging", "unknown|help", "{}"),
        ("destroy the old API token", "unknown|help", "{}"),
        ("cancel the slack notifications for production", "unknown|help", "{}"),
        ("stop the webhook on app-servers", "unknown|help", "{}"),
        ("show the state versions of network-infra", "unknown|help", "{}"),
        ("roll back staging to yesterday's state", "unknown|help", "{}"),
        ("revert the last change in production", "unknown|help", "{}"),
        ("discard my local changes on the feature branch", "unknown|help|clarify", "{}"),
        (
            "the cancel button on run-A7xD4c1zLaMe6Rqn does nothing",
            "unknown|help|get_run_details", "{}"
        ),
        (
            "show the runs the platform team started in staging", "list_runs_in_workspace",
            #"{"workspace_name": "staging"}"#
        ),
    ])

    /// Musings, hypotheses and plans for later: never carried out, at most shown.
    static let hedges = rows([
        ("what if I apply run-K3jR7m9zXpYw2Ctn", "get_run_details|help|clarify|unknown", "{}"),
        (
            "do you think it's ok to apply run-K3jR7m9zXpYw2Ctn",
            "get_run_details|help|clarify|unknown", "{}"
        ),
        (
            "I wonder if I should cancel the run in staging",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        ("remind me to apply run-K3jR7m9zXpYw2Ctn tomorrow", "unknown|help|clarify", "{}"),
        ("maybe apply run-K3jR7m9zXpYw2Ctn", "get_run_details|help|clarify|unknown", "{}"),
        (
            "perhaps we should discard the plan in dev",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "I think we should cancel the stuck run in production",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "I'm thinking about force cancelling run-A7xD4c1zLaMe6Rqn",
            "get_run_details|help|clarify|unknown", "{}"
        ),
        (
            "apply run-K3jR7m9zXpYw2Ctn tomorrow morning",
            "get_run_details|help|clarify|unknown", "{}"
        ),
        (
            "discard the plan in staging later",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "we might need to cancel the run in production",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "is it safe to cancel the run in staging",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "would it be wise to apply the plan in dev",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        ("what happens if I discard run-Z6wC3b0yKzLh5Pqm", "help|get_run_details", "{}"),
        ("if the plan looks good, apply it", "clarify|help|unknown", "{}"),
        (
            "hypothetically, could I force execute the pending run in deployment?",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "next week, tear down feature-test",
            "list_runs_in_workspace|get_workspace_details|help|clarify|unknown", "{}"
        ),
        ("please apply run-K3jR7m9zXpYw2Ctn", "apply_run", #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#),
        ("I want to cancel the run in staging", "cancel_run", #"{"workspace_name": "staging"}"#),
        ("I'd like to cancel the run in staging", "cancel_run", #"{"workspace_name": "staging"}"#),
        (
            "go ahead and discard run-Z6wC3b0yKzLh5Pqm", "discard_run",
            #"{"run_id": "run-Z6wC3b0yKzLh5Pqm"}"#
        ),
        (
            "cancel run-A7xD4c1zLaMe6Rqn, I think it's stuck", "cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn", "comment": "I think it's stuck"}"#
        ),
        ("maybe plan staging", "create_run", #"{"workspace_name": "staging"}"#),
        (
            "in case it fails, cancel run-B8yE5d2aLbNf7Sro",
            "get_run_details|help|clarify|unknown", "{}"
        ),
        (
            "apply run-K3jR7m9zXpYw2Ctn unless it has errors",
            "get_run_details|help|clarify|unknown", "{}"
        ),
        ("apply it once the checks pass", "get_run_details|help|clarify|unknown", "{}"),
        (
            "when the plan in staging finishes, apply it",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "after lunch, discard the plan in dev",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "approve the staging plan after the standup",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "approve run-K3jR7m9zXpYw2Ctn at 5pm", "get_run_details|help|clarify|unknown",
            "{}"
        ),
        (
            "cancel run-A7xD4c1zLaMe6Rqn in 10 minutes", "get_run_details|help|clarify|unknown",
            "{}"
        ),
        (
            "discard the dev plan when the standup is over",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "apply run-K3jR7m9zXpYw2Ctn by noon", "get_run_details|help|clarify|unknown", "{}"
        ),
        (
            "cancel the run in staging at once", "cancel_run", #"{"workspace_name": "staging"}"#
        ),
        (
            "abort run-A7xD4c1zLaMe6Rqn at once please", "cancel_run",
            #"{"run_id": "run-A7xD4c1zLaMe6Rqn"}"#
        ),
        (
            "queue up a plan on dev-test and apply it when it's done", "create_run",
            #"{"workspace_name": "dev-test", "auto_apply": true}"#
        ),
        (
            "jane will apply the staging plan",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        ("I'll apply run-K3jR7m9zXpYw2Ctn", "get_run_details|help|clarify|unknown", "{}"),
        (
            "we're going to cancel run-A7xD4c1zLaMe6Rqn", "get_run_details|help|clarify|unknown",
            "{}"
        ),
        (
            "john is gonna discard the dev plan",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "will you apply run-K3jR7m9zXpYw2Ctn", "apply_run",
            #"{"run_id": "run-K3jR7m9zXpYw2Ctn"}"#
        ),
        ("please will you discard the dev plan", "discard_run", #"{"workspace_name": "dev"}"#),
        ("destroy sandbox?", "clarify|help|unknown", "{}"),
        ("create a destroy plan for legacy-systems?", "clarify|help|unknown", "{}"),
        ("auto-apply a run in dev?", "clarify|help|unknown", "{}"),
        (
            "can you kick off a destroy plan for feature-test?", "create_run",
            #"{"workspace_name": "feature-test", "is_destroy": true}"#
        ),
        (
            "we could apply the staging run",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown", "{}"
        ),
        (
            "I can cancel run-A7xD4c1zLaMe6Rqn if you want", "get_run_details|help|clarify|unknown",
            "{}"
        ),
        (
            "someone can discard the dev plan",
            "get_run_details|list_runs_in_workspace|help|clarify|unknown",
            "{}"
        ),
        (
            "please, can you discard the dev plan", "discard_run", #"{"workspace_name": "dev"}"#
        ),
    ])

    /// A word that starts several known names, or one: the matcher asks which.
    static let abbreviations = rows([
        ("apply the plan in prod", "clarify", "{}"),
        ("cancel the run in prod", "clarify", "{}"),
        ("list runs in prod", "clarify", "{}"),
        ("start a plan in prod", "clarify", "{}"),
        ("show the prod runs", "clarify", "{}"),
        ("discard the run on stag", "clarify", "{}"),
        ("destroy legacy", "clarify", "{}"),
        ("plan in prod-db", "clarify", "{}"),
        ("apply the latest run in security", "clarify", "{}"),
        ("cancel the apply in network", "clarify", "{}"),
        ("apply the plan in dev", "apply_run", #"{"workspace_name": "dev"}"#),
        ("list runs in production", "list_runs_in_workspace", #"{"workspace_name": "production"}"#),
        (
            "plan only the network resources in production", "create_run",
            #"{"workspace_name": "production", "plan_only": true, "target_query": "network"}"#
        ),
    ])
}
