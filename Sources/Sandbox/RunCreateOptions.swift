import Foundation

/// The parts of a `POST /runs` body the sandbox reads; other attributes are ignored (pytfe).
struct RunCreateOptions {
    /// `relationships.workspace.data.id`.
    var workspaceID = ""
    /// `relationships.configuration-version.data.id`, if sent.
    var configurationVersionID: String?
    /// `message`.
    var message: String?
    /// `is-destroy`.
    var isDestroy = false
    /// `plan-only`.
    var planOnly = false
    /// `auto-apply`; `nil` takes the workspace's setting.
    var autoApply: Bool?
    /// `refresh`.
    var refresh = true
    /// `refresh-only`.
    var refreshOnly = false
    /// `allow-empty-apply`.
    var allowEmptyApply = false
    /// `target-addrs`.
    var targets: [String]?
    /// `replace-addrs`.
    var replaces: [String]?
    /// `variables`, values as sent.
    var variables: [(key: String, value: String)] = []
    /// `terraform-version` (plan-only runs only).
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
    /// The `data.attributes` object.
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

    /// `variables`, values as sent.
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
