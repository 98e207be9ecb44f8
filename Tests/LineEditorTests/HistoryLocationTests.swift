import Foundation
import Testing

@testable import LineEditor

@Suite("Where the history file lives")
struct HistoryLocationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let environment: [String: String]
        let expected: String?
        var testDescription: String { "\(environment) -> \(expected ?? "nil")" }
    }

    @Test(
        "follows the XDG state rules",
        arguments: [
            Case(
                environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"],
                expected: "/s/tfcsh/history"
            ),
            Case(environment: ["HOME": "/h"], expected: "/h/.local/state/tfcsh/history"),
            Case(
                environment: ["XDG_STATE_HOME": "", "HOME": "/h"],
                expected: "/h/.local/state/tfcsh/history"
            ),
            Case(
                environment: ["XDG_STATE_HOME": "relative/state", "HOME": "/h"],
                expected: "/h/.local/state/tfcsh/history"
            ),
            Case(environment: [:], expected: nil),
            Case(environment: ["HOME": "not-absolute"], expected: nil),
        ]
    )
    func xdgRules(testCase: Case) {
        #expect(HistoryLocation.file(environment: testCase.environment)?.path == testCase.expected)
    }
}
