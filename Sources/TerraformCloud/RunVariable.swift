/// One run-specific variable: a key and an HCL literal value.
public struct RunVariable: Sendable, Hashable, Codable {
    /// The variable name.
    public var key: String
    /// The value as an HCL literal (`"\"dev\""` for a string, `2` for a number).
    public var value: String

    /// Creates a variable.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    /// Reads `{"key": ..., "value": ...}`; `nil` when there is no key.
    init?(json: JSONValue) {
        guard let key = json["key"]?.stringValue else { return nil }
        self.key = key
        self.value = json["value"]?.stringValue ?? ""
    }
}
