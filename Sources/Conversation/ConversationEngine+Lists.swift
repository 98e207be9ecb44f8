import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// How many runs a list shows when the sentence gives no number.
    static let defaultListSize = 10

    /// `list_runs_in_workspace` and `list_runs_in_organization`: filters go to the server; a
    /// time window stops paging at the first run older than it (runs come newest first).
    func listRuns(_ arguments: IntentArguments, inWorkspace requested: Bool) async throws -> Reply {
        let organization = organization(arguments)
        // A workspace put in focus with /use scopes lists that name no other scope.
        var arguments = arguments
        let inWorkspace =
            requested
            || (arguments.organization == nil
                && (arguments.filterWorkspaceNames ?? []).isEmpty
                && context.focusedWorkspace != nil)
        if !requested, inWorkspace {
            arguments.workspaceName = context.focusedWorkspace
        }
        let cutoff = arguments.sinceDays.map {
            waiter.now().addingTimeInterval(-Double($0) * 86_400)
        }
        // "Runs that errored in the last month" asks for all of them: the whole window is read,
        // 100 a page, so the reply can say how many there are; a number in the sentence wins.
        let wholeWindow = cutoff != nil && arguments.pageSize == nil
        let limit = wholeWindow ? 100 : min(max(arguments.pageSize ?? Self.defaultListSize, 1), 100)
        var options = RunListOptions(
            statuses: (arguments.filterStatus ?? []).map(RunStatus.init(rawValue:)),
            operations: (arguments.filterOperation ?? []).map(RunOperation.init(rawValue:)),
            workspaceNames: inWorkspace ? [] : arguments.filterWorkspaceNames ?? [],
            include: ["created_by", "plan", "apply"],
            pageSize: limit
        )
        let scope: String
        let sequence: PagedSequence<RunDetails>
        var callArguments: [Call.Argument] = [.init("organization", .string(organization))]
        if inWorkspace, let name = workspaceName(arguments) {
            let workspace = try await resolveWorkspace(name, organization: organization)
            // The workspace list leaves plan-only runs out unless every operation is named.
            if options.operations.isEmpty {
                options.operations = RunOperation.all
            }
            scope = "the \"\(workspace.name)\" workspace"
            callArguments = [.init("workspace_id", .string(workspace.id))]
            sequence = try client.runs(workspaceID: workspace.id, options: options)
            context.lastWorkspace = workspace.name
        } else {
            options.include.append("workspace")
            scope = Self.organizationScope(organization, workspaces: options.workspaceNames)
            sequence = try client.runs(organization: organization, options: options)
        }
        callArguments += filterArguments(arguments, pageSize: limit)
        let tool = inWorkspace ? "list_runs_in_workspace" : "list_runs_in_organization"
        let found = try await call(tool, callArguments) {
            if wholeWindow, let cutoff {
                return try await collectWindow(sequence, cutoff: cutoff)
            }
            return try await collect(sequence, limit: limit, cutoff: cutoff)
        }
        var reply = await listed(
            found.runs,
            arguments: arguments,
            scope: scope,
            showWorkspace: !inWorkspace
        )
        if wholeWindow, found.hasMore, let total = found.total {
            let what = describeFilters(arguments)
            reply.blocks[0] = .text(
                "There are \(total) \(what.dropFirst(4)); here are the \(found.runs.count) newest:"
            )
            let place = inWorkspace ? " in \(workspaceName(arguments) ?? "the workspace")" : ""
            reply.closing =
                "Say 'list the last \(min(total, 100)) \(what.dropFirst(4))\(place)' to see more of "
                + "them; 'show me the first one' shows details."
        } else if found.hasMore, !found.runs.isEmpty {
            // Say that the list is cut off, and how to see more of it.
            let filtered = options.workspaceNames
            let place =
                inWorkspace
                ? "in \(workspaceName(arguments) ?? "the workspace")"
                : filtered.isEmpty
                    ? "in the organization" : "in " + filtered.joined(separator: " and ")
            let count = found.runs.count
            let total = found.total.map { "of \($0) runs" } ?? "of more than \(count) runs"
            reply.blocks[0] = .text("Here are the \(count) newest \(total):")
            let next = min(found.total ?? limit * 2, 100)
            reply.closing =
                "Say 'list the last \(next) runs \(place)' to see more, or narrow "
                + "the list by status or time; 'show me the first one' shows details."
        }
        return reply
    }

    /// "the \"example-org\" organization", or with the workspaces its runs are filtered to.
    private static func organizationScope(_ organization: String, workspaces: [String]) -> String {
        let quoted = workspaces.map { "\"\($0)\"" }
        guard let last = quoted.last else {
            return "the \"\(organization)\" organization"
        }
        let names =
            quoted.count == 1 ? last : quoted.dropLast().joined(separator: ", ") + " and " + last
        let noun = quoted.count == 1 ? "workspace" : "workspaces"
        return "the \(names) \(noun) of the \"\(organization)\" organization"
    }

    /// Runs the list found, and whether it left newer-than-the-window runs out (with how many
    /// there are in all, when the server counts them).
    struct CollectedRuns: CallSummarizable {
        var runs: [RunDetails]
        var hasMore = false
        var total: Int?
        /// How many runs the call read, when it read more than the list shows.
        var read: Int?

        var callSummary: String? { read.map { "\($0) runs" } ?? runs.callSummary }
    }

    /// How many runs of a whole window a reply shows: all of a short list, else the newest 10.
    static let windowShown = (all: 20, newest: 10)

    /// Every run newer than `cutoff`, stopping at the first older one; the reply shows the
    /// newest of them and counts the rest.
    private func collectWindow(
        _ sequence: PagedSequence<RunDetails>,
        cutoff: Date
    ) async throws -> CollectedRuns {
        let runs = try await collectAll(sequence, limit: Int.max, cutoff: cutoff)
        guard runs.count > Self.windowShown.all else {
            return CollectedRuns(runs: runs, read: runs.count)
        }
        return CollectedRuns(
            runs: Array(runs.prefix(Self.windowShown.newest)),
            hasMore: true,
            total: runs.count,
            read: runs.count
        )
    }

    private func collect(
        _ sequence: PagedSequence<RunDetails>,
        limit: Int,
        cutoff: Date?
    ) async throws -> CollectedRuns {
        // The page size is the limit, so the first page holds the whole list and its
        // pagination says whether more runs match.
        let page = try await sequence.firstPage()
        let inWindow = page.items.prefix { details in
            guard let cutoff, let created = details.run.createdAt else { return true }
            return created >= cutoff
        }
        let reachedWindow = inWindow.count < page.items.count
        if page.items.count >= limit || page.nextPage == nil || reachedWindow {
            let runs = Array(inWindow.prefix(limit))
            let cut = !reachedWindow && (page.items.count > limit || page.nextPage != nil)
            return CollectedRuns(runs: runs, hasMore: cut, total: page.pagination?.totalCount)
        }
        // Limitation: a server that caps the page size below the limit is paged through from
        // the start again, one request more than needed, and the list says no more than it shows.
        return CollectedRuns(runs: try await collectAll(sequence, limit: limit, cutoff: cutoff))
    }

    private func collectAll(
        _ sequence: PagedSequence<RunDetails>,
        limit: Int,
        cutoff: Date?
    ) async throws -> [RunDetails] {
        var runs: [RunDetails] = []
        for try await details in sequence {
            if let cutoff, let created = details.run.createdAt, created < cutoff {
                break
            }
            runs.append(details)
            if runs.count >= limit {
                break
            }
        }
        return runs
    }

    private func filterArguments(_ arguments: IntentArguments, pageSize: Int) -> [Call.Argument] {
        var list: [Call.Argument] = []
        if let statuses = arguments.filterStatus, !statuses.isEmpty {
            list.append(.init("filter_status", .string(statuses.joined(separator: ","))))
        }
        if let operations = arguments.filterOperation, !operations.isEmpty {
            list.append(.init("filter_operation", .string(operations.joined(separator: ","))))
        }
        if let names = arguments.filterWorkspaceNames, !names.isEmpty {
            list.append(.init("filter_workspace_names", .strings(names)))
        }
        if let days = arguments.sinceDays {
            list.append(.init("since_days", .int(days)))
        }
        list.append(.init("page_size", .int(pageSize)))
        return list
    }

    private func listed(
        _ runs: [RunDetails],
        arguments: IntentArguments,
        scope: String,
        showWorkspace: Bool
    ) async -> Reply {
        let what = describeFilters(arguments)
        context.lastRunIDs = runs.map(\.id)
        listedActions = Dictionary(runs.map { ($0.id, $0.run.actions) }, uniquingKeysWith: { $1 })
        remember(runIDs: runs.map(\.id))
        let opening = "I'll list \(what) in \(scope)."
        guard !runs.isEmpty else {
            return Reply(
                intent: showWorkspace ? "list_runs_in_organization" : "list_runs_in_workspace",
                opening: opening,
                blocks: [.text("I found no \(what) in \(scope).")],
                closing: "Try a wider filter, such as 'list runs in the organization'."
            )
        }
        let account = await currentAccount()
        let errors = await errorTexts(for: runs)
        var items: [Item] = []
        for details in runs {
            let error = errors[details.id]
            let presentation = RunPresentation(
                details: details,
                accountID: account?.id,
                relativeTime: relativeTime
            )
            items.append(
                Item(
                    id: details.id,
                    title: details.run.message,
                    fields: presentation.listFields(error: error, showWorkspace: showWorkspace)
                )
            )
        }
        let count = runs.count == 1 ? "is 1 run" : "are \(runs.count) runs"
        return Reply(
            intent: showWorkspace ? "list_runs_in_organization" : "list_runs_in_workspace",
            opening: opening,
            blocks: [.text("Here \(count), newest first:"), .items(items)],
            closing: "Say 'show me the first one' for details, or name a run ID."
        )
    }

    /// The error of an errored run, read from the log of the phase that failed.
    func errorText(for details: RunDetails) async -> String? {
        guard let read = Self.failedPhaseLog(of: details, client: client) else { return nil }
        let log = try? await call(read.tool, read.arguments) { try await read.fetch() }
        return log.flatMap(ChangeSummary.error(inLog:))
    }

    /// The errors of the errored runs of a list, by run ID: the logs are read side by side, as
    /// each is a request of its own, and the calls recorded in the list's order.
    func errorTexts(for runs: [RunDetails]) async -> [String: String] {
        let reads = runs.compactMap { details in
            Self.failedPhaseLog(of: details, client: client).map { (details.id, $0) }
        }
        let logs = await withTaskGroup(of: (String, String?).self) { group in
            for (id, read) in reads {
                group.addTask { (id, try? await read.fetch()) }
            }
            var logs: [String: String?] = [:]
            for await (id, log) in group { logs[id] = log }
            return logs
        }
        var errors: [String: String] = [:]
        for (id, read) in reads {
            let log = logs[id] ?? nil
            calls.append(
                Call(
                    tool: read.tool,
                    arguments: read.arguments,
                    result: log == nil ? "failed" : nil
                )
            )
            errors[id] = log.flatMap(ChangeSummary.error(inLog:))
        }
        return errors
    }

    /// The log read that explains an errored run: the apply's when the apply failed, else the
    /// plan's; `nil` for a run that did not error.
    private static func failedPhaseLog(
        of details: RunDetails,
        client: TerraformCloudClient
    ) -> (tool: String, arguments: [Call.Argument], fetch: @Sendable () async throws -> String)? {
        guard details.run.status == .errored else { return nil }
        if let apply = details.apply, apply.status.rawValue == "errored" {
            return (
                "get_apply_logs", [.init("apply_id", .string(apply.id))],
                { try await client.log(of: apply) }
            )
        }
        guard let plan = details.plan else { return nil }
        return (
            "get_plan_logs", [.init("plan_id", .string(plan.id))],
            { try await client.log(of: plan) }
        )
    }

    /// A list of statuses in the words a person would use for it.
    static func statusPhrase(_ statuses: [String]) -> String {
        let set = Set(statuses)
        if set.contains("planned"), set.count > 1, !set.contains("errored") {
            return "awaiting-approval"
        }
        if set.isSubset(of: StatusText.inFlight), set.count > 1 {
            return "running"
        }
        if set == ["canceled", "force_canceled"] {
            return "cancelled"
        }
        return statuses.map { StatusText.words($0).lowercased() }.joined(separator: " or ")
    }

    private func describeFilters(_ arguments: IntentArguments) -> String {
        var words: [String] = []
        if let statuses = arguments.filterStatus, !statuses.isEmpty {
            words.append(Self.statusPhrase(statuses))
        }
        if let operations = arguments.filterOperation, !operations.isEmpty {
            words.append(
                operations.map { $0.replacingOccurrences(of: "_", with: "-") }
                    .joined(separator: " or ")
            )
        }
        var phrase = (["the"] + words + ["runs"]).joined(separator: " ")
        if let days = arguments.sinceDays {
            phrase += days == 1 ? " of the last day" : " of the last \(days) days"
        }
        return phrase
    }
}
