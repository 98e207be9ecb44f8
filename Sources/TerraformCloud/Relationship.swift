/// A JSON:API relationship: its data (none, one or many identifiers) and its links.
public struct Relationship: Sendable, Hashable, Decodable {
    /// The related identifiers: empty for `null`, missing or `[]` data.
    public var data: [ResourceIdentifier]
    /// Whether the data was an array (a to-many relationship).
    public var isToMany: Bool
    /// Links such as `related`.
    public var links: [String: String]

    /// Creates a relationship from its parts.
    public init(data: [ResourceIdentifier], isToMany: Bool = false, links: [String: String] = [:]) {
        self.data = data
        self.isToMany = isToMany
        self.links = links
    }

    /// Decodes any of the shapes the API uses, including the docs' elided `{}`.
    public init(from decoder: any Decoder) throws {
        self.init(json: try JSONValue(from: decoder))
    }

    /// Reads any of the shapes the API uses, including the docs' elided `{}`.
    public init(json: JSONValue) {
        switch json["data"] {
        case .array(let many)?:
            data = many.compactMap(ResourceIdentifier.init(json:))
            isToMany = true
        case let one?:
            data = ResourceIdentifier(json: one).map { [$0] } ?? []
            isToMany = false
        case nil:
            data = []
            isToMany = false
        }
        links = json["links"]?.stringMembers ?? [:]
    }
}
