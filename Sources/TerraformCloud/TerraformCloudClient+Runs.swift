import Foundation

extension TerraformCloudClient {
    /// Every include that ``RunDetails`` joins.
    public static let runDetailIncludes = [
        "plan", "apply", "created_by", "configuration_version",
        "configuration_version.ingress_attributes", "workspace", "cost_estimate",
    ]

    /// Queues a run in the workspace with ID `workspaceID` (`POST /runs`).
    public func createRun(workspaceID: String, options: RunCreateOptions = RunCreateOptions())
        async throws -> Run
    {
        try Identifiers.validateWorkspaceID(workspaceID)
        if let version = options.configurationVersionID {
            try Identifiers.validatePrefixed(
                version,
                prefix: "cv-",
                kind: "configuration version ID"
            )
        }
        let context = RequestContext(
            subject: "create a run in workspace \(workspaceID)",
            howToCheck: "list the workspace's runs to see whether the run was queued"
        )
        let data: Data
        do {
            (data, _) = try await post(
                "runs",
                json: options.document(workspaceID: workspaceID),
                context: context
            )
        } catch TerraformCloudError.notFound(let subject, let detail) {
            // No run was made: the workspace is gone, and so is any name cached for it.
            forgetWorkspaces(mentionedIn: workspaceID)
            throw TerraformCloudError.notFound(subject: subject, detail: detail)
        }
        let document = try JSONAPIDocument.decode(data, expecting: "the new run")
        return try Run(resource: document.single())
    }

    /// Queues a run in the workspace `workspaceName`, looking its ID up only the first time.
    public func createRun(
        workspaceName: String,
        organization: String? = nil,
        options: RunCreateOptions = RunCreateOptions()
    ) async throws -> Run {
        try await withWorkspaceID(named: workspaceName, organization: organization) { id in
            try await createRun(workspaceID: id, options: options)
        }
    }

    /// The runs of a workspace, newest first, fetched a page at a time.
    ///
    /// Each item is joined with whatever `options.include` asked the server to include.
    public func runs(workspaceID: String, options: RunListOptions = RunListOptions())
        throws -> PagedSequence<RunDetails>
    {
        try Identifiers.validateWorkspaceID(workspaceID)
        let context = RequestContext(subject: "the runs of workspace \(workspaceID)")
        return runPages(options: options, forOrganization: false, context: context) { _ in
            "workspaces/\(workspaceID)/runs"
        }
    }

    /// The runs of the workspace `workspaceName`; the ID is resolved (or taken from the cache)
    /// when the first page is fetched.
    public func runs(
        workspaceName: String,
        organization: String? = nil,
        options: RunListOptions = RunListOptions()
    ) throws -> PagedSequence<RunDetails> {
        let organization = try resolveOrganization(organization)
        try Identifiers.validateWorkspaceName(workspaceName)
        let context = RequestContext(subject: "the runs of workspace '\(workspaceName)'")
        return runPages(options: options, forOrganization: false, context: context) { client in
            let id = try await client.workspaceID(named: workspaceName, organization: organization)
            return "workspaces/\(id)/runs"
        }
    }

    /// The runs of an organization (`GET /organizations/:org/runs`), fetched a page at a time.
    ///
    /// Without `timeframe` the server looks at the past year only.
    public func runs(organization: String? = nil, options: RunListOptions = RunListOptions())
        throws -> PagedSequence<RunDetails>
    {
        let organization = try resolveOrganization(organization)
        let context = RequestContext(subject: "the runs of organization '\(organization)'")
        return runPages(options: options, forOrganization: true, context: context) { _ in
            "organizations/\(organization)/runs"
        }
    }

    /// The run `id` (`GET /runs/:id`), with `include` joined in.
    public func run(id: String, include: [String] = []) async throws -> RunDetails {
        try Identifiers.validateRunID(id)
        let query = include.isEmpty ? [] : [("include", include.joined(separator: ","))]
        let document = try await getDocument(
            "runs/\(id)",
            query: query,
            context: RequestContext(subject: "run \(id)")
        )
        return try RunDetails(document: document)
    }

    /// The run `id` with its plan, apply, creator, commit, workspace and cost estimate.
    public func runDetails(id: String) async throws -> RunDetails {
        try await run(id: id, include: Self.runDetailIncludes)
    }

    /// The comments on run `id` (`GET /runs/:id/comments`).
    public func comments(runID: String) async throws -> [Comment] {
        try Identifiers.validateRunID(runID)
        let document = try await getDocument(
            "runs/\(runID)/comments",
            context: RequestContext(subject: "the comments of run \(runID)")
        )
        return try document.data.map(Comment.init(resource:))
    }

    private func runPages(
        options: RunListOptions,
        forOrganization: Bool,
        context: RequestContext,
        path: @escaping @Sendable (TerraformCloudClient) async throws -> String
    ) -> PagedSequence<RunDetails> {
        PagedSequence(startPage: options.startPage) { [self] page in
            let document = try await getDocument(
                try await path(self),
                query: options.queryItems(page: page, forOrganization: forOrganization),
                context: context
            )
            let runs = try document.data.map {
                try RunDetails(run: Run(resource: $0), document: document)
            }
            return Page(items: runs, pagination: document.pagination)
        }
    }
}
