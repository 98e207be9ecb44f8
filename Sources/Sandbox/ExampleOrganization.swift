/// Names the seeded sandbox organization is known by, shared with code that must not start one.
///
/// `tfcsh explain --sandbox` matches workspace names against these without creating a sandbox.
public enum ExampleOrganization {
    /// The organization's name.
    public static let name = "example-org"

    /// The workspaces of `example-org`, in the order of `../shared/spec/sandbox.md`.
    public static let workspaceNames = [
        "production", "staging", "development", "dev", "dev-test", "sandbox", "deployment",
        "prod-db-cluster", "network-infra", "app-servers", "security-baseline", "feature-test",
        "legacy-systems",
    ]
}
