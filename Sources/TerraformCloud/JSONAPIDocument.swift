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

    private enum CodingKeys: String, CodingKey {
        case data, included, links, meta
    }

    private struct Meta: Decodable {
        var pagination: Pagination?
    }

    /// Decodes a document whose `data` is an object, an array or `null`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let many = try? container.decode([JSONAPIResource].self, forKey: .data) {
            data = many
            isCollection = true
        } else {
            let one = try container.decodeIfPresent(JSONAPIResource.self, forKey: .data)
            data = one.map { [$0] } ?? []
            isCollection = false
        }
        included = try container.decodeIfPresent([JSONAPIResource].self, forKey: .included) ?? []
        let rawLinks = try container.decodeIfPresent([String: JSONValue].self, forKey: .links)
        links = (rawLinks ?? [:]).compactMapValues(\.stringValue)
        pagination = try container.decodeIfPresent(Meta.self, forKey: .meta)?.pagination
    }

    /// Decodes a document from response bytes, with an error that names what was expected.
    public static func decode(_ data: Data, expecting what: String) throws -> JSONAPIDocument {
        do {
            return try JSONDecoder().decode(JSONAPIDocument.self, from: data)
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
