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
        if let date = try? fractional.parse(text) {
            return date
        }
        return try? whole.parse(text)
    }

    /// Formats a date the way the API writes `created-at` (UTC, milliseconds, `Z`).
    public static func format(_ date: Date) -> String {
        fractional.format(date)
    }
}
