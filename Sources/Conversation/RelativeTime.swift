import Foundation

/// Says when something happened the way the example conversations do: "10 minutes ago",
/// "Today at 09:45", "Yesterday at 14:32", "3 days ago", "2 weeks ago".
public struct RelativeTime: Sendable {
    /// The moment to measure from.
    public var now: Date
    /// The time zone that decides what "today" and "09:45" mean.
    public var timeZone: TimeZone

    /// Creates a formatter for `now` in `timeZone`.
    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// How long ago `date` was, in words.
    public func describe(_ date: Date) -> String {
        let seconds = now.timeIntervalSince(date)
        if seconds < 60 {
            return seconds < -60 ? "at \(clock(date))" : "Just now"
        }
        if seconds < 3600 {
            return count(Int(seconds / 60), "minute") + " ago"
        }
        let days = dayDistance(from: date)
        switch days {
        case 0: return "Today at \(clock(date))"
        case 1: return "Yesterday at \(clock(date))"
        case ..<14: return "\(days) days ago"
        case ..<60: return count(days / 7, "week") + " ago"
        case ..<365: return count(days / 30, "month") + " ago"
        default: return count(days / 365, "year") + " ago"
        }
    }

    /// How long ago `date` was, counted only ("2 hours ago"), for beside an exact time.
    public func ago(_ date: Date) -> String {
        let seconds = now.timeIntervalSince(date)
        switch seconds {
        case ..<(-60): return "in " + count(Int(-seconds / 60), "minute")
        case ..<60: return "just now"
        case ..<3600: return count(Int(seconds / 60), "minute") + " ago"
        case ..<86_400: return count(Int(seconds / 3600), "hour") + " ago"
        default: return describe(date).lowercased()
        }
    }

    /// A moment as "Today at 09:30:15", "Yesterday at ...", or a date, with seconds.
    public func describeExactly(_ date: Date) -> String {
        let time = clock(date, seconds: true)
        switch dayDistance(from: date) {
        case 0: return "Today at \(time)"
        case 1: return "Yesterday at \(time)"
        default:
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = String(
                format: "%04d-%02d-%02d",
                parts.year ?? 0,
                parts.month ?? 0,
                parts.day ?? 0
            )
            return "\(day) at \(time)"
        }
    }

    /// A length of time in words: "90 seconds", "4 minutes 10 seconds", "2 hours 5 minutes".
    public static func duration(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.rounded())
        if total < 120 {
            return "\(total) second" + (total == 1 ? "" : "s")
        }
        if total < 3600 {
            let rest = total % 60
            let minutes = "\(total / 60) minutes"
            return rest == 0 ? minutes : "\(minutes) \(rest) seconds"
        }
        let minutes = (total % 3600) / 60
        let hours = count(total / 3600, "hour")
        return minutes == 0 ? hours : "\(hours) \(minutes) minutes"
    }

    private func dayDistance(from date: Date) -> Int {
        let start = calendar.startOfDay(for: date)
        let today = calendar.startOfDay(for: now)
        return calendar.dateComponents([.day], from: start, to: today).day ?? 0
    }

    private func clock(_ date: Date, seconds: Bool = false) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        guard seconds else {
            return String(format: "%02d:%02d", hour, minute)
        }
        return String(format: "%02d:%02d:%02d", hour, minute, parts.second ?? 0)
    }

    private static func count(_ value: Int, _ unit: String) -> String {
        "\(value) \(unit)" + (value == 1 ? "" : "s")
    }

    private func count(_ value: Int, _ unit: String) -> String {
        Self.count(value, unit)
    }
}
