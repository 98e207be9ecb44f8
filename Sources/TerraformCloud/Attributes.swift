import Foundation

/// A resource's attributes as raw JSON, with typed readers that never fail on odd values.
///
/// A reader returns `nil` when the key is missing, `null`, or of another type, so a new or
/// changed attribute on the server cannot break decoding.
public struct Attributes: Sendable, Hashable {
    /// Every attribute exactly as it came.
    public var raw: [String: JSONValue]

    /// Wraps raw attributes.
    public init(_ raw: [String: JSONValue]) {
        self.raw = raw
    }

    /// The raw value of `key`.
    public subscript(key: String) -> JSONValue? {
        raw[key]
    }

    /// The string at `key`.
    public func string(_ key: String) -> String? {
        raw[key]?.stringValue
    }

    /// The Boolean at `key`.
    public func bool(_ key: String) -> Bool? {
        raw[key]?.boolValue
    }

    /// The integer at `key`.
    public func int(_ key: String) -> Int? {
        raw[key]?.intValue
    }

    /// The date at `key`, in either ISO 8601 form the API uses.
    public func date(_ key: String) -> Date? {
        string(key).flatMap(APIDate.parse)
    }

    /// The strings of the array at `key`; `nil` when the value is `null` or missing.
    public func strings(_ key: String) -> [String]? {
        raw[key]?.arrayValue?.compactMap(\.stringValue)
    }

    /// The object at `key` as attributes of its own.
    public func nested(_ key: String) -> Attributes {
        Attributes(raw[key]?.objectValue ?? [:])
    }

    /// Every member of the object at `key` that holds a date, keyed as it came.
    public func dates(_ key: String) -> [String: Date] {
        (raw[key]?.objectValue ?? [:]).compactMapValues { $0.stringValue.flatMap(APIDate.parse) }
    }
}

/// Parses the API's timestamps: `2021-05-24T07:38:04+00:00` and `2021-05-24T07:38:04.171Z`.
public enum APIDate {
    private static let fractional = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let whole = Date.ISO8601FormatStyle()

    /// The date a timestamp names, or `nil` when it is not ISO 8601.
    public static func parse(_ text: String) -> Date? {
        if let date = parseUTC(text) { return date }
        if let date = try? fractional.parse(text) {
            return date
        }
        return try? whole.parse(text)
    }

    /// The two UTC forms the API writes, read without a format style.
    ///
    /// A list of runs holds hundreds of timestamps, and `ISO8601FormatStyle` made them a
    /// tenth of the decoding. Anything else (another offset, odd digits) is left to the
    /// format styles.
    static func parseUTC(_ text: String) -> Date? {
        var utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> Date? in
            // 2021-05-24T07:38:04 then .171, .171123 or nothing, then Z or +00:00
            guard bytes.count >= 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54,
                bytes[13] == 0x3A, bytes[16] == 0x3A
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var value = 0
                for index in start..<(start + count) {
                    let digit = Int(bytes[index]) - 0x30
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
                hour < 24, minute < 60, second < 60
            else { return nil }
            var index = 19
            var fraction = 0.0
            if bytes[index] == 0x2E {
                var scale = 0.1
                index += 1
                let start = index
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                    fraction += Double(bytes[index] - 0x30) * scale
                    scale /= 10
                    index += 1
                }
                guard index > start else { return nil }
            }
            let rest = bytes.count - index
            let isZulu = rest == 1 && bytes[index] == 0x5A
            let isZero =
                rest == 6 && bytes[index] == 0x2B && number(index + 1, 2) == 0
                && bytes[index + 3] == 0x3A && number(index + 4, 2) == 0
            guard isZulu || isZero else { return nil }
            let days = daysSinceEpoch(year: year, month: month, day: day)
            let seconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second) + fraction
            return Date(timeIntervalSince1970: seconds)
        } ?? nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Formats a date the way the API writes `created-at` (UTC, milliseconds, `Z`).
    public static func format(_ date: Date) -> String {
        fractional.format(date)
    }
}
