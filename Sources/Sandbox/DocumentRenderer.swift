import Foundation

/// Turns the store's records into JSON:API resource objects shaped like the API's samples.
struct DocumentRenderer {
    /// The store to read; the caller holds its lock.
    let store: SandboxStore
    /// `https://host` the request came to, for absolute URLs such as `log-read-url`.
    let baseURL: String

    /// A relationship to one resource, with its `related` link.
    func relation(_ id: String?, _ type: String, related: String? = nil) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("data", id.map { ["id": .string($0), "type": .string(type)] } ?? .null)
        ]
        if let related { members.append(("links", ["related": .string(related)])) }
        return .object(members)
    }

    /// A relationship to many resources, with its `related` link.
    func relations(_ ids: [String], _ type: String, related: String) -> JSONValue {
        [
            "data": .array(ids.map { ["id": .string($0), "type": .string(type)] }),
            "links": ["related": .string(related)],
        ]
    }

    /// Status timestamps as an object, in the order they were reached.
    func timestamps(_ pairs: [(String, Date)]) -> JSONValue {
        .object(pairs.map { ($0.0, .string(SandboxTime.seconds($0.1))) })
    }

    /// A date as `created-at` writes it, or `null`.
    func date(_ value: Date?) -> JSONValue {
        value.map { .string(SandboxTime.milliseconds($0)) } ?? .null
    }

    /// The `users` resource.
    func user(_ user: SandboxUser) -> JSONValue {
        var attributes: [(String, JSONValue)] = [
            ("username", .string(user.username)),
            ("is-service-account", .bool(user.isServiceAccount)),
            ("avatar-url", .string("https://www.gravatar.com/avatar/\(user.id)?s=100&d=mm")),
            ("v2-only", false),
            (
                "permissions",
                [
                    "can-create-organizations": .bool(!user.isServiceAccount),
                    "can-change-email": .bool(!user.isServiceAccount),
                    "can-change-username": .bool(!user.isServiceAccount),
                    "can-manage-user-tokens": .bool(!user.isServiceAccount),
                ]
            ),
        ]
        if let email = user.email { attributes.insert(("email", .string(email)), at: 1) }
        return [
            "id": .string(user.id), "type": "users", "attributes": .object(attributes),
            "relationships": [
                "authentication-tokens": [
                    "links": ["related": .string("/api/v2/users/\(user.id)/authentication-tokens")]
                ]
            ],
            "links": ["self": .string("/api/v2/users/\(user.id)")],
        ]
    }

    /// The `organizations` resource.
    func organization() -> JSONValue {
        let name = store.organization
        return [
            "id": .string(name), "type": "organizations",
            "attributes": [
                "external-id": "org-Xmp1eOrgSandbox0",
                "created-at": date(store.organizationCreatedAt),
                "email": "admin@example.com", "session-timeout": nil, "session-remember": nil,
                "collaborator-auth-policy": "password", "plan-expired": false,
                "plan-expires-at": nil, "plan-is-trial": false, "plan-is-enterprise": false,
                "cost-estimation-enabled": true,
                "send-passing-statuses-for-untriggered-speculative-plans": false,
                "aggregated-commit-status-enabled": true,
                "speculative-plan-management-enabled": true,
                "allow-force-delete-workspaces": false, "name": .string(name),
                "permissions": [
                    "can-update": true, "can-destroy": true, "can-access-via-teams": true,
                    "can-create-team": true, "can-create-workspace": true,
                    "can-manage-users": true, "can-traverse": true,
                ],
                "fair-run-queuing-enabled": true, "saml-enabled": false,
                "two-factor-conformant": false, "assessments-enforced": false,
                "default-execution-mode": "remote", "user-tokens-enabled": true,
            ],
            "relationships": [
                "default-agent-pool": ["data": nil],
                "entitlement-set": relation(
                    "org-Xmp1eOrgSandbox0",
                    "entitlement-sets",
                    related: "/api/v2/organizations/\(name)/entitlement-set"
                ),
            ],
            "links": ["self": .string("/api/v2/organizations/\(name)")],
        ]
    }

    /// The `comments` resource.
    func comment(_ comment: RunComment) -> JSONValue {
        [
            "id": .string(comment.id), "type": "comments",
            "attributes": ["body": .string(comment.body)],
            "relationships": [
                "run-event": relation(
                    comment.eventID,
                    "run-events",
                    related: "/api/v2/run-events/\(comment.eventID)"
                )
            ],
            "links": ["self": .string("/api/v2/comments/\(comment.id)")],
        ]
    }

    /// The `configuration-versions` resource.
    func configurationVersion(_ version: ConfigurationVersion) -> JSONValue {
        let stamp = timestamps([
            ("queued-at", version.createdAt),
            ("started-at", version.createdAt.addingTimeInterval(1)),
            ("finished-at", version.createdAt.addingTimeInterval(3)),
        ])
        return [
            "id": .string(version.id), "type": "configuration-versions",
            "attributes": [
                "auto-queue-runs": true, "error": nil, "error-message": nil,
                "source": .string(version.source), "speculative": false, "provisional": false,
                "status": "uploaded", "status-timestamps": stamp, "changed-files": [],
            ],
            "relationships": [
                "ingress-attributes": relation(
                    version.ingressID,
                    "ingress-attributes",
                    related: "/api/v2/configuration-versions/\(version.id)/ingress-attributes"
                )
            ],
            "links": [
                "self": .string("/api/v2/configuration-versions/\(version.id)"),
                "download": .string("/api/v2/configuration-versions/\(version.id)/download"),
            ],
        ]
    }

    /// The `ingress-attributes` resource: the commit a configuration version came from.
    func ingressAttributes(_ version: ConfigurationVersion) -> JSONValue {
        let repo = "https://github.com/\(version.repository)"
        return [
            "id": .string(version.ingressID), "type": "ingress-attributes",
            "attributes": [
                "branch": "main", "clone-url": .string("\(repo).git"),
                "commit-message": .string(version.commitMessage),
                "commit-sha": .string(version.commitSHA),
                "commit-url": .string("\(repo)/commit/\(version.commitSHA)"), "compare-url": nil,
                "identifier": .string(version.repository), "is-pull-request": false,
                "on-default-branch": true, "pull-request-number": nil, "pull-request-url": nil,
                "pull-request-title": nil, "pull-request-body": nil, "tag": nil,
                "sender-username": .string(version.sender),
                "sender-avatar-url": .string(
                    "https://avatars.githubusercontent.com/\(version.sender)"
                ),
                "sender-html-url": .string("https://github.com/\(version.sender)"),
            ],
            "links": ["self": .string("/api/v2/ingress-attributes/\(version.ingressID)")],
        ]
    }

    /// The `plans` resource of a run.
    func plan(_ run: SandboxRun) -> JSONValue {
        let phase = run.plan
        return [
            "id": .string(phase.id), "type": "plans",
            "attributes": [
                "execution-details": ["mode": "remote"], "generated-configuration": false,
                "has-changes": .bool(phase.status == .finished && run.hasChanges),
                "resource-additions": .int(phase.additions),
                "resource-changes": .int(phase.changes),
                "resource-destructions": .int(phase.destructions), "resource-imports": 0,
                "status": .string(phase.status.rawValue),
                "status-timestamps": timestamps(phase.timestamps),
                "log-read-url": .string("\(baseURL)/_archivist/\(phase.logSecret)"),
                "structured-run-output-enabled": false,
            ],
            "relationships": ["state-versions": ["data": []]],
            "links": [
                "self": .string("/api/v2/plans/\(phase.id)"),
                "json-output": .string("/api/v2/plans/\(phase.id)/json-output"),
            ],
        ]
    }

    /// The `applies` resource of a run.
    func apply(_ run: SandboxRun) -> JSONValue {
        let phase = run.apply
        let states: [JSONValue] =
            phase.status == .finished
            ? [["id": .string("sv-" + run.id.dropFirst(4)), "type": "state-versions"]] : []
        return [
            "id": .string(phase.id), "type": "applies",
            "attributes": [
                "execution-details": ["mode": "remote"], "status": .string(phase.status.rawValue),
                "status-timestamps": timestamps(phase.timestamps),
                "log-read-url": .string("\(baseURL)/_archivist/\(phase.logSecret)"),
                "resource-additions": .int(phase.additions),
                "resource-changes": .int(phase.changes),
                "resource-destructions": .int(phase.destructions), "resource-imports": 0,
            ],
            "relationships": ["state-versions": ["data": .array(states)]],
            "links": ["self": .string("/api/v2/applies/\(phase.id)")],
        ]
    }

    /// The `cost-estimates` resource of a run in a workspace with cost estimation.
    func costEstimate(_ run: SandboxRun) -> JSONValue {
        let finished = run.statusTimestamps.first { $0.0 == "cost-estimated-at" }
        let delta = ChangePlanner.counts(run.plannedChanges).add * 12
        return [
            "id": .string("ce-" + run.id.dropFirst(4)), "type": "cost-estimates",
            "attributes": [
                "delta-monthly-cost": .string(String(format: "%.2f", Double(delta))),
                "error-message": nil, "matched-resources-count": .int(run.plannedChanges.count),
                "prior-monthly-cost": "412.80",
                "proposed-monthly-cost": .string(String(format: "%.2f", 412.8 + Double(delta))),
                "resources-count": .int(run.plannedChanges.count + 4),
                "status": .string(finished == nil ? "pending" : "finished"),
                "status-timestamps": timestamps(finished.map { [("finished-at", $0.1)] } ?? []),
                "unmatched-resources-count": 0,
            ],
            "links": ["self": .string("/api/v2/cost-estimates/ce-\(run.id.dropFirst(4))")],
        ]
    }
}
