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
