import Foundation

/// The two run lists of REFERENCE §4.2: filters, paging, links and meta.
struct RunListing {
    /// The router answering the request.
    let router: SandboxRouter

    private var store: SandboxStore { router.store }
    private var query: QueryParameters { router.query }

    /// `GET /workspaces/:id/runs`: speculative plans hidden unless `filter[operation]` asks.
    func workspaceList(_ workspace: SandboxWorkspace) -> SandboxResponse {
        if let refusal = router.invalidInclude(query.includes, allowed: SandboxRouter.runIncludes) {
            return refusal
        }
        let hasOperation = query.list("filter[operation]") != nil
        let index = hasOperation ? workspace.runs : workspace.nonSpeculativeRuns
        let page = PageRequest(query)
        let filter = RunFilter(query: query, store: store, defaultTimeframe: nil)
        let ids: [String]
        let total: Int
        if filter.isEmpty {
            // Newest first without filters: the page is a slice from the end, O(page size).
            total = index.count
            let end = max(0, total - page.offset)
            ids = index[max(0, end - page.size)..<end].reversed()
        } else {
            let matches = filteredRuns(index, of: workspace, filter: filter)
            total = matches.count
            ids = Array(matches.dropFirst(page.offset).prefix(page.size))
        }
        let runs = ids.compactMap { store.runs[$0] }
        var seen: Set<String> = []
        let included = router.included(for: runs, seen: &seen)
        return Reply.page(
            runs.map(router.render.run),
            page: page,
            total: total,
            path: router.request.path,
            router: router,
            included: included
        )
    }

    /// `GET /organizations/:name/runs`: the last year by default, paging without totals.
    func organizationList() -> SandboxResponse {
        if let refusal = router.invalidInclude(query.includes, allowed: SandboxRouter.runIncludes) {
            return refusal
        }
        let page = PageRequest(query)
        let filter = RunFilter(query: query, store: store, defaultTimeframe: "year")
        let index = store.organizationRuns
        var lower = 0
        if let since = filter.since { lower = firstIndex(createdAtOrAfter: since, in: index) }
        var matches: [String] = []
        let wanted = page.offset + page.size + 1
        var position = index.count
        while position > lower && matches.count < wanted {
            position -= 1
            if let run = store.runs[index[position]], filter.matches(run) { matches.append(run.id) }
        }
        let runs = matches.dropFirst(page.offset).prefix(page.size).compactMap { store.runs[$0] }
        var seen: Set<String> = []
        let included = router.included(for: runs, seen: &seen)
        return pageDocument(runs, page: page, hasNext: matches.count == wanted, included: included)
    }

    /// The runs of `index` that pass `filter`, newest first.
    ///
    /// A client paging through a long filtered list asks for the same matches page after
    /// page, so the last ones are kept until anything changes.
    private func filteredRuns(
        _ index: [String],
        of workspace: SandboxWorkspace,
        filter: RunFilter
    ) -> [String] {
        let key = workspace.id + "?" + query.linkQuery
        if let cached = store.lastFilteredList, cached.key == key,
            cached.revision == store.revision, cached.now == store.now
        {
            return cached.ids
        }
        let ids = index.reversed().filter { id in store.runs[id].map(filter.matches) ?? false }
        store.lastFilteredList = (key, store.revision, store.now, ids)
        return ids
    }

    private func pageDocument(
        _ runs: [SandboxRun],
        page: PageRequest,
        hasNext: Bool,
        included: [JSONValue]
    ) -> SandboxResponse {
        let link = PageLinks(router: router, path: router.request.path, size: page.size)
        let prev: Int? = page.number > 1 ? page.number - 1 : nil
        let next: Int? = hasNext ? page.number + 1 : nil
        var members: [(String, JSONValue)] = [("data", .array(runs.map(router.render.run)))]
        if !included.isEmpty { members.append(("included", .array(included))) }
        members.append(
            (
                "links",
                ["self": link.url(page.number), "prev": link.url(prev), "next": link.url(next)]
            )
        )
        members.append(
            (
                "meta",
                [
                    "pagination": [
                        "current-page": .int(page.number), "page-size": .int(page.size),
                        "prev-page": prev.map(JSONValue.int) ?? .null,
                        "next-page": next.map(JSONValue.int) ?? .null,
                    ]
                ]
            )
        )
        return SandboxResponse(
            status: 200,
            headers: Reply.headers,
            body: JSONValue.object(members).data
        )
    }

    private func firstIndex(createdAtOrAfter date: Date, in index: [String]) -> Int {
        var low = 0
        var high = index.count
        while low < high {
            let mid = (low + high) / 2
            if let run = store.runs[index[mid]], run.createdAt < date {
                low = mid + 1
            } else {
                high = mid
            }
        }
        return low
    }
}
