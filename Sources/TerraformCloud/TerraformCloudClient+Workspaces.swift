import Foundation

extension TerraformCloudClient {
    /// The workspace `name` in `organization` (`GET /organizations/:org/workspaces/:name`).
    ///
    /// Remembers its ID, so later commands on the same workspace need no lookup.
    public func workspace(named name: String, organization: String? = nil) async throws
        -> Workspace
    {
        let organization = try resolveOrganization(organization)
        try Identifiers.validateWorkspaceName(name)
        let context = RequestContext(
            subject: "workspace '\(name)' in organization '\(organization)'"
        )
        let document = try await getDocument(
            "organizations/\(organization)/workspaces/\(name)",
            context: context
        )
        let workspace = try Workspace(resource: document.single())
        remember(workspace, organization: organization)
        return workspace
    }

    /// The workspace with ID `id` (`GET /workspaces/:id`).
    public func workspace(id: String) async throws -> Workspace {
        try Identifiers.validateWorkspaceID(id)
        let document = try await getDocument(
            "workspaces/\(id)",
            context: RequestContext(subject: "workspace \(id)")
        )
        let workspace = try Workspace(resource: document.single())
        if let organization = workspace.organizationName {
            remember(workspace, organization: organization)
        }
        return workspace
    }

    /// The ID of workspace `name`, from the cache when it was looked up before.
    public func workspaceID(named name: String, organization: String? = nil) async throws
        -> String
    {
        let organization = try resolveOrganization(organization)
        try Identifiers.validateWorkspaceName(name)
        let key = Self.cacheKey(organization, name)
        if let cached = workspaceIDs.withLock({ $0[key] }) {
            return cached
        }
        return try await workspace(named: name, organization: organization).id
    }

    /// Runs `body` with the ID of workspace `name`; when a cached ID turns out to be gone
    /// (404), looks the name up once more and runs `body` again with the new ID.
    func withWorkspaceID<T>(
        named name: String,
        organization: String?,
        _ body: (String) async throws -> T
    ) async throws -> T {
        let wasCached = cachedWorkspaceID(named: name, organization: organization) != nil
        let id = try await workspaceID(named: name, organization: organization)
        do {
            return try await body(id)
        } catch TerraformCloudError.notFound where wasCached {
            return try await body(workspaceID(named: name, organization: organization))
        }
    }

    /// The workspace ID cached for `name`, without any request.
    public func cachedWorkspaceID(named name: String, organization: String? = nil) -> String? {
        guard let organization = try? resolveOrganization(organization) else { return nil }
        return workspaceIDs.withLock { $0[Self.cacheKey(organization, name)] }
    }

    /// An organization's workspaces (`GET /organizations/:org/workspaces`), fetched lazily.
    ///
    /// `search` is sent as `search[name]`, a fuzzy match on the name; `pageSize` is 1 to 100,
    /// the server's default when `nil`.
    public func workspaces(
        organization: String? = nil,
        search: String? = nil,
        pageSize: Int? = nil
    ) throws -> PagedSequence<Workspace> {
        let organization = try resolveOrganization(organization)
        let context = RequestContext(subject: "the workspaces of organization '\(organization)'")
        return PagedSequence { [self] page in
            var query = pageQuery(page: page, size: pageSize)
            if let search, !search.isEmpty { query.append(("search[name]", search)) }
            let document = try await getDocument(
                "organizations/\(organization)/workspaces",
                query: query,
                context: context
            )
            let workspaces = try document.data.map(Workspace.init(resource:))
            for workspace in workspaces {
                remember(workspace, organization: organization)
            }
            return Page(items: workspaces, pagination: document.pagination)
        }
    }

    /// The resources in a workspace's current state (`GET /workspaces/:id/resources`).
    public func resources(workspaceID: String, pageSize: Int? = nil) throws
        -> PagedSequence<WorkspaceResource>
    {
        try Identifiers.validateWorkspaceID(workspaceID)
        let context = RequestContext(subject: "the resources of workspace \(workspaceID)")
        return PagedSequence { [self] page in
            let document = try await getDocument(
                "workspaces/\(workspaceID)/resources",
                query: pageQuery(page: page, size: pageSize),
                context: context
            )
            let items = try document.data.map(WorkspaceResource.init(resource:))
            return Page(items: items, pagination: document.pagination)
        }
    }

    /// A workspace's variables (`GET /workspaces/:id/vars`); sensitive values come back `nil`.
    public func variables(workspaceID: String) async throws -> [WorkspaceVariable] {
        try Identifiers.validateWorkspaceID(workspaceID)
        let document = try await getDocument(
            "workspaces/\(workspaceID)/vars",
            context: RequestContext(subject: "the variables of workspace \(workspaceID)")
        )
        return try document.data.map(WorkspaceVariable.init(resource:))
    }

    /// `page[number]` and, when given, `page[size]` (clamped to 1...100).
    func pageQuery(page: Int, size: Int?) -> [(String, String)] {
        var query: [(String, String)] = [("page[number]", String(page))]
        if let size {
            query.append(("page[size]", String(min(100, max(1, size)))))
        }
        return query
    }

    /// Forgets every cached name whose workspace ID appears in `text`, after a 404 says the
    /// workspace is gone (deleted, or renamed and made again): the next use looks it up anew.
    func forgetWorkspaces(mentionedIn text: String) {
        workspaceIDs.withLock { cache in
            cache = cache.filter { !text.contains($0.value) }
        }
    }

    private func remember(_ workspace: Workspace, organization: String) {
        let key = Self.cacheKey(organization, workspace.name)
        workspaceIDs.withLock { $0[key] = workspace.id }
    }

    private static func cacheKey(_ organization: String, _ name: String) -> String {
        organization + "/" + name
    }
}
