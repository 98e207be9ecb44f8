import Foundation

/// A JSON:API response document: primary data, `included` resources, links and pagination.
public struct JSONAPIDocument: Sendable, Decodable {
    /// The primary data as a list (one element for a single-resource document).
    public var data: [JSONAPIResource]
    /// Whether the primary data was an array.
    public var isCollection: Bool
    /// Resources included by `?include=`.
    public var included: [JSONAPIResource]
    /// Top-level links (`self`, `next`, ...); `null` links are left out.
    public var links: [String: String]
    /// `meta.pagination`, when the list is paged.
    public var pagination: Pagination?

    /// Decodes a document whose `data` is an object, an array or `null`.
    public init(from decoder: any Decoder) throws {
        try self.init(json: JSONValue(from: decoder))
    }

    /// Reads a document from parsed JSON.
    public init(json: JSONValue) throws {
        guard let members = json.objectValue else {
            throw JSONShapeError("a JSON:API document must be an object")
        }
        switch members["data"] {
        case .array(let many)?:
            data = try many.map(JSONAPIResource.init(json:))
            isCollection = true
        case .object?:
            data = [try JSONAPIResource(json: members["data"] ?? .null)]
            isCollection = false
        case nil, .null?:
            data = []
            isCollection = false
        default:
            throw JSONShapeError("`data` must be an object, an array or null")
        }
        included = try (members["included"]?.arrayValue ?? []).map(JSONAPIResource.init(json:))
        links = members["links"]?.stringMembers ?? [:]
        pagination = json["meta"]?["pagination"].flatMap(Pagination.init(json:))
    }

    /// Decodes a document from response bytes, with an error that names what was expected.
    public static func decode(_ data: Data, expecting what: String) throws -> JSONAPIDocument {
        do {
            return try JSONAPIDocument(json: JSONValue.parse(data))
        } catch {
            throw TerraformCloudError.unexpectedResponse(
                "the response for \(what) is not a JSON:API document (\(error))"
            )
        }
    }

    /// The single primary resource, or an error when there is none.
    public func single() throws -> JSONAPIResource {
        guard let first = data.first else {
            throw TerraformCloudError.unexpectedResponse("the response has no data")
        }
        return first
    }

    /// The included resource named by `identifier`, if the server included it.
    public func included(_ identifier: ResourceIdentifier?) -> JSONAPIResource? {
        guard let identifier else { return nil }
        return included.first { $0.type == identifier.type && $0.id == identifier.id }
    }
}
