/// A run joined with the resources the server included beside it.
///
/// Each part is `nil` when the response did not include it (not asked for, or not visible).
public struct RunDetails: Sendable, Hashable, Identifiable {
    /// The run.
    public var run: Run
    /// The run's plan.
    public var plan: Plan?
    /// The run's apply.
    public var apply: Apply?
    /// The user who created the run.
    public var createdBy: User?
    /// The configuration version, with its commit when `ingress_attributes` was included.
    public var configurationVersion: ConfigurationVersion?
    /// The run's workspace.
    public var workspace: Workspace?
    /// The run's cost estimate.
    public var costEstimate: CostEstimate?

    /// The run's ID.
    public var id: String { run.id }

    /// The VCS commit the run's configuration came from, when known.
    public var commit: IngressAttributes? { configurationVersion?.ingressAttributes }

    /// Creates details from their parts.
    public init(
        run: Run,
        plan: Plan? = nil,
        apply: Apply? = nil,
        createdBy: User? = nil,
        configurationVersion: ConfigurationVersion? = nil,
        workspace: Workspace? = nil,
        costEstimate: CostEstimate? = nil
    ) {
        self.run = run
        self.plan = plan
        self.apply = apply
        self.createdBy = createdBy
        self.configurationVersion = configurationVersion
        self.workspace = workspace
        self.costEstimate = costEstimate
    }

    /// Joins `run` with whatever `document.included` holds for it.
    public init(run: Run, document: JSONAPIDocument) throws {
        let resource = run.resource
        self.run = run
        plan = try document.included(resource.related("plan")).map(Plan.init(resource:))
        apply = try document.included(resource.related("apply")).map(Apply.init(resource:))
        createdBy = try document.included(resource.related("created-by")).map(User.init(resource:))
        workspace = try document.included(resource.related("workspace"))
            .map(Workspace.init(resource:))
        costEstimate = try document.included(resource.related("cost-estimate"))
            .map(CostEstimate.init(resource:))
        configurationVersion = try Self.configurationVersion(of: resource, in: document)
    }

    /// Reads the single run of a run document and joins it with its included resources.
    public init(document: JSONAPIDocument) throws {
        try self.init(run: Run(resource: document.single()), document: document)
    }

    private static func configurationVersion(
        of run: JSONAPIResource,
        in document: JSONAPIDocument
    ) throws -> ConfigurationVersion? {
        guard let resource = document.included(run.related("configuration-version")) else {
            return nil
        }
        let ingress = try document.included(resource.related("ingress-attributes"))
            .map(IngressAttributes.init(resource:))
        return try ConfigurationVersion(resource: resource, ingressAttributes: ingress)
    }
}
