/// A `{"type": ..., "id": ...}` pair naming another resource.
public struct ResourceIdentifier: Sendable, Hashable, Codable {
    /// The resource type, like `plans`.
    public var type: String
    /// The resource ID.
    public var id: String

    /// Creates an identifier.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }
}

extension ResourceIdentifier {
    /// Reads `{"type": ..., "id": ...}`; `nil` for `null` or any other shape.
    public init?(json: JSONValue) {
        guard let type = json["type"]?.stringValue, let id = json["id"]?.stringValue else {
            return nil
        }
        self.init(type: type, id: id)
    }
}
