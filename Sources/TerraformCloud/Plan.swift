import Foundation

/// A run's plan: its status, resource counts and log.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/plans
public struct Plan: Sendable, Hashable, Identifiable {
    /// The plan ID, like `plan-8F5JFydVYAmtTjET`.
    public var id: String
    /// The plan's status; unknown values are kept.
    public var status: PhaseStatus
    /// Whether the plan found changes.
    public var hasChanges: Bool
    /// Resources to add.
    public var resourceAdditions: Int
    /// Resources to change.
    public var resourceChanges: Int
    /// Resources to destroy.
    public var resourceDestructions: Int
    /// Resources to import.
    public var resourceImports: Int
    /// Where the plan ran (`remote`, `agent`, `local`).
    public var executionMode: String?
    /// The pre-signed URL of the raw log; it is a secret and needs no token.
    public var logReadURL: URL?
    /// When the plan reached each status (`queued-at`, `started-at`, `finished-at`, ...).
    public var statusTimestamps: [String: Date]
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a plan from a `plans` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("plans")
        let attributes = resource.attributes
        id = resource.id
        status = PhaseStatus(rawValue: attributes.string("status") ?? "")
        hasChanges = attributes.bool("has-changes") ?? false
        resourceAdditions = attributes.int("resource-additions") ?? 0
        resourceChanges = attributes.int("resource-changes") ?? 0
        resourceDestructions = attributes.int("resource-destructions") ?? 0
        resourceImports = attributes.int("resource-imports") ?? 0
        executionMode = attributes.nested("execution-details").string("mode")
        logReadURL = attributes.string("log-read-url").flatMap(URL.init(string:))
        statusTimestamps = attributes.dates("status-timestamps")
        self.resource = resource
    }

    /// The time from start to finish, when both are known.
    public var duration: TimeInterval? {
        guard let start = statusTimestamps["started-at"], let end = statusTimestamps["finished-at"]
        else { return nil }
        return end.timeIntervalSince(start)
    }
}
