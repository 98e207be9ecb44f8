/// `meta.pagination` of a list response; the organization run list has no totals.
public struct Pagination: Sendable, Hashable, Decodable {
    /// The page this response holds.
    public var currentPage: Int
    /// The page size the server used, when it says.
    public var pageSize: Int?
    /// The previous page, or `nil` on the first.
    public var previousPage: Int?
    /// The next page, or `nil` on the last.
    public var nextPage: Int?
    /// The number of pages, when the server counts them.
    public var totalPages: Int?
    /// The number of items, when the server counts them.
    public var totalCount: Int?

    /// Creates pagination from its parts.
    public init(
        currentPage: Int,
        pageSize: Int? = nil,
        previousPage: Int? = nil,
        nextPage: Int? = nil,
        totalPages: Int? = nil,
        totalCount: Int? = nil
    ) {
        self.currentPage = currentPage
        self.pageSize = pageSize
        self.previousPage = previousPage
        self.nextPage = nextPage
        self.totalPages = totalPages
        self.totalCount = totalCount
    }
}

extension Pagination {
    /// Decodes `meta.pagination` through ``init(json:)``, so the keys are read in one place.
    public init(from decoder: any Decoder) throws {
        guard let pagination = Pagination(json: try JSONValue(from: decoder)) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "no current-page")
            )
        }
        self = pagination
    }

    /// Reads `meta.pagination`; `nil` when it has no current page.
    public init?(json: JSONValue) {
        guard let current = json["current-page"]?.intValue else { return nil }
        self.init(
            currentPage: current,
            pageSize: json["page-size"]?.intValue,
            previousPage: json["prev-page"]?.intValue,
            nextPage: json["next-page"]?.intValue,
            totalPages: json["total-pages"]?.intValue,
            totalCount: json["total-count"]?.intValue
        )
    }
}
