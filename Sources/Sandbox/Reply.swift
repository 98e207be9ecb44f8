import Foundation

/// Builds the sandbox's HTTP answers: JSON:API documents, pages and errors.
enum Reply {
    /// The headers every JSON:API answer carries.
    static let headers = [
        "Content-Type": "application/vnd.api+json", "TFP-API-Version": "2.6",
        "TFP-AppName": "HCP Terraform", "X-RateLimit-Limit": "30",
    ]

    /// `200` with `{"data": ...}` and, when given, `included`.
    static func document(_ data: JSONValue, included: [JSONValue] = [], status: Int = 200)
        -> SandboxResponse
    {
        var members: [(String, JSONValue)] = [("data", data)]
        if !included.isEmpty { members.append(("included", .array(included))) }
        return SandboxResponse(
            status: status,
            headers: headers,
            body: JSONValue.object(members).data
        )
    }

    /// `202` with an empty body, the answer to an accepted action.
    static func accepted() -> SandboxResponse {
        SandboxResponse(status: 202, headers: headers)
    }

    /// `204` for the ping, with the rate-limit headers go-tfe reads.
    static func ping() -> SandboxResponse {
        var pingHeaders = headers
        pingHeaders["X-RateLimit-Reset"] = "0.000"
        pingHeaders["X-TFE-Version"] = "sandbox"
        return SandboxResponse(status: 204, headers: pingHeaders)
    }

    /// A JSON:API error document.
    static func error(
        _ status: Int,
        _ title: String,
        _ detail: String,
        pointer: String? = nil
    ) -> SandboxResponse {
        var error: [(String, JSONValue)] = [
            ("status", .string(String(status))), ("title", .string(title)),
            ("detail", .string(detail)),
        ]
        if let pointer { error.append(("source", ["pointer": .string(pointer)])) }
        let body: JSONValue = ["errors": [.object(error)]]
        return SandboxResponse(status: status, headers: headers, body: body.data)
    }

    /// `404` as the API sends it for anything missing or not visible.
    static func notFound() -> SandboxResponse {
        error(
            404,
            "not found",
            "The resource could not be found, or you are not authorized to see it."
        )
    }

    /// A page of a list with `links` and `meta.pagination`, totals included.
    static func page(
        _ data: [JSONValue],
        page: PageRequest,
        total: Int,
        path: String,
        router: SandboxRouter,
        included: [JSONValue] = []
    ) -> SandboxResponse {
        let pages = max(1, (total + page.size - 1) / page.size)
        let link = PageLinks(router: router, path: path, size: page.size)
        let prev: Int? = page.number > 1 ? min(page.number - 1, pages) : nil
        let next: Int? = page.number < pages ? page.number + 1 : nil
        var members: [(String, JSONValue)] = [("data", .array(data))]
        if !included.isEmpty { members.append(("included", .array(included))) }
        members.append(
            (
                "links",
                [
                    "self": link.url(page.number), "first": link.url(1), "prev": link.url(prev),
                    "next": link.url(next), "last": link.url(pages),
                ]
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
                        "total-pages": .int(pages), "total-count": .int(total),
                    ]
                ]
            )
        )
        return SandboxResponse(status: 200, headers: headers, body: JSONValue.object(members).data)
    }
}

/// Absolute links to pages of one list, keeping the request's other parameters.
struct PageLinks {
    /// The router answering the request.
    let router: SandboxRouter
    /// The list path, without query.
    let path: String
    /// The page size every link keeps.
    let size: Int

    /// The link to page `number`, or `null`.
    func url(_ number: Int?) -> JSONValue {
        guard let number else { return .null }
        let rest = router.query.linkQuery
        let paging = "page%5Bnumber%5D=\(number)&page%5Bsize%5D=\(size)"
        return .string(
            "\(router.request.baseURL)\(path)?\(paging)\(rest.isEmpty ? "" : "&" + rest)"
        )
    }
}

extension SandboxRequest {
    /// `scheme://host[:port]` the request was sent to, from `Host` and `X-Forwarded-Proto`.
    ///
    /// Transports should pass both; without them the sandbox assumes `http://localhost`.
    public var baseURL: String {
        let host = header("Host") ?? "localhost"
        let scheme = header("X-Forwarded-Proto") ?? "http"
        return "\(scheme)://\(host)"
    }
}
