/// What the conversation remembers between turns, and gives to the matcher.
public struct ConversationContext: Sendable, Equatable {
    /// The organization in use.
    public var organization: String
    /// The workspace last talked about.
    public var lastWorkspace: String?
    /// The workspace put in focus with `/use`; lists that name no scope mean it.
    public var focusedWorkspace: String?
    /// The run last talked about ("it", "this run").
    public var lastRunID: String?
    /// The runs last listed, in order ("the second one").
    public var lastRunIDs: [String] = []
    /// Runs created or acted on here, with the status last seen, so that a change that needs
    /// the user can be told at the next turn.
    public var followed: [FollowedRun] = []

    /// Creates a context for `organization`.
    public init(organization: String) {
        self.organization = organization
    }
}

/// A run the conversation follows until it needs the user or finishes.
public struct FollowedRun: Sendable, Equatable {
    /// The run's ID.
    public var runID: String
    /// Its workspace's name.
    public var workspace: String
    /// The status last seen.
    public var status: String
}
