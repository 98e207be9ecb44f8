import Intents
import Testing

/// The questions the matcher asks back: readable, about the sentence, naming their choices.
@Suite("Questions back")
struct ClarifyQuestionTests {
    static let context = HeldOutTableTests.context

    @Test(
        "a question names the readings and the place in plain words",
        arguments: [
            (
                "show the runs and start a plan in staging",
                "Do you want me to list the runs or start a new run in staging? Say which one."
            ),
            (
                "plan staging and then discard it",
                "Do you want me to start a new run or discard the run in staging? Say which one."
            ),
            (
                "apply it",
                "Which run should I apply? There is no earlier run to refer to; give a run ID or "
                    + "a workspace name."
            ),
            ("cancel", "Which run should I cancel? Give a run ID or a workspace name."),
            (
                "apply the plan in prod",
                "Which workspace do you mean: production or prod-db-cluster?"
            ),
        ]
    )
    func wording(sentence: String, question: String) {
        let result = IntentMatcher.match(sentence, context: Self.context)
        #expect(result.name == .clarify)
        #expect(result.question == question)
    }

    @Test(
        "the choices a question names are its choices",
        arguments: [
            ("apply the plan in prod", ["production", "prod-db-cluster"]),
            ("discard the run on stag", ["staging"]),
            (
                "apply run-K3jR7m9zXpYw2Ctn and run-J7cW8p2qRmYx3Dkv",
                ["run-K3jR7m9zXpYw2Ctn", "run-J7cW8p2qRmYx3Dkv"]
            ),
            ("execute run-K3jR7m9zXpYw2Ctn", ["apply_run", "force_execute_run"]),
            (
                "show the runs and start a plan in staging",
                ["list_runs_in_workspace", "create_run"]
            ),
        ]
    )
    func choices(sentence: String, choices: [String]) {
        #expect(IntentMatcher.match(sentence, context: Self.context).choices == choices)
    }

    @Test("no held-out question pastes a verb phrase or speaks of a reference never made")
    func noBrokenQuestions() {
        for row in HeldOutCases.all {
            let result = IntentMatcher.match(row.text, context: Self.context)
            guard let question = result.question else { continue }
            #expect(!question.contains("a run in?"), "\(row.text) -> \(question)")
            #expect(!question.contains("a run in or "), "\(row.text) -> \(question)")
            let refers = ["it", "this", "that", "one", "its"].contains {
                row.text.lowercased().split(separator: " ").contains(Substring($0))
            }
            if question.contains("no earlier run") {
                #expect(refers, "\(row.text) -> \(question)")
            }
        }
    }
}
