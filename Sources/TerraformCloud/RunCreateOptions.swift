import Foundation

/// What to put in a new run (`POST /runs`); only what is set is sent, so the server's and the
/// workspace's defaults apply to the rest.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run#create-a-run
public struct RunCreateOptions: Sendable, Equatable {
    /// The run's message; the server writes its own when `nil`.
    public var message: String?
    /// A speculative plan that cannot be applied (sent only when `true`).
    public var planOnly: Bool
    /// A destroy run (sent only when `true`).
    public var isDestroy: Bool
    /// A refresh-only run (sent only when `true`).
    public var refreshOnly: Bool
    /// Apply on its own after a successful plan; `nil` uses the workspace's setting, so
    /// `false` can turn off a workspace's auto-apply for this run.
    public var autoApply: Bool?
    /// `-target` addresses.
    public var targetAddresses: [String]
    /// `-replace` addresses.
    public var replaceAddresses: [String]
    /// Run-specific variable values (HCL literals).
    public var variables: [RunVariable]
    /// The configuration version to plan; the workspace's latest when `nil`.
    public var configurationVersionID: String?

    /// Creates options.
    public init(
        message: String? = nil,
        planOnly: Bool = false,
        isDestroy: Bool = false,
        refreshOnly: Bool = false,
        autoApply: Bool? = nil,
        targetAddresses: [String] = [],
        replaceAddresses: [String] = [],
        variables: [RunVariable] = [],
        configurationVersionID: String? = nil
    ) {
        self.message = message
        self.planOnly = planOnly
        self.isDestroy = isDestroy
        self.refreshOnly = refreshOnly
        self.autoApply = autoApply
        self.targetAddresses = targetAddresses
        self.replaceAddresses = replaceAddresses
        self.variables = variables
        self.configurationVersionID = configurationVersionID
    }

    /// The JSON:API request document for a run in `workspaceID`.
    public func document(workspaceID: String) -> JSONValue {
        var relationships: [String: JSONValue] = [
            "workspace": Self.identifier("workspaces", workspaceID)
        ]
        if let configurationVersionID {
            relationships["configuration-version"] = Self.identifier(
                "configuration-versions",
                configurationVersionID
            )
        }
        return .object([
            "data": .object([
                "type": .string("runs"),
                "attributes": .object(attributes),
                "relationships": .object(relationships),
            ])
        ])
    }

    /// The attributes that were set.
    var attributes: [String: JSONValue] {
        var attributes: [String: JSONValue] = [:]
        if let message { attributes["message"] = .string(message) }
        if planOnly { attributes["plan-only"] = .bool(true) }
        if isDestroy { attributes["is-destroy"] = .bool(true) }
        if refreshOnly { attributes["refresh-only"] = .bool(true) }
        if let autoApply { attributes["auto-apply"] = .bool(autoApply) }
        if !targetAddresses.isEmpty {
            attributes["target-addrs"] = .array(targetAddresses.map(JSONValue.string))
        }
        if !replaceAddresses.isEmpty {
            attributes["replace-addrs"] = .array(replaceAddresses.map(JSONValue.string))
        }
        if !variables.isEmpty {
            attributes["variables"] = .array(
                variables.map { .object(["key": .string($0.key), "value": .string($0.value)]) }
            )
        }
        return attributes
    }

    private static func identifier(_ type: String, _ id: String) -> JSONValue {
        .object(["data": .object(["type": .string(type), "id": .string(id)])])
    }
}
