/// A JSON:API relationship: its data (none, one or many identifiers) and its links.
public struct Relationship: Sendable, Hashable, Decodable {
    /// The related identifiers: empty for `null`, missing or `[]` data.
    public var data: [ResourceIdentifier]
    /// Whether the data was an array (a to-many relationship).
    public var isToMany: Bool
    /// Links such as `related`.
    public var links: [String: String]

    private enum CodingKeys: String, CodingKey {
        case data, links
    }

    /// Creates a relationship from its parts.
    public init(data: [ResourceIdentifier], isToMany: Bool = false, links: [String: String] = [:]) {
        self.data = data
        self.isToMany = isToMany
        self.links = links
    }

    /// Decodes any of the shapes the API uses, including the docs' elided `{}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let many = try? container.decode([ResourceIdentifier].self, forKey: .data) {
            data = many
            isToMany = true
        } else {
            let one = try? container.decodeIfPresent(ResourceIdentifier.self, forKey: .data)
            data = one.map { [$0] } ?? []
            isToMany = false
        }
        let rawLinks = try container.decodeIfPresent([String: JSONValue].self, forKey: .links)
        links = (rawLinks ?? [:]).compactMapValues(\.stringValue)
    }
}
