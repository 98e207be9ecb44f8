/// The status of a plan or an apply, open to values this client has not heard of.
public struct PhaseStatus: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The status as the API spells it.
    public var rawValue: String

    /// Wraps any status string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a status literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The raw status.
    public var description: String { rawValue }

    /// Not started.
    public static let pending: PhaseStatus = "pending"
    /// Queued for a worker.
    public static let queued: PhaseStatus = "queued"
    /// Queued for a managed worker.
    public static let managedQueued: PhaseStatus = "managed_queued"
    /// Running.
    public static let running: PhaseStatus = "running"
    /// Errored (final).
    public static let errored: PhaseStatus = "errored"
    /// Canceled (final).
    public static let canceled: PhaseStatus = "canceled"
    /// Finished (final).
    public static let finished: PhaseStatus = "finished"
    /// Never reached a worker (final).
    public static let unreachable: PhaseStatus = "unreachable"

    /// Whether the phase has stopped for good, so its log is complete.
    public var isFinal: Bool {
        [.errored, .canceled, .finished, .unreachable].contains(self)
    }
}
