/// The arguments a sentence gave an intent; every field is optional and `nil` means "not said".
public struct IntentArguments: Sendable, Equatable {
    /// One run variable, kept in the order it was typed.
    public struct Variable: Sendable, Equatable {
        /// The variable's name, as typed.
        public var key: String
        /// The value, as typed, without surrounding quotes.
        public var value: String

        /// Makes a variable from its name and value.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The workspace the sentence names, corrected to a known name when it was a near miss.
    public var workspaceName: String?
    /// The organization the sentence names.
    public var organization: String?
    /// A run ID exactly as typed.
    public var runID: String?
    /// The message for a new run.
    public var message: String?
    /// The comment for a run action (apply, discard, cancel).
    public var comment: String?
    /// Whether the run must only plan.
    public var planOnly: Bool?
    /// Whether the run plans the destruction of every resource.
    public var isDestroy: Bool?
    /// Whether the run applies without waiting for confirmation.
    public var autoApply: Bool?
    /// Whether the run only refreshes the state.
    public var refreshOnly: Bool?
    /// Resource addresses the run targets.
    public var targetAddrs: [String]?
    /// Resource addresses the run replaces.
    public var replaceAddrs: [String]?
    /// Words naming resources to target, resolved against the workspace when the intent runs.
    public var targetQuery: String?
    /// Run variables in the order typed.
    public var variables: [Variable]?
    /// API run status names to filter on.
    public var filterStatus: [String]?
    /// API operation names to filter on.
    public var filterOperation: [String]?
    /// Workspace names to filter an organization's runs on.
    public var filterWorkspaceNames: [String]?
    /// How many days back to look.
    public var sinceDays: Int?
    /// How many runs to list.
    public var pageSize: Int?
    /// Workspace names that were corrected from a near miss, each mapped to the text as typed,
    /// so that the engine can say so instead of acting on a guess.
    public var typedWorkspaceNames: [String: String]?

    /// Makes an empty set of arguments.
    public init() {}

    /// Whether nothing was said.
    public var isEmpty: Bool { self == IntentArguments() }
}
