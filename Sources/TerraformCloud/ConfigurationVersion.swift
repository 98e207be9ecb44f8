import Foundation

/// A configuration version: the uploaded or fetched Terraform configuration a run plans.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/configuration-versions
public struct ConfigurationVersion: Sendable, Hashable, Identifiable {
    /// The ID, like `cv-ntv3HbhJqvFzamy7`.
    public var id: String
    /// `pending`, `fetching`, `uploaded`, `archived`, `errored`, ...
    public var status: String?
    /// Where it came from (`tfe-api`, `github`, `terraform+cloud`, ...).
    public var source: String?
    /// Whether runs from it are plan-only.
    public var speculative: Bool
    /// The VCS commit it was made from, when the server included it.
    public var ingressAttributes: IngressAttributes?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a configuration version from a `configuration-versions` resource.
    public init(resource: JSONAPIResource, ingressAttributes: IngressAttributes? = nil) throws {
        try resource.expectType("configuration-versions")
        let attributes = resource.attributes
        id = resource.id
        status = attributes.string("status")
        source = attributes.string("source")
        speculative = attributes.bool("speculative") ?? false
        self.ingressAttributes = ingressAttributes
        self.resource = resource
    }

    /// The ID of the ingress attributes, when the relationship has data.
    public var ingressAttributesID: String? { resource.related("ingress-attributes")?.id }
}
