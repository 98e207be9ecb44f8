/// One page of a list: its items and where the next page is.
public struct Page<Element: Sendable>: Sendable {
    /// The items on this page.
    public var items: [Element]
    /// `meta.pagination`, when the server sent it.
    public var pagination: Pagination?

    /// Creates a page.
    public init(items: [Element], pagination: Pagination?) {
        self.items = items
        self.pagination = pagination
    }

    /// The page to fetch next: `meta.pagination.next-page`; `nil` when this is the last.
    public var nextPage: Int? {
        guard !items.isEmpty, let pagination, let next = pagination.nextPage,
            next > pagination.currentPage
        else { return nil }
        return next
    }
}

/// A list the API serves in pages, fetched one page at a time as the caller iterates.
///
/// Nothing is fetched until iteration starts, and stopping early (`break`, `prefix`) sends no
/// further request.
public struct PagedSequence<Element: Sendable>: AsyncSequence, Sendable {
    /// Fetches one page by number.
    public typealias Fetch = @Sendable (Int) async throws -> Page<Element>

    /// The first page to fetch.
    let startPage: Int
    /// Fetches one page by number.
    let fetch: Fetch

    /// Creates a sequence starting at `startPage`.
    public init(startPage: Int = 1, fetch: @escaping Fetch) {
        self.startPage = Swift.max(1, startPage)
        self.fetch = fetch
    }

    /// Starts iterating; the first page is fetched on the first `next()`.
    public func makeAsyncIterator() -> Iterator {
        Iterator(nextPage: startPage, fetch: fetch)
    }

    /// Fetches only the first page, with its pagination (totals, when the server counts).
    public func firstPage() async throws -> Page<Element> {
        try await fetch(startPage)
    }

    /// Collects up to `limit` items (all when `nil`), fetching only the pages needed.
    public func collect(limit: Int? = nil) async throws -> [Element] {
        var items: [Element] = []
        if let limit, limit <= 0 { return items }
        for try await item in self {
            items.append(item)
            if let limit, items.count >= limit { break }
        }
        return items
    }

    /// The same pages, each item transformed.
    public func mapItems<Other: Sendable>(
        _ transform: @escaping @Sendable (Element) -> Other
    ) -> PagedSequence<Other> {
        let fetch = self.fetch
        return PagedSequence<Other>(startPage: startPage) { page in
            let result = try await fetch(page)
            return Page(items: result.items.map(transform), pagination: result.pagination)
        }
    }

    /// Walks the pages lazily.
    public struct Iterator: AsyncIteratorProtocol {
        private var buffer: [Element] = []
        private var nextPage: Int?
        private let fetch: Fetch

        init(nextPage: Int, fetch: @escaping Fetch) {
            self.nextPage = nextPage
            self.fetch = fetch
        }

        /// The next item, fetching the next page when this one is used up.
        public mutating func next() async throws -> Element? {
            while buffer.isEmpty {
                guard let page = nextPage else { return nil }
                let result = try await fetch(page)
                buffer = result.items
                nextPage = result.nextPage
            }
            return buffer.removeFirst()
        }
    }
}
