/// `ingress-attributes`: the VCS commit behind a configuration version.
public struct IngressAttributes: Sendable, Hashable, Identifiable {
    /// The ID, like `ia-i4MrTxmQXYxH2nYD`.
    public var id: String
    /// The full commit SHA.
    public var commitSHA: String?
    /// The commit message.
    public var commitMessage: String?
    /// The commit's web URL.
    public var commitURL: String?
    /// The branch.
    public var branch: String?
    /// The VCS user who pushed.
    public var senderUsername: String?
    /// The repository identifier (`org/repo`).
    public var identifier: String?
    /// Whether the commit came from a pull request.
    public var isPullRequest: Bool
    /// The tag, when a tag triggered it.
    public var tag: String?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads ingress attributes from an `ingress-attributes` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("ingress-attributes")
        let attributes = resource.attributes
        id = resource.id
        commitSHA = attributes.string("commit-sha")
        commitMessage = attributes.string("commit-message")
        commitURL = attributes.string("commit-url")
        branch = attributes.string("branch")
        senderUsername = attributes.string("sender-username")
        identifier = attributes.string("identifier")
        isPullRequest = attributes.bool("is-pull-request") ?? false
        tag = attributes.string("tag")
        self.resource = resource
    }

    /// The first eight characters of the commit SHA, as people quote it.
    public var shortSHA: String? { commitSHA.map { String($0.prefix(8)) } }
}
