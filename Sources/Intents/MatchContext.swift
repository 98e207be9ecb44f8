/// What the matcher knows besides the sentence: the organization, its workspaces, the conversation.
public struct MatchContext: Sendable {
    /// The organization used when the sentence names none.
    public var defaultOrganization: String?
    /// The known workspace names, indexed once for exact and near-miss lookups.
    public var workspaces: WorkspaceIndex
    /// The workspace the conversation last talked about ("there", "that workspace").
    public var lastWorkspace: String?
    /// The run the conversation last talked about ("it", "this run").
    public var lastRunID: String?
    /// The runs the conversation last listed, in order ("the second one").
    public var lastRunIDs: [String]

    /// Makes a context; everything but the workspace index is optional.
    public init(
        defaultOrganization: String? = nil,
        workspaces: WorkspaceIndex = WorkspaceIndex(names: []),
        lastWorkspace: String? = nil,
        lastRunID: String? = nil,
        lastRunIDs: [String] = []
    ) {
        self.defaultOrganization = defaultOrganization
        self.workspaces = workspaces
        self.lastWorkspace = lastWorkspace
        self.lastRunID = lastRunID
        self.lastRunIDs = lastRunIDs
    }

    /// Whether the conversation has a run to refer to.
    var hasRunReference: Bool { lastRunID != nil || !lastRunIDs.isEmpty }
}
