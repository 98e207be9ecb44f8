import Conversation
import Foundation
import Testing

@Suite("Relative times in replies")
struct RelativeTimeTests {
    // 2026-12-03T10:00:00Z, the sandbox's default "now".
    private let now = Date(timeIntervalSince1970: 1_796_292_000)
    private var formatter: RelativeTime {
        RelativeTime(now: now, timeZone: TimeZone(identifier: "UTC") ?? .current)
    }

    private static let ages: [(Double, String)] = [
        (10, "Just now"),
        (600, "10 minutes ago"),
        (60, "1 minute ago"),
        (900, "15 minutes ago"),
        (7200, "Today at 08:00"),
        (70_200, "Yesterday at 14:30"),
        (259_200, "3 days ago"),
        (604_800, "7 days ago"),
        (1_209_600, "2 weeks ago"),
        (7_776_000, "3 months ago"),
        (69_120_000, "2 years ago"),
    ]

    @Test("ages read like the example conversations", arguments: ages)
    func describesAges(secondsAgo: Double, expected: String) {
        #expect(formatter.describe(now.addingTimeInterval(-secondsAgo)) == expected)
    }

    @Test("exact moments keep their seconds and name the day")
    func describesExactMoments() {
        #expect(formatter.describeExactly(now.addingTimeInterval(-585)) == "Today at 09:50:15")
        #expect(
            formatter.describeExactly(now.addingTimeInterval(-86_400 * 3))
                == "2026-11-30 at 10:00:00"
        )
    }

    private static let durations: [(Double, String)] = [
        (90, "90 seconds"), (1, "1 second"), (250, "4 minutes 10 seconds"), (180, "3 minutes"),
        (7500, "2 hours 5 minutes"), (3600, "1 hour"),
    ]

    @Test("durations are spoken in seconds, minutes or hours", arguments: durations)
    func describesDurations(seconds: Double, expected: String) {
        #expect(RelativeTime.duration(seconds) == expected)
    }
}
