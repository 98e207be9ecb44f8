import Conversation
import Testing

@Suite("Statuses in words")
struct StatusTextTests {
    private static let cases: [(String, StatusText.Facts, String)] = [
        ("pending", .init(), "Pending"),
        ("pending", .init(positionInQueue: 3), "Pending (3 runs ahead)"),
        ("pending", .init(positionInQueue: 1), "Pending (1 run ahead)"),
        ("planned", .init(isConfirmable: true), "Planned (awaiting approval)"),
        ("planned", .init(), "Planned"),
        ("policy_checked", .init(isConfirmable: true), "Policy checked (awaiting approval)"),
        ("planned_and_finished", .init(planOnly: true), "Planned and finished (plan only)"),
        ("planned_and_finished", .init(), "Planned and finished (no changes)"),
        ("errored", .init(), "Errored (Planning failed)"),
        ("errored", .init(failedInApply: true), "Errored (Apply failed)"),
        ("applying", .init(cancelRequested: true), "Applying (cancel requested)"),
        ("force_canceled", .init(), "Force cancelled"),
        ("applied", .init(), "Applied"),
        ("some_new_status", .init(), "some_new_status"),
        ("", .init(), "Unknown"),
    ]

    @Test("each status reads as the examples say it", arguments: cases)
    func describes(raw: String, facts: StatusText.Facts, expected: String) {
        #expect(StatusText.describe(raw, facts) == expected)
    }

    @Test("a status the service added later is shown as it came; documented ones read as words")
    func unknownStatus() {
        #expect(StatusText.describe("quantum_superposed") == "quantum_superposed")
        #expect(StatusText.describe("queuing_apply") == "Queuing apply")
        #expect(StatusText.describe("post_plan_awaiting_decision") == "Post plan awaiting decision")
        for status in StatusText.documented {
            #expect(!StatusText.describe(status).contains("_"), "\(status)")
        }
    }

    @Test("in-flight statuses are the ones that move on by themselves")
    func inFlight() {
        #expect(StatusText.isInFlight("planning"))
        #expect(StatusText.isInFlight("apply_queued"))
        #expect(!StatusText.isInFlight("planned"))
        #expect(!StatusText.isInFlight("pending"))
        #expect(!StatusText.isInFlight("applied"))
    }
}
