import Foundation

/// One JSON:API resource object: `type`, `id`, `attributes`, `relationships` and `links`.
///
/// Attributes stay as raw JSON; each model reads the ones it knows and keeps the rest.
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs#json-api-documents
public struct JSONAPIResource: Sendable, Hashable, Decodable {
    /// The resource type, like `runs`.
    public var type: String
    /// The resource ID, like `run-CZcmD7eagjhyX0vN`.
    public var id: String
    /// The attributes exactly as they came.
    public var attributes: Attributes
    /// Relationship name to the relationship object.
    public var relationships: [String: Relationship]
    /// Links such as `self`.
    public var links: [String: String]

    /// Creates a resource from its parts.
    public init(
        type: String,
        id: String,
        attributes: Attributes = Attributes([:]),
        relationships: [String: Relationship] = [:],
        links: [String: String] = [:]
    ) {
        self.type = type
        self.id = id
        self.attributes = attributes
        self.relationships = relationships
        self.links = links
    }

    /// Decodes a resource, tolerating missing attributes, relationships and links.
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    /// Reads a resource from parsed JSON, tolerating missing attributes, relationships and
    /// links.
    public init(json: JSONValue) throws {
        guard let type = json["type"]?.stringValue, let id = json["id"]?.stringValue else {
            throw JSONShapeError("a resource needs a string `type` and `id`")
        }
        self.type = type
        self.id = id
        attributes = Attributes(json["attributes"]?.objectValue ?? [:])
        relationships = (json["relationships"]?.objectValue ?? [:]).mapValues(Relationship.init)
        links = json["links"]?.stringMembers ?? [:]
    }

    /// The identifier of a to-one relationship named `name`, if it has data.
    public func related(_ name: String) -> ResourceIdentifier? {
        relationships[name]?.data.first
    }

    /// Throws unless this resource has the expected type.
    func expectType(_ expected: String) throws {
        guard type == expected else {
            throw TerraformCloudError.unexpectedResponse(
                "expected a '\(expected)' resource but got '\(type)' (\(id))"
            )
        }
    }
}
