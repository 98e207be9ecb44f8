import Foundation

extension SandboxRouter {
    /// Includes accepted on runs (docs spelling; hyphens are read as underscores).
    static let runIncludes: Set<String> = [
        "plan", "apply", "created_by", "configuration_version",
        "configuration_version.ingress_attributes", "workspace", "cost_estimate", "task_stages",
        "confirmed_by", "canceled_by", "comments",
    ]

    /// Includes accepted on workspaces.
    static let workspaceIncludes: Set<String> = [
        "current_run", "current_run.plan", "current_run.configuration_version",
        "current_run.configuration_version.ingress_attributes", "latest_run", "locked_by",
        "organization", "current_configuration_version",
        "current_configuration_version.ingress_attributes",
    ]

    /// `400` naming the unknown include, worded so go-tfe maps it to its include error.
    func invalidInclude(_ names: [String], allowed: Set<String>) -> SandboxResponse? {
        guard let bad = names.first(where: { !allowed.contains($0) }) else { return nil }
        return Reply.error(
            400,
            "bad request",
            "Invalid include parameter: '\(bad)' is not one of \(allowed.sorted().joined(separator: ", "))."
        )
    }

    /// A run with the resources `include` asks for.
    func runDocument(_ run: SandboxRun) -> SandboxResponse {
        if let refusal = invalidInclude(query.includes, allowed: Self.runIncludes) {
            return refusal
        }
        // A client watching a run reads it again and again; between changes to the store the
        // answer is the same bytes (included resources change only with the store).
        let includes = query.includes
        if !run.dependsOnTime, let cached = run.cachedDetails, cached.revision == store.revision,
            cached.includes == includes
        {
            return SandboxResponse(status: 200, headers: Reply.headers, body: cached.body)
        }
        var seen: Set<String> = []
        let answer = Reply.document(render.run(run), included: included(for: [run], seen: &seen))
        run.cachedDetails = (store.revision, includes, answer.body)
        return answer
    }

    /// The related resources of `runs` that `include` names, each once.
    func included(for runs: [SandboxRun], seen: inout Set<String>) -> [JSONValue] {
        var result: [JSONValue] = []
        func add(_ key: String, _ value: @autoclosure () -> JSONValue?) {
            guard !seen.contains(key), let value = value() else { return }
            seen.insert(key)
            result.append(value)
        }
        for run in runs {
            for name in query.includes {
                let version = store.configurationVersions[run.configurationVersionID]
                switch name {
                case "plan": add(run.plan.id, render.plan(run))
                case "apply": add(run.apply.id, render.apply(run))
                case "created_by", "confirmed_by", "canceled_by":
                    let id =
                        name == "created_by"
                        ? run.createdBy : name == "confirmed_by" ? run.confirmedBy : run.canceledBy
                    if let id { add(id, store.usersByID[id].map(render.user)) }
                case "configuration_version":
                    add(run.configurationVersionID, version.map(render.configurationVersion))
                case "configuration_version.ingress_attributes":
                    add(run.configurationVersionID, version.map(render.configurationVersion))
                    add(version?.ingressID ?? "", version.map(render.ingressAttributes))
                case "workspace":
                    add(
                        run.workspaceID,
                        store.workspacesByID[run.workspaceID].map(render.workspace)
                    )
                case "cost_estimate"
                where store.workspacesByID[run.workspaceID]?.costEstimation == true:
                    add("ce-" + run.id.dropFirst(4), render.costEstimate(run))
                case "comments":
                    for id in run.commentIDs { add(id, store.comments[id].map(render.comment)) }
                default: break
                }
            }
        }
        return result
    }

    /// A workspace with the resources `include` asks for.
    func workspaceDocument(_ workspace: SandboxWorkspace) -> SandboxResponse {
        let names = query.includes
        if let refusal = invalidInclude(names, allowed: Self.workspaceIncludes) { return refusal }
        var included: [JSONValue] = []
        let current = workspace.currentRunID.flatMap { store.runs[$0] }
        for name in names {
            switch name {
            case "current_run", "latest_run":
                if let current { included.append(render.run(current)) }
            case "current_run.plan": if let current { included.append(render.plan(current)) }
            case "locked_by":
                if let run = workspace.lockedBy.flatMap({ store.runs[$0] }) {
                    included.append(render.run(run))
                }
            case "organization": included.append(render.organization())
            default:
                if let version = store.configurationVersions[workspace.configurationVersionID] {
                    included.append(
                        name.hasSuffix("ingress_attributes")
                            ? render.ingressAttributes(version)
                            : render.configurationVersion(version)
                    )
                }
            }
        }
        return Reply.document(render.workspace(workspace), included: included)
    }

    /// A configuration version, with its ingress attributes when asked.
    func versionDocument(_ version: ConfigurationVersion) -> SandboxResponse {
        let names = query.includes
        if let refusal = invalidInclude(names, allowed: ["ingress_attributes"]) { return refusal }
        let included = names.isEmpty ? [] : [render.ingressAttributes(version)]
        return Reply.document(render.configurationVersion(version), included: included)
    }
}
