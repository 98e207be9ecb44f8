import Foundation

/// One entry of a response's `errors` array, in either form the API uses.
///
/// JSON:API objects carry `status` (a string, or a number in the 429 sample), `title`,
/// `detail` and `source.pointer`; some endpoints send bare strings instead.
public struct APIErrorObject: Sendable, Hashable {
    /// The HTTP status the error states, if any.
    public var status: Int?
    /// A short summary.
    public var title: String?
    /// A human-readable explanation.
    public var detail: String?
    /// The JSON pointer to the request field at fault (`/data/attributes/message`).
    public var pointer: String?

    /// Creates an error object from its parts.
    public init(
        status: Int? = nil,
        title: String? = nil,
        detail: String? = nil,
        pointer: String? = nil
    ) {
        self.status = status
        self.title = title
        self.detail = detail
        self.pointer = pointer
    }

    /// Reads one entry: a bare string, or an object with a string or numeric status.
    init(json: JSONValue) {
        if let text = json.stringValue {
            self.init(detail: text)
            return
        }
        let status = json["status"]?.intValue ?? json["status"]?.stringValue.flatMap { Int($0) }
        self.init(
            status: status,
            title: json["title"]?.stringValue,
            detail: json["detail"]?.stringValue,
            pointer: json["source"]?["pointer"]?.stringValue
        )
    }

    /// The most specific text available: the detail, else the title.
    public var message: String? {
        let detail = detail?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let detail, !detail.isEmpty { return detail }
        return title
    }

    /// Reads `errors` from a response body; empty when the body has none or is not JSON.
    public static func parse(_ body: Data) -> [APIErrorObject] {
        guard let json = try? JSONValue.parse(body),
            let errors = json["errors"]?.arrayValue
        else { return [] }
        return errors.map(APIErrorObject.init(json:))
    }
}
