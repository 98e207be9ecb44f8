/// A variable set on a workspace (`GET /workspaces/:id/vars`).
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/workspace-variables
public struct WorkspaceVariable: Sendable, Hashable, Identifiable {
    /// The ID, like `var-EavQ1LztoRTQHSNT`.
    public var id: String
    /// The variable name.
    public var key: String
    /// The value; `nil` for a sensitive variable, which the API never returns.
    public var value: String?
    /// `terraform` or `env`.
    public var category: String
    /// Whether the value is HCL rather than a plain string.
    public var hcl: Bool
    /// Whether the value is write-only.
    public var sensitive: Bool
    /// The variable's description.
    public var description: String?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a variable from a `vars` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("vars")
        let attributes = resource.attributes
        id = resource.id
        key = attributes.string("key") ?? ""
        value = attributes.string("value")
        category = attributes.string("category") ?? "terraform"
        hcl = attributes.bool("hcl") ?? false
        sensitive = attributes.bool("sensitive") ?? false
        description = attributes.string("description")
        self.resource = resource
    }
}
