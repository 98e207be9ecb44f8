import Foundation

/// Filters and paging for listing runs (`GET /workspaces/:id/runs`, `/organizations/:org/runs`).
///
/// Empty filters are not sent. See
/// https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run#list-runs-in-a-workspace
public struct RunListOptions: Sendable, Equatable {
    /// `filter[status]`: any of these statuses.
    public var statuses: [RunStatus]
    /// `filter[operation]`: any of these operations.
    ///
    /// A workspace list leaves out plan-only runs unless this names them;
    /// ``RunOperation/all`` shows everything.
    public var operations: [RunOperation]
    /// `filter[source]`: any of these sources.
    public var sources: [RunSource]
    /// `filter[status_group]`: one group.
    public var statusGroup: RunStatusGroup?
    /// `filter[timeframe]`: a year such as `2024`, or `year` for the past twelve months.
    public var timeframe: String?
    /// `filter[workspace_names]`: organization lists only.
    public var workspaceNames: [String]
    /// `filter[agent_pool_names]`.
    public var agentPoolNames: [String]
    /// `search[user]`: a VCS username.
    public var user: String?
    /// `search[commit]`: a commit SHA.
    public var commit: String?
    /// `search[basic]`: matches username, commit, run ID or message (ignored with user/commit).
    public var search: String?
    /// `include`: related resources to include (`plan`, `created_by`, ...).
    public var include: [String]
    /// `page[size]`: 1 to 100; the server's default (20) when `nil`.
    public var pageSize: Int?
    /// The page to start from (1 by default).
    public var startPage: Int

    /// Creates options; every filter is empty unless given.
    public init(
        statuses: [RunStatus] = [],
        operations: [RunOperation] = [],
        sources: [RunSource] = [],
        statusGroup: RunStatusGroup? = nil,
        timeframe: String? = nil,
        workspaceNames: [String] = [],
        agentPoolNames: [String] = [],
        user: String? = nil,
        commit: String? = nil,
        search: String? = nil,
        include: [String] = [],
        pageSize: Int? = nil,
        startPage: Int = 1
    ) {
        self.statuses = statuses
        self.operations = operations
        self.sources = sources
        self.statusGroup = statusGroup
        self.timeframe = timeframe
        self.workspaceNames = workspaceNames
        self.agentPoolNames = agentPoolNames
        self.user = user
        self.commit = commit
        self.search = search
        self.include = include
        self.pageSize = pageSize
        self.startPage = startPage
    }

    /// The query items for `page`, leaving out every empty filter.
    public func queryItems(page: Int, forOrganization: Bool) -> [(String, String)] {
        var items: [(String, String)] = [("page[number]", String(page))]
        if let pageSize {
            items.append(("page[size]", String(min(100, max(1, pageSize)))))
        }
        items.append(list("filter[status]", statuses.map(\.rawValue)))
        items.append(list("filter[operation]", operations.map(\.rawValue)))
        items.append(list("filter[source]", sources.map(\.rawValue)))
        items.append(("filter[status_group]", statusGroup?.rawValue ?? ""))
        items.append(("filter[timeframe]", timeframe ?? ""))
        if forOrganization {
            items.append(list("filter[workspace_names]", workspaceNames))
        }
        items.append(list("filter[agent_pool_names]", agentPoolNames))
        items.append(("search[user]", user ?? ""))
        items.append(("search[commit]", commit ?? ""))
        items.append(("search[basic]", search ?? ""))
        items.append(list("include", include))
        return items.filter { !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    private func list(_ name: String, _ values: [String]) -> (String, String) {
        let kept = values.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (name, kept.joined(separator: ","))
    }
}
