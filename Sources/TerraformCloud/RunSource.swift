/// Where a run came from (`source`), open to values this client has not heard of.
public struct RunSource: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral {
    /// The source as the API spells it.
    public var rawValue: String

    /// Wraps any source string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a source literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Queued in the web UI.
    public static let ui: RunSource = "tfe-ui"
    /// Queued through the API.
    public static let api: RunSource = "tfe-api"
    /// Queued by a new configuration version (VCS push or CLI upload).
    public static let configurationVersion: RunSource = "tfe-configuration-version"
    /// Queued by the Terraform CLI.
    public static let terraformCLI: RunSource = "terraform+cloud"
    /// Queued by a run trigger.
    public static let runTrigger: RunSource = "tfe-run-trigger"
}
