import Foundation

extension DocumentRenderer {
    /// The `runs` resource, as `GET /runs/:id` shows it; rendered once per store revision.
    func run(_ run: SandboxRun) -> JSONValue {
        if !run.dependsOnTime, let cached = run.cachedDocument, cached.revision == store.revision {
            return .raw(cached.bytes)
        }
        let bytes = renderRun(run).bytes
        run.cachedDocument = (store.revision, bytes)
        return .raw(bytes)
    }

    private func renderRun(_ run: SandboxRun) -> JSONValue {
        let now = store.now
        var attributes: [(String, JSONValue)] = [
            (
                "actions",
                [
                    "is-cancelable": .bool(run.status.isCancelable),
                    "is-confirmable": .bool(run.isConfirmable),
                    "is-discardable": .bool(run.isDiscardable),
                    "is-force-cancelable": .bool(run.isForceCancelable(at: now)),
                ]
            ),
            ("canceled-at", date(run.canceledAt)),
            ("created-at", date(run.createdAt)),
            ("has-changes", .bool(run.hasChanges && run.plan.status == .finished)),
            ("auto-apply", .bool(run.autoApply)),
            ("allow-empty-apply", .bool(run.allowEmptyApply)),
            ("allow-config-generation", false),
            ("is-destroy", .bool(run.isDestroy)),
            ("message", .string(run.message)),
            ("plan-only", .bool(run.planOnly)),
            ("source", .string(run.source)),
            ("status-timestamps", timestamps(run.statusTimestamps)),
            ("status", .string(run.status.rawValue)),
            ("trigger-reason", .string(run.triggerReason)),
            ("target-addrs", run.targetAddrs.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("permissions", permissions),
            ("refresh", .bool(run.refresh)),
            ("refresh-only", .bool(run.refreshOnly)),
            ("replace-addrs", run.replaceAddrs.map { .array($0.map(JSONValue.string)) } ?? .null),
            ("save-plan", false),
            (
                "variables",
                .array(run.variables.map { ["key": .string($0.key), "value": .string($0.value)] })
            ),
            ("terraform-version", .string(run.terraformVersion)),
            ("updated-at", date(run.statusTimestamps.last?.1 ?? run.createdAt)),
            ("position-in-queue", .int(store.positionInQueue(of: run))),
        ]
        if let available = run.forceCancelAvailableAt {
            attributes.append(
                ("force-cancel-available-at", .string(SandboxTime.seconds(available)))
            )
        }
        return [
            "id": .string(run.id), "type": "runs", "attributes": .object(attributes),
            "relationships": runRelationships(run),
            "links": ["self": .string("/api/v2/runs/\(run.id)")],
        ]
    }

    private var permissions: JSONValue {
        [
            "can-apply": true, "can-cancel": true, "can-comment": true, "can-discard": true,
            "can-force-execute": true, "can-force-cancel": true, "can-override-policy-check": true,
        ]
    }

    private func runRelationships(_ run: SandboxRun) -> JSONValue {
        let base = "/api/v2/runs/\(run.id)"
        let hasCost = store.workspacesByID[run.workspaceID]?.costEstimation == true
        var members: [(String, JSONValue)] = [
            ("apply", relation(run.apply.id, "applies", related: "\(base)/apply")),
            ("comments", relations(run.commentIDs, "comments", related: "\(base)/comments")),
            (
                "configuration-version",
                relation(
                    run.configurationVersionID,
                    "configuration-versions",
                    related: "\(base)/configuration-version"
                )
            ),
            (
                "cost-estimate",
                relation(
                    hasCost ? "ce-" + run.id.dropFirst(4) : nil,
                    "cost-estimates",
                    related: "\(base)/cost-estimate"
                )
            ),
            ("created-by", relation(run.createdBy, "users", related: "\(base)/created-by")),
            ("input-state-version", relation(nil, "state-versions")),
            ("plan", relation(run.plan.id, "plans", related: "\(base)/plan")),
            ("run-events", ["links": ["related": .string("\(base)/run-events")]]),
            ("policy-checks", relations([], "policy-checks", related: "\(base)/policy-checks")),
            ("task-stages", relations([], "task-stages", related: "\(base)/task-stages")),
            ("workspace", relation(run.workspaceID, "workspaces")),
            (
                "workspace-run-alerts",
                ["links": ["related": .string("\(base)/workspace-run-alerts")]]
            ),
        ]
        if let confirmedBy = run.confirmedBy {
            members.append(
                ("confirmed-by", relation(confirmedBy, "users", related: "\(base)/confirmed-by"))
            )
        }
        if let canceledBy = run.canceledBy {
            members.append(
                ("canceled-by", relation(canceledBy, "users", related: "\(base)/canceled-by"))
            )
        }
        return .object(members)
    }

    /// The `workspaces` resource.
    func workspace(_ workspace: SandboxWorkspace) -> JSONValue {
        let org = store.organization
        let path = "/api/v2/organizations/\(org)/workspaces/\(workspace.name)"
        return [
            "id": .string(workspace.id), "type": "workspaces",
            "attributes": workspaceAttributes(workspace),
            "relationships": workspaceRelationships(workspace),
            "links": [
                "self": .string(path),
                "self-html": .string("/app/\(org)/workspaces/\(workspace.name)"),
            ],
        ]
    }

    private func workspaceAttributes(_ workspace: SandboxWorkspace) -> JSONValue {
        let latest = workspace.currentRunID.flatMap { store.runs[$0] }
        return [
            "actions": ["is-destroyable": true], "allow-destroy-plan": true,
            "assessments-enabled": false, "auto-apply": .bool(workspace.autoApply),
            "auto-apply-run-trigger": false, "auto-destroy-at": nil,
            "created-at": date(workspace.createdAt),
            "description": .optional(workspace.description),
            "environment": "default", "execution-mode": "remote", "file-triggers-enabled": true,
            "global-remote-state": false,
            "latest-change-at": date(latest?.createdAt ?? workspace.createdAt),
            "locked": .bool(workspace.lockedBy != nil), "locked-reason": nil,
            "name": .string(workspace.name), "operations": true,
            "permissions": [
                "can-update": true, "can-destroy": true, "can-queue-run": true,
                "can-read-run": true,
                "can-read-variable": true, "can-update-variable": true,
                "can-read-state-versions": true, "can-read-state-outputs": true,
                "can-queue-apply": true, "can-lock": true, "can-unlock": true,
                "can-force-unlock": true, "can-read-settings": true, "can-queue-destroy": true,
            ],
            "apply-duration-average": 75000, "plan-duration-average": 90000,
            "policy-check-failures": nil, "queue-all-runs": false,
            "resource-count": .int(workspace.resources.count),
            "run-failures": .int(workspace.failures),
            "source": "tfe-api", "source-name": nil, "source-url": nil, "speculative-enabled": true,
            "structured-run-output-enabled": true, "tag-names": [],
            "terraform-version": .string(workspace.terraformVersion), "trigger-prefixes": [],
            "updated-at": date(workspace.createdAt),
            "vcs-repo": [
                "branch": "main", "identifier": .string(workspace.repository),
                "display-identifier": .string(workspace.repository), "ingress-submodules": false,
            ],
            "vcs-repo-identifier": .string(workspace.repository),
            "working-directory": .string(workspace.workingDirectory),
            "workspace-kpis-runs-count": .int(workspace.runs.count),
            "setting-overwrites": ["execution-mode": false, "agent-pool": false],
        ]
    }

    private func workspaceRelationships(_ workspace: SandboxWorkspace) -> JSONValue {
        let base = "/api/v2/workspaces/\(workspace.id)"
        let current = workspace.currentRunID
        let lock = workspace.lockedBy
        return [
            "current-configuration-version": relation(
                workspace.configurationVersionID,
                "configuration-versions",
                related: "/api/v2/configuration-versions/\(workspace.configurationVersionID)"
            ),
            "current-run": relation(current, "runs", related: current.map { "/api/v2/runs/\($0)" }),
            "latest-run": relation(current, "runs", related: current.map { "/api/v2/runs/\($0)" }),
            "current-state-version": relation(
                workspace.stateVersionID,
                "state-versions",
                related: "\(base)/current-state-version"
            ),
            "locked-by": relation(lock, "runs", related: lock.map { "/api/v2/runs/\($0)" }),
            "organization": relation(store.organization, "organizations"),
            "project": relation("prj-Xmp1eDefaultPrj", "projects"),
            "readme": relation(nil, "workspace-readme"),
            "vars": relations(
                workspace.variables.map { variableID($0, in: workspace) },
                "vars",
                related: "\(base)/vars"
            ),
        ]
    }

    /// A stable ID for a declared variable.
    func variableID(_ variable: DeclaredVariable, in workspace: SandboxWorkspace) -> String {
        let tail = (variable.key + workspace.id.dropFirst(3)).filter { $0.isLetter || $0.isNumber }
        return "var-" + String((tail + "0000000000000000").prefix(16))
    }

    /// The `vars` resource of a declared variable.
    func variable(_ variable: DeclaredVariable, in workspace: SandboxWorkspace) -> JSONValue {
        let id = variableID(variable, in: workspace)
        return [
            "id": .string(id), "type": "vars",
            "attributes": [
                "key": .string(variable.key), "value": .string(variable.value),
                "sensitive": false, "category": "terraform", "hcl": false,
                "created-at": date(workspace.createdAt),
                "description": .string(variable.description),
                "version-id": .string(id.dropFirst(4) + "v1"),
            ],
            "relationships": [
                "configurable": relation(
                    workspace.id,
                    "workspaces",
                    related: "/api/v2/workspaces/\(workspace.id)"
                )
            ],
            "links": ["self": .string("/api/v2/workspaces/\(workspace.id)/vars/\(id)")],
        ]
    }

    /// The `workspace-resources` resource of one resource in state.
    func resource(_ resource: SandboxResource, at position: Int, in workspace: SandboxWorkspace)
        -> JSONValue
    {
        let id =
            "wsr-"
            + String((workspace.id.dropFirst(3).prefix(12)) + String(format: "%04d", position))
        var attributes: [(String, JSONValue)] = [
            ("address", .string(resource.address)), ("name", .string(resource.name)),
            ("created-at", date(workspace.createdAt)), ("updated-at", date(workspace.createdAt)),
            ("module", .string(resource.module)), ("provider", .string(resource.provider)),
            ("provider-type", .string(resource.type)),
            ("modified-by-state-version-id", .string(workspace.stateVersionID)),
        ]
        attributes.append(("name-index", .optional(resource.index)))
        return [
            "id": .string(id), "type": "workspace-resources", "attributes": .object(attributes),
        ]
    }
}
