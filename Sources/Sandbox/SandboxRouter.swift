import Foundation

/// Answers one request against the store: finds the route, reads the body, renders the reply.
///
/// The caller holds the store's lock for the whole call.
struct SandboxRouter {
    /// The store, locked by the caller.
    let store: SandboxStore
    /// The request being answered.
    let request: SandboxRequest
    /// The decoded query.
    let query: QueryParameters
    /// Renders resources for this request.
    let render: DocumentRenderer

    /// Prepares to answer `request`.
    init(store: SandboxStore, request: SandboxRequest) {
        self.store = store
        self.request = request
        query = QueryParameters(request.query)
        render = DocumentRenderer(store: store, baseURL: request.baseURL)
    }

    /// The answer to the request.
    func respond() -> SandboxResponse {
        let segments = request.path.split(separator: "/").map {
            String($0).removingPercentEncoding ?? String($0)
        }
        if segments.first == "_archivist", segments.count == 2 { return archive(segments[1]) }
        if segments == [".well-known", "terraform.json"] { return discovery() }
        guard segments.count >= 3, segments[0] == "api", segments[1] == "v2" else {
            return Reply.error(404, "not found", "No route matches \(request.path).")
        }
        let route = Array(segments.dropFirst(2))
        if route == ["ping"] { return Reply.ping() }
        guard hasToken else {
            return Reply.error(
                401,
                "unauthorized",
                "Send an Authorization: Bearer header; the sandbox accepts any token."
            )
        }
        return request.method == "GET" ? get(route) : post(route)
    }

    private var hasToken: Bool {
        guard store.requiresToken else { return true }
        let value = request.header("Authorization") ?? ""
        return value.lowercased().hasPrefix("bearer ") && value.count > 7
    }

    private func discovery() -> SandboxResponse {
        let body: JSONValue = [
            "modules.v1": "/api/registry/v1/modules/", "motd.v1": "/api/terraform/motd",
            "state.v2": "/api/v2/", "tfe.v2": "/api/v2/", "tfe.v2.1": "/api/v2/",
            "tfe.v2.2": "/api/v2/",
            "versions.v1": "https://checkpoint-api.hashicorp.com/v1/versions/",
        ]
        return SandboxResponse(
            status: 200,
            headers: ["Content-Type": "application/json"],
            body: body.data
        )
    }

    private func archive(_ secret: String) -> SandboxResponse {
        guard let entry = store.logs[secret], let run = store.runs[entry.runID] else {
            return SandboxResponse(
                status: 404,
                headers: ["Content-Type": "text/plain"],
                body: Data("not found".utf8)
            )
        }
        let text = RunLog.text(
            for: run,
            isApply: entry.isApply,
            in: store.workspacesByID[run.workspaceID]
        )
        var bytes = Array(text.utf8)
        let offset = min(bytes.count, max(0, Int(query["offset"] ?? "") ?? 0))
        let limit = Int(query["limit"] ?? "") ?? bytes.count
        bytes = Array(bytes[offset..<min(bytes.count, offset + max(0, limit))])
        return SandboxResponse(
            status: 200,
            headers: ["Content-Type": "text/plain"],
            body: Data(bytes)
        )
    }

    private func get(_ route: [String]) -> SandboxResponse {
        switch route.count {
        case 2: return getSingle(route[0], route[1])
        case 3: return getNested(route[0], route[1], route[2])
        case 4 where route[0] == "organizations" && route[2] == "workspaces":
            guard route[1] == store.organization, let workspace = store.workspacesByName[route[3]]
            else {
                return Reply.notFound()
            }
            return workspaceDocument(workspace)
        default: return Reply.notFound()
        }
    }

