import Foundation

/// Date arithmetic and the two timestamp formats of the API, without locale or time zone state.
enum SandboxTime {
    /// Seconds in a day.
    static let day: TimeInterval = 86_400

    /// `2021-05-24T07:38:04.171Z`, the format of `created-at`.
    static func milliseconds(_ date: Date) -> String {
        let parts = components(date)
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down)) % 1000
        let fraction = pad((millis + 1000) % 1000, 3)
        return "\(parts.stamp).\(fraction)Z"
    }

    /// `2021-05-24T07:38:04+00:00`, the format of `status-timestamps`.
    static func seconds(_ date: Date) -> String {
        "\(components(date).stamp)+00:00"
    }

    /// Midnight UTC of the day holding `date`.
    static func startOfDay(_ date: Date) -> Date {
        let seconds = date.timeIntervalSince1970
        return Date(timeIntervalSince1970: (seconds / day).rounded(.down) * day)
    }

    /// The calendar year (UTC) holding `date`.
    static func year(_ date: Date) -> Int {
        components(date).year
    }

    /// Midnight UTC on the first of January of `year`.
    static func startOfYear(_ year: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(daysFromCivil(year, 1, 1)) * day)
    }

    private struct Parts {
        var year: Int
        var stamp: String
    }

    private static func components(_ date: Date) -> Parts {
        let total = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(total) / day).rounded(.down))
        let secondOfDay = total - days * Int(day)
        let (year, month, dayOfMonth) = civil(fromDays: days)
        let time =
            "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        let stamp = "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))T\(time)"
        return Parts(year: year, stamp: stamp)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    // Howard Hinnant's days-from-civil algorithm, so no Calendar is needed on the hot path.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let dayOfMonth = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth)
    }

    private static func daysFromCivil(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + dayOfMonth - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
