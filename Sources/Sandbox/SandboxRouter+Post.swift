import Foundation

/// A `422` for a request body that cannot be used, pointing at the offending member.
struct BodyProblem: Error {
    /// The JSON pointer, such as `/data/attributes/is-destroy`.
    var pointer: String
    /// What is wrong.
    var detail: String
}

extension SandboxRouter {
    /// POST routes: run creation, run actions and comments.
    func post(_ route: [String]) -> SandboxResponse {
        guard request.method == "POST" else { return Reply.notFound() }
        switch route.count {
        case 1 where route[0] == "runs":
            return createRun()
        case 3 where route[0] == "runs" && route[2] == "comments":
            guard let run = store.runs[route[1]] else { return Reply.notFound() }
            return createComment(on: run)
        case 4 where route[0] == "runs" && route[2] == "actions":
            guard let run = store.runs[route[1]], let action = RunAction(rawValue: route[3]) else {
                return Reply.notFound()
            }
            return perform(action, on: run)
        default:
            return Reply.notFound()
        }
    }

    private func perform(_ action: RunAction, on run: SandboxRun) -> SandboxResponse {
        // Bodies may be empty, the literal `null` (terrasnek) or `{"comment": "..."}`.
        let object =
            (try? JSONSerialization.jsonObject(with: request.body, options: [.fragmentsAllowed]))
        let comment = (object as? [String: Any])?["comment"] as? String
        do {
            try store.perform(action, on: run, comment: action == .forceExecute ? nil : comment)
            return Reply.accepted()
        } catch {
            return Reply.error(error.status, error.title, error.detail)
        }
    }

    private func createComment(on run: SandboxRun) -> SandboxResponse {
        let object = try? JSONSerialization.jsonObject(with: request.body)
        let data = (object as? [String: Any])?["data"] as? [String: Any]
        guard let body = (data?["attributes"] as? [String: Any])?["body"] as? String, !body.isEmpty
        else {
            return Reply.error(
                422,
                "invalid attribute",
                "Body can't be blank.",
                pointer: "/data/attributes/body"
            )
        }
        return Reply.document(render.comment(store.addComment(body, to: run)), status: 201)
    }

    private func createRun() -> SandboxResponse {
        do {
            let options = try RunCreateOptions(body: request.body)
            guard let workspace = store.workspacesByID[options.workspaceID] else {
                return Reply.notFound()
            }
            let versionID = options.configurationVersionID ?? workspace.configurationVersionID
            guard store.configurationVersions[versionID] != nil else { return Reply.notFound() }
            let run = store.makeRun(
                workspace: workspace,
                createdAt: store.now,
                createdBy: store.accountID,
                message: options.message ?? "Queued manually via the Terraform Enterprise API",
                configurationVersionID: versionID
            )
            options.apply(to: run, workspace: workspace)
            store.insert(run)
            store.enqueue(run, in: workspace)
            return Reply.document(render.run(run), status: 201)
        } catch {
            return Reply.error(422, "invalid attribute", error.detail, pointer: error.pointer)
        }
    }
}

/// The parts of a `POST /runs` body the sandbox reads; other attributes are ignored (pytfe).
struct RunCreateOptions {
    var workspaceID = ""
    var configurationVersionID: String?
    var message: String?
    var isDestroy = false
    var planOnly = false
    var autoApply: Bool?
    var refresh = true
    var refreshOnly = false
    var allowEmptyApply = false
    var targets: [String]?
    var replaces: [String]?
    var variables: [(key: String, value: String)] = []
    var terraformVersion: String?