    private func getSingle(_ kind: String, _ id: String) -> SandboxResponse {
        switch kind {
        case "organizations":
            return id == store.organization
                ? Reply.document(render.organization()) : Reply.notFound()
        case "account" where id == "details", "users":
            let userID = kind == "account" ? store.accountID : id
            guard let user = store.usersByID[userID] else { return Reply.notFound() }
            return Reply.document(render.user(user))
        case "workspaces":
            guard let workspace = store.workspacesByID[id] else { return Reply.notFound() }
            return workspaceDocument(workspace)
        case "runs":
            guard let run = store.runs[id] else { return Reply.notFound() }
            return runDocument(run)
        case "plans", "applies":
            guard let run = store.phases[id] else { return Reply.notFound() }
            return Reply.document(kind == "plans" ? render.plan(run) : render.apply(run))
        case "comments":
            guard let comment = store.comments[id] else { return Reply.notFound() }
            return Reply.document(render.comment(comment))
        case "configuration-versions":
            guard let version = store.configurationVersions[id] else { return Reply.notFound() }
            return versionDocument(version)
        case "run-events":
            guard let (_, event) = RunEvents.find(id, in: store) else { return Reply.notFound() }
            return Reply.document(RunEvents.document(event, render: render))
        case "cost-estimates":
            guard let run = store.runs["run-" + id.dropFirst(3)] else { return Reply.notFound() }
            return Reply.document(render.costEstimate(run))
        default:
            return Reply.notFound()
        }
    }

    private func getNested(_ kind: String, _ id: String, _ child: String) -> SandboxResponse {
        switch (kind, child) {
        case ("organizations", "workspaces"):
            guard id == store.organization else { return Reply.notFound() }
            return listWorkspaces()
        case ("organizations", "runs"):
            guard id == store.organization else { return Reply.notFound() }
            return RunListing(router: self).organizationList()
        case ("workspaces", _):
            guard let workspace = store.workspacesByID[id] else { return Reply.notFound() }
            return workspaceChild(workspace, child)
        case ("runs", _):
            guard let run = store.runs[id] else { return Reply.notFound() }
            return runChild(run, child)
        case ("configuration-versions", "ingress-attributes"):
            guard let version = store.configurationVersions[id] else { return Reply.notFound() }
            return Reply.document(render.ingressAttributes(version))
        default:
            return Reply.notFound()
        }
    }

    private func workspaceChild(_ workspace: SandboxWorkspace, _ child: String) -> SandboxResponse {
        switch child {
        case "runs":
            return RunListing(router: self).workspaceList(workspace)
        case "resources":
            let items = workspace.resources.enumerated().map { ($0.offset, $0.element) }
            let page = PageRequest(query)
            let slice = items.dropFirst(page.offset).prefix(page.size)
            let data = slice.map { render.resource($0.1, at: $0.0, in: workspace) }
            return Reply.page(
                data,
                page: page,
                total: items.count,
                path: request.path,
                router: self
            )
        case "vars":
            return Reply.document(
                .array(workspace.variables.map { render.variable($0, in: workspace) })
            )
        default:
            return Reply.notFound()
        }
    }

    private func runChild(_ run: SandboxRun, _ child: String) -> SandboxResponse {
        switch child {
        case "plan": return Reply.document(render.plan(run))
        case "apply": return Reply.document(render.apply(run))
        case "comments":
            let comments = run.commentIDs.compactMap { store.comments[$0] }.map(render.comment)
            return Reply.document(.array(comments))
        case "configuration-version":
            guard let version = store.configurationVersions[run.configurationVersionID] else {
                return Reply.notFound()
            }
            return versionDocument(version)
        case "created-by":
            guard let user = store.usersByID[run.createdBy] else { return Reply.notFound() }
            return Reply.document(render.user(user))
        case "cost-estimate":
            return Reply.document(render.costEstimate(run))
        case "run-events":
            let events = RunEvents.events(of: run, in: store)
            let page = PageRequest(query)
            let data = events.dropFirst(page.offset).prefix(page.size).map {
                RunEvents.document($0, render: render)
            }
            return Reply.page(
                Array(data),
                page: page,
                total: events.count,
                path: request.path,
                router: self
            )
        default:
            return Reply.notFound()
        }
    }

    private func listWorkspaces() -> SandboxResponse {
        var matches = store.workspaces
        if let name = query["search[name]"]?.lowercased() {
            matches = matches.filter { $0.name.lowercased().contains(name) }
        }
        let page = PageRequest(query)
        let data = matches.dropFirst(page.offset).prefix(page.size).map(render.workspace)
        return Reply.page(
            Array(data),
            page: page,
            total: matches.count,
            path: request.path,
            router: self
        )
    }
}
