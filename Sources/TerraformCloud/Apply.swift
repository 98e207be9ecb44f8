import Foundation

/// A run's apply: its status, resource counts and log.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/applies
public struct Apply: Sendable, Hashable, Identifiable {
    /// The apply ID, like `apply-47MBvjwzBG8YKc2v`.
    public var id: String
    /// The apply's status; unknown values are kept.
    public var status: PhaseStatus
    /// Resources added.
    public var resourceAdditions: Int
    /// Resources changed.
    public var resourceChanges: Int
    /// Resources destroyed.
    public var resourceDestructions: Int
    /// Resources imported.
    public var resourceImports: Int
    /// Where the apply ran (`remote`, `agent`, `local`).
    public var executionMode: String?
    /// The pre-signed URL of the raw log; it is a secret and needs no token.
    public var logReadURL: URL?
    /// When the apply reached each status (`queued-at`, `started-at`, `finished-at`, ...).
    public var statusTimestamps: [String: Date]
    /// The IDs of the state versions the apply wrote.
    public var stateVersionIDs: [String]
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads an apply from an `applies` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("applies")
        let attributes = resource.attributes
        id = resource.id
        status = PhaseStatus(rawValue: attributes.string("status") ?? "")
        resourceAdditions = attributes.int("resource-additions") ?? 0
        resourceChanges = attributes.int("resource-changes") ?? 0
        resourceDestructions = attributes.int("resource-destructions") ?? 0
        resourceImports = attributes.int("resource-imports") ?? 0
        executionMode = attributes.nested("execution-details").string("mode")
        logReadURL = attributes.string("log-read-url").flatMap(URL.init(string:))
        statusTimestamps = attributes.dates("status-timestamps")
        stateVersionIDs = resource.relationships["state-versions"]?.data.map(\.id) ?? []
        self.resource = resource
    }
}