    /// Reads a JSON:API `runs` document, or says which member is wrong.
    init(body: Data) throws(BodyProblem) {
        let object = try? JSONSerialization.jsonObject(with: body)
        guard let data = (object as? [String: Any])?["data"] as? [String: Any] else {
            throw BodyProblem(
                pointer: "/data",
                detail: "The body must be a JSON:API document with a data object."
            )
        }
        if let type = data["type"], type as? String != "runs" {
            throw BodyProblem(pointer: "/data/type", detail: "The type must be \"runs\".")
        }
        let relationships = data["relationships"] as? [String: Any] ?? [:]
        guard let workspaceID = Self.relatedID(relationships["workspace"]) else {
            throw BodyProblem(
                pointer: "/data/relationships/workspace",
                detail: "A run needs a workspace relationship."
            )
        }
        self.workspaceID = workspaceID
        configurationVersionID = Self.relatedID(relationships["configuration-version"])
        try read(data["attributes"] as? [String: Any] ?? [:])
    }

    private static func relatedID(_ value: Any?) -> String? {
        ((value as? [String: Any])?["data"] as? [String: Any])?["id"] as? String
    }

    private mutating func read(_ attributes: [String: Any]) throws(BodyProblem) {
        let reader = AttributeReader(attributes: attributes)
        message = try reader.string("message")
        isDestroy = try reader.bool("is-destroy") ?? false
        planOnly = try reader.bool("plan-only") ?? false
        autoApply = try reader.bool("auto-apply")
        refresh = try reader.bool("refresh") ?? true
        refreshOnly = try reader.bool("refresh-only") ?? false
        allowEmptyApply = try reader.bool("allow-empty-apply") ?? false
        targets = try reader.strings("target-addrs")
        replaces = try reader.strings("replace-addrs")
        terraformVersion = try reader.string("terraform-version")
        variables = try reader.variables()
        if isDestroy && refreshOnly {
            throw BodyProblem(
                pointer: "/data/attributes/refresh-only",
                detail: "is-destroy and refresh-only cannot both be true."
            )
        }
        if terraformVersion != nil && !planOnly {
            throw BodyProblem(
                pointer: "/data/attributes/terraform-version",
                detail: "terraform-version may only be set on plan-only runs."
            )
        }
    }

    /// Copies the options onto a new run.
    func apply(to run: SandboxRun, workspace: SandboxWorkspace) {
        run.isDestroy = isDestroy
        run.planOnly = planOnly
        run.autoApply = autoApply ?? workspace.autoApply
        run.refresh = refresh
        run.refreshOnly = refreshOnly
        run.allowEmptyApply = allowEmptyApply
        run.targetAddrs = targets
        run.replaceAddrs = replaces
        run.variables = variables
        if let terraformVersion { run.terraformVersion = terraformVersion }
        run.applyDuration = TimeInterval(min(120, 60 + 6 * workspace.resources.count))
    }
}

/// Reads typed attributes, turning a wrong type into a `422` pointer.
private struct AttributeReader {
    let attributes: [String: Any]

    func string(_ name: String) throws(BodyProblem) -> String? {
        guard let value = attributes[name], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw problem(name, "must be a string") }
        return text
    }

    func bool(_ name: String) throws(BodyProblem) -> Bool? {
        guard let value = attributes[name], !(value is NSNull) else { return nil }
        guard let flag = value as? Bool else { throw problem(name, "must be true or false") }
        return flag
    }

    func strings(_ name: String) throws(BodyProblem) -> [String]? {
        guard let value = attributes[name], !(value is NSNull) else { return nil }
        guard let items = value as? [String] else {
            throw problem(name, "must be an array of strings")
        }
        return items
    }

    func variables() throws(BodyProblem) -> [(key: String, value: String)] {
        guard let value = attributes["variables"], !(value is NSNull) else { return [] }
        guard let items = value as? [[String: Any]] else {
            throw problem("variables", "must be an array of {key, value} objects")
        }
        var result: [(key: String, value: String)] = []
        for (index, item) in items.enumerated() {
            guard let key = item["key"] as? String, let raw = item["value"] else {
                throw problem("variables/\(index)", "needs a key and a value")
            }
            result.append((key, raw as? String ?? "\(raw)"))
        }
        return result
    }

    private func problem(_ name: String, _ detail: String) -> BodyProblem {
        BodyProblem(pointer: "/data/attributes/\(name)", detail: "\(name) \(detail).")
    }
}
