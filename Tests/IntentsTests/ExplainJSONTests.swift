import Foundation
import Intents
import Testing

/// The `explain` encoding: one line, the spec's keys, only what was said.
@Suite("Explain JSON encoding")
struct ExplainJSONTests {
    @Test("arguments use snake_case keys and variables keep the typed order")
    func argumentsInOrder() throws {
        var arguments = IntentArguments()
        arguments.workspaceName = "dev"
        arguments.planOnly = true
        arguments.variables = [
            .init(key: "zeta", value: "1"), .init(key: "alpha", value: "two words"),
        ]
        let line = ExplainJSON.line(
            for: MatchResult(name: .createRun, arguments: arguments, confidence: 0.97)
        )
        #expect(
            line
                == #"{"intent": "create_run", "arguments": {"workspace_name": "dev", "plan_only": true, "#
                + #""variables": {"zeta": "1", "alpha": "two words"}}, "confidence": 0.97}"#
        )
    }

    @Test("clarify carries question, candidate and choices")
    func clarify() throws {
        let result = IntentMatcher.match("cancel", context: MatchContext())
        let line = ExplainJSON.line(for: result)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        )
        #expect(object["intent"] as? String == "clarify")
        #expect(object["candidate"] as? String == "cancel_run")
        #expect((object["question"] as? String)?.contains("cancel") == true)
        #expect(object["choices"] is [Any])
    }

    @Test(
        "strings with quotes, backslashes and control characters stay valid JSON on one line",
        arguments: [
            "start a run in dev with message \"say \\\"hi\\\" \\\\ now\"",
            "apply run-K3jR7m9zXpYw2Ctn because\tof\u{1}reasons",
            "create a run in dev with message 'line\u{2028}break'",
        ]
    )
    func escapes(sentence: String) throws {
        let line = ExplainJSON.line(for: IntentMatcher.match(sentence, context: MatchContext()))
        #expect(!line.contains("\n"))
        #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
    }

    @Test("help and unknown carry no arguments")
    func bareIntents() {
        #expect(
            ExplainJSON.line(for: IntentMatcher.match("help"))
                == #"{"intent": "help", "confidence": 0.90}"#
        )
        #expect(ExplainJSON.line(for: IntentMatcher.match("")).hasPrefix(#"{"intent": "unknown""#))
    }
}
