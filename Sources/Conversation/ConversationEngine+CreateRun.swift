import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// `create_run`: resolves the workspace and the targets, confirms a destroy or auto-apply
    /// run, and queues it with auto-apply off unless it was asked for.
    func createRun(_ arguments: IntentArguments) async throws -> Reply {
        guard let name = workspaceName(arguments) else {
            throw ConversationError.noWorkspace(action: "start a run")
        }
        let organization = organization(arguments)
        let kind = RunKind(arguments)
        let opening = "I'll create \(kind.article) in the \"\(name)\" workspace."
        let workspace = try await resolveWorkspace(name, organization: organization)
        var targets = arguments.targetAddrs ?? []
        if let query = arguments.targetQuery {
            let found = try await resources(matching: query, in: workspace)
            guard !found.matches.isEmpty else {
                return noTargets(query: query, workspace: workspace, available: found.all)
            }
            targets += found.matches
        }
        let options = RunCreateOptions(
            message: arguments.message ?? kind.defaultMessage(targetQuery: arguments.targetQuery),
            planOnly: arguments.planOnly == true,
            isDestroy: arguments.isDestroy == true,
            refreshOnly: arguments.refreshOnly == true,
            autoApply: arguments.autoApply == true,
            targetAddresses: targets,
            replaceAddresses: arguments.replaceAddrs ?? [],
            variables: (arguments.variables ?? []).map {
                RunVariable(key: $0.key, value: HCLLiteral.encode($0.value))
            }
        )
        if arguments.isDestroy == true || arguments.autoApply == true {
            let question = confirmation(for: options, kind: kind, workspace: workspace)
            guard await confirmer.confirm(question) else {
                return declined(intent: "create_run", opening: opening)
            }
        }
        let run = try await create(options, in: workspace)
        follow(run, workspace: workspace.name)
        return await created(
            run,
            options: options,
            kind: kind,
            workspace: workspace,
            opening: opening
        )
    }

    /// Creates the run; when the connection fails after the request went out, looks for the
    /// run among the workspace's newest before sending it again, so it is never created twice.
    private func create(_ options: RunCreateOptions, in workspace: ResolvedWorkspace) async throws
        -> Run
    {
        let arguments = createArguments(options, workspace: workspace)
        let sentAt = waiter.now()
        let send = { [client] in
            try await client.createRun(workspaceID: workspace.id, options: options)
        }
        var resends = 0
        while true {
            do {
                return try await call("create_run", arguments, send)
            } catch TerraformCloudError.outcomeUnknown where resends < Self.unknownOutcomeResends {
                if let found = try await justCreated(options, in: workspace, since: sentAt) {
                    return found
                }
                // It was not created: sending it once more cannot make a second one.
                resends += 1
            }
        }
    }

    /// A run in `workspace` with `options`' message, created since `since` and not yet seen.
    private func justCreated(
        _ options: RunCreateOptions,
        in workspace: ResolvedWorkspace,
        since: Date
    ) async throws -> Run? {
        let list = RunListOptions(operations: RunOperation.all, pageSize: 20)
        let sequence = try client.runs(workspaceID: workspace.id, options: list)
        let recent = try await call(
            "list_runs_in_workspace",
            [.init("workspace_id", .string(workspace.id))]
        ) {
            try await sequence.firstPage().items
        }
        // Clocks differ between here and the service; a few minutes of slack is enough to
        // tell this request's run from older ones with the same message.
        let earliest = since.addingTimeInterval(-180)
        return recent.map(\.run).first { run in
            run.message == options.message && !seenRunIDs.contains(run.id)
                && (run.createdAt ?? .distantPast) >= earliest
        }
    }

    private func created(
        _ run: Run,
        options: RunCreateOptions,
        kind: RunKind,
        workspace: ResolvedWorkspace,
        opening: String
    ) async -> Reply {
        let account = await currentAccount()
        let details = RunDetails(
            run: run,
            createdBy: run.createdByID == account?.id ? account : nil
        )
        let presentation = RunPresentation(
            details: details,
            accountID: account?.id,
            relativeTime: relativeTime
        )
        var fields = presentation.summaryFields(comment: nil)
        fields.append(Field("Type", kind.typeDescription))
        if !options.targetAddresses.isEmpty {
            fields.append(Field("Targets", "", list: options.targetAddresses))
        }
        if !options.replaceAddresses.isEmpty {
            fields.append(Field("Replace", "", list: options.replaceAddresses))
        }
        fields.append(Field("Auto-apply", options.autoApply == true ? "Yes" : "No"))
        var blocks: [Block] = [.fields(title: "Run Details", fields: fields)]
        if !options.variables.isEmpty {
            let lines = options.variables.map { "\($0.key) = \($0.value)" }
            blocks.append(
                .fields(
                    title: "Custom Variables for this Run",
                    fields: lines.map {
                        Field($0, "")
                    }
                )
            )
        }
        return Reply(
            intent: "create_run",
            opening: opening,
            blocks: blocks,
            closing: kind.closing
        )
    }

    private func createArguments(
        _ options: RunCreateOptions,
        workspace: ResolvedWorkspace
    ) -> [Call.Argument] {
        var arguments: [Call.Argument] = [.init("workspace_id", .string(workspace.id))]
        if let message = options.message {
            arguments.append(.init("message", .string(message)))
        }
        if options.planOnly { arguments.append(.init("plan_only", .bool(true))) }
        if options.isDestroy { arguments.append(.init("is_destroy", .bool(true))) }
        if options.refreshOnly { arguments.append(.init("refresh_only", .bool(true))) }
        arguments.append(.init("auto_apply", .bool(options.autoApply == true)))
        if !options.targetAddresses.isEmpty {
            arguments.append(.init("target_addrs", .strings(options.targetAddresses)))
        }
        if !options.replaceAddresses.isEmpty {
            arguments.append(.init("replace_addrs", .strings(options.replaceAddresses)))
        }
        if !options.variables.isEmpty {
            let pairs = options.variables.map { KeyValue(key: $0.key, value: $0.value) }
            arguments.append(.init("variables", .pairs(pairs)))
        }
        return arguments
    }

    private func confirmation(
        for options: RunCreateOptions,
        kind: RunKind,
        workspace: ResolvedWorkspace
    ) -> String {
        var what = "Create \(kind.article) in \(workspace.name)"
        if options.isDestroy {
            what +=
                options.targetAddresses.isEmpty
                ? " (plans to destroy every resource)"
                : " (plans to destroy \(options.targetAddresses.joined(separator: ", ")))"
        }
        if options.autoApply == true {
            what += ", applying without asking once the plan succeeds"
        }
        return "\(what)? [y/N]"
    }

    /// The resources of `workspace` whose address, type, module or name match `query`.
    func resources(
        matching query: String,
        in workspace: ResolvedWorkspace
    ) async throws -> (matches: [String], all: [WorkspaceResource]) {
        let all = try await call(
            "list_workspace_resources",
            [.init("workspace_id", .string(workspace.id))]
        ) {
            try await client.resources(workspaceID: workspace.id, pageSize: 100).collect(limit: 500)
        }
        return (ResourceMatcher.addresses(matching: query, in: all), all)
    }

    private func noTargets(
        query: String,
        workspace: ResolvedWorkspace,
        available: [WorkspaceResource]
    ) -> Reply {
        let kinds = Set(available.map { ChangeSummary.resourceType(of: $0.address) }).sorted()
        let list =
            kinds.isEmpty
            ? "it has no resources in its state" : "it has \(kinds.joined(separator: ", "))"
        return Reply(
            intent: "create_run",
            opening: "No resource in \(workspace.name) matches \"\(query)\", so I started nothing.",
            blocks: [.text("Looking at \(workspace.name)'s state: \(list).")],
            closing: "Name the addresses to target, as in 'plan \(workspace.name) targeting "
                + "module.database'.",
            outcome: .refused
        )
    }

    /// A declined confirmation: nothing was done.
    func declined(intent: String, opening: String) -> Reply {
        Reply(
            intent: intent,
            opening: opening,
            blocks: [.text("Not confirmed, so nothing was changed.")],
            outcome: .refused
        )
    }

    /// Starts following a run the conversation created or acted on.
    func follow(_ run: Run, workspace: String) {
        context.lastRunID = run.id
        context.lastWorkspace = workspace
        remember(runIDs: [run.id])
        context.followed.removeAll { $0.runID == run.id }
        context.followed.append(
            FollowedRun(runID: run.id, workspace: workspace, status: run.status.rawValue)
        )
    }
}

