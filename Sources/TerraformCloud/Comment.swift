/// A comment on a run.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/comments
public struct Comment: Sendable, Hashable, Identifiable {
    /// The ID, like `wsc-JdFX3u8o114F4CWf`.
    public var id: String
    /// The comment text.
    public var body: String
    /// The run event the comment belongs to.
    public var runEventID: String?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a comment from a `comments` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("comments")
        id = resource.id
        body = resource.attributes.string("body") ?? ""
        runEventID = resource.related("run-event")?.id
        self.resource = resource
    }
}
