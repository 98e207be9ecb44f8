import Foundation

/// The filters and searches of one list request, as a predicate on runs.
struct RunFilter {
    private let store: SandboxStore
    private let statuses: Set<String>?
    private let operations: Set<String>?
    private let sources: Set<String>?
    private let group: String?
    private let workspaceIDs: Set<String>?
    private let agentPools: [String]?
    private let user: String?
    private let commit: String?
    private let basic: String?
    /// The earliest creation time the timeframe allows.
    let since: Date?
    private let until: Date?

    /// Reads the filters of `query`; `defaultTimeframe` applies when none is sent.
    init(query: QueryParameters, store: SandboxStore, defaultTimeframe: String?) {
        self.store = store
        statuses = query.list("filter[status]").map(Set.init)
        operations = query.list("filter[operation]").map(Set.init)
        sources = query.list("filter[source]").map(Set.init)
        group = query["filter[status_group]"]
        agentPools = query.list("filter[agent_pool_names]")
        workspaceIDs = query.list("filter[workspace_names]").map { names in
            Set(names.compactMap { store.workspacesByName[$0]?.id })
        }
        user = query["search[user]"]?.lowercased()
        commit = query["search[commit]"]?.lowercased()
        basic = user == nil && commit == nil ? query["search[basic]"]?.lowercased() : nil
        let timeframe = query["filter[timeframe]"] ?? defaultTimeframe
        if timeframe == "year" {
            since = store.now.addingTimeInterval(-365 * SandboxTime.day)
            until = nil
        } else if let year = timeframe.flatMap(Int.init) {
            since = SandboxTime.startOfYear(year)
            until = SandboxTime.startOfYear(year + 1)
        } else {
            since = nil
            until = nil
        }
    }

    /// Whether no filter narrows the list (the fast path).
    var isEmpty: Bool {
        statuses == nil && operations == nil && sources == nil && group == nil
            && workspaceIDs == nil
            && agentPools == nil && user == nil && commit == nil && basic == nil && since == nil
    }

    /// Whether `run` passes every filter.
    func matches(_ run: SandboxRun) -> Bool {
        if let statuses, !statuses.contains(run.status.rawValue) { return false }
        if let operations, !run.hasOperation(in: operations) { return false }
        if let sources, !sources.contains(run.source) { return false }
        if let workspaceIDs, !workspaceIDs.contains(run.workspaceID) { return false }
        if agentPools != nil { return false }  // Every sandbox run executes remotely, in no pool.
        if let since, run.createdAt < since { return false }
        if let until, run.createdAt >= until { return false }
        if let group, !inGroup(run, group) { return false }
        return matchesSearch(run)
    }

    private func inGroup(_ run: SandboxRun, _ group: String) -> Bool {
        switch group {
        case "final": run.status.isFinal
        case "non_final": !run.status.isFinal
        case "discardable": run.status.isInDiscardableGroup
        default: true
        }
    }

    private func matchesSearch(_ run: SandboxRun) -> Bool {
        guard user != nil || commit != nil || basic != nil else { return true }
        let version = store.configurationVersions[run.configurationVersionID]
        let creator = store.usersByID[run.createdBy]
        let names = [creator?.username, creator?.email, version?.sender].compactMap {
            $0?.lowercased()
        }
        let sha = version?.commitSHA.lowercased() ?? ""
        if let user, !names.contains(where: { $0.contains(user) }) { return false }
        if let commit, !sha.hasPrefix(commit) { return false }
        if let basic {
            let fields = names + [sha, run.id.lowercased(), run.message.lowercased()]
            return fields.contains { $0.contains(basic) }
        }
        return true
    }
}