/// What kind of run a sentence asks for, in the words replies use.
struct RunKind {
    var planOnly: Bool
    var isDestroy: Bool
    var refreshOnly: Bool
    var autoApply: Bool
    var targeted: Bool
    var hasVariables: Bool

    init(_ arguments: IntentArguments) {
        planOnly = arguments.planOnly == true
        isDestroy = arguments.isDestroy == true
        refreshOnly = arguments.refreshOnly == true
        autoApply = arguments.autoApply == true
        targeted = !(arguments.targetAddrs ?? []).isEmpty || arguments.targetQuery != nil
        hasVariables = !(arguments.variables ?? []).isEmpty
    }

    var article: String {
        if isDestroy { return planOnly ? "a plan-only destroy plan" : "a destroy plan" }
        if refreshOnly { return "a refresh-only run" }
        if planOnly { return "a plan-only run" }
        if autoApply { return "a run with auto-apply enabled" }
        if targeted { return "a targeted plan" }
        if hasVariables { return "a plan with custom variables" }
        return "a plan"
    }

    func defaultMessage(targetQuery: String?) -> String {
        if isDestroy { return "Destroy plan requested via tfcsh" }
        if refreshOnly { return "Refresh-only run requested via tfcsh" }
        if planOnly { return "Plan requested via tfcsh" }
        if autoApply { return "Run with auto-apply enabled" }
        if let targetQuery { return "Targeted plan for \(targetQuery) resources only" }
        if targeted { return "Targeted plan requested via tfcsh" }
        if hasVariables { return "Plan with custom variable values" }
        return "Run requested via tfcsh"
    }

