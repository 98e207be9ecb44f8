/// A run's cost estimate, when the organization has cost estimation on.
///
/// See https://developer.hashicorp.com/terraform/cloud-docs/api-docs/cost-estimates
public struct CostEstimate: Sendable, Hashable, Identifiable {
    /// The ID, like `ce-BPvFFrYCqRV6qVBK`.
    public var id: String
    /// `pending`, `queued`, `finished`, `errored`, `canceled`, `skipped_due_to_targeting`.
    public var status: String?
    /// The estimated monthly cost before the run, in dollars as the API writes it.
    public var priorMonthlyCost: String?
    /// The estimated monthly cost after the run.
    public var proposedMonthlyCost: String?
    /// The change in monthly cost.
    public var deltaMonthlyCost: String?
    /// The raw resource.
    public var resource: JSONAPIResource

    /// Reads a cost estimate from a `cost-estimates` resource.
    public init(resource: JSONAPIResource) throws {
        try resource.expectType("cost-estimates")
        let attributes = resource.attributes
        id = resource.id
        status = attributes.string("status")
        priorMonthlyCost = attributes.string("prior-monthly-cost")
        proposedMonthlyCost = attributes.string("proposed-monthly-cost")
        deltaMonthlyCost = attributes.string("delta-monthly-cost")
        self.resource = resource
    }
}