    var typeDescription: String {
        var kind: String
        if isDestroy {
            kind = "Destroy plan (will delete \(targeted ? "the targeted" : "all") resources)"
        } else if refreshOnly {
            kind = "Refresh only (updates state, changes no infrastructure)"
        } else if targeted {
            kind = "Targeted plan"
        } else {
            kind = "Plan"
        }
        if planOnly {
            kind += ", plan only (cannot be applied)"
        } else if !autoApply {
            kind += ", waits for your approval before applying"
        }
        return kind
    }

    var closing: String {
        if planOnly {
            return "The run has been queued. It is plan-only, so it will never apply; say "
                + "'watch it' to follow the plan."
        }
        if autoApply {
            return "The run has been queued and will apply on its own once the plan succeeds. "
                + "Say 'watch it' to follow it."
        }
        return "The run has been queued. When the plan finishes I'll show the changes; say "
            + "'apply it' to apply them or 'discard it' to throw them away."
    }
}

/// Turns a typed variable value into the HCL literal the API expects.
enum HCLLiteral {
    /// Numbers, booleans and values already quoted or bracketed pass as typed; anything else is
    /// quoted as a string.
    static func encode(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if trimmed == "true" || trimmed == "false" || Double(trimmed) != nil {
            return trimmed
        }
        if let first = trimmed.first, "\"[{".contains(first) {
            return trimmed
        }
        let escaped = trimmed.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}
