import Foundation
import TerraformCloud
import Testing

@Suite("The official sample payloads decode into the models")
struct FixtureDecodingTests {
    @Test("run-show decodes with its IDs, status, flags and both date forms")
    func runShow() throws {
        let document = try Fixture.document("run-show.response.json")
        let details = try RunDetails(document: document)
        let run = details.run
        #expect(run.id == "run-CZcmD7eagjhyX0vN")
        #expect(run.status == .pending)
        #expect(run.source == .api)
        #expect(run.triggerReason == "manual")
        #expect(run.message == "Custom message")
        #expect(run.actions.isCancelable)
        #expect(!run.actions.isConfirmable)
        #expect(run.permissions.canForceCancel)
        #expect(run.targetAddresses.isEmpty)
        #expect(run.variables.isEmpty)
        #expect(run.createdAt == Date(timeIntervalSince1970: 1_621_841_884.171))
        #expect(
            run.statusTimestamps["plan-queueable-at"] == Date(timeIntervalSince1970: 1_621_841_884)
        )
        // The docs' self link names another run (REFERENCE §12); the data ID is authoritative.
        #expect(run.resource.links["self"] == "/api/v2/runs/run-bWSq4YeYpfrW4mx7")
        // The docs elide relationships as {}; they decode as empty, so nothing joins.
        #expect(run.planID == nil)
        #expect(details.plan == nil)
    }

    @Test(
        "run-create's response decodes as a pending API run",
        arguments: ["run-create.response.json"]
    )
    func runCreate(name: String) throws {
        let run = try Run(resource: Fixture.document(name).single())
        #expect(run.id.hasPrefix("run-"))
        #expect(Identifiers.isRunID(run.id))
        #expect(run.status == .pending)
        #expect(run.source == .api)
        #expect(run.actions.isCancelable && !run.actions.isDiscardable)
    }

    @Test("the workspace run list keeps its pagination numbers and totals")
    func runListWorkspace() throws {
        let document = try Fixture.document("run-list-workspace.response.json")
        #expect(document.isCollection)
        #expect(document.data.count == 1)
        let pagination = try #require(document.pagination)
        #expect(pagination.currentPage == 2)
        #expect(pagination.nextPage == 3)
        #expect(pagination.previousPage == 1)
        #expect(pagination.pageSize == 20)
        #expect(pagination.totalCount == 384_105)
        #expect(pagination.totalPages == 19_206)
        let page = Page(items: try document.data.map(Run.init(resource:)), pagination: pagination)
        #expect(page.nextPage == 3)
    }

    @Test("the organization run list has pagination without totals")
    func runListOrganization() throws {
        let document = try Fixture.document("run-list-org.response.json")
        let pagination = try #require(document.pagination)
        #expect(pagination.currentPage == 1)
        #expect(pagination.nextPage == 2)
        #expect(pagination.previousPage == nil)
        #expect(pagination.totalCount == nil)
        #expect(pagination.totalPages == nil)
        #expect(document.links["next"]?.contains("page[number]=3") == true)
        #expect(try Run(resource: document.single()).status == .pending)
    }

    @Test("plan-show decodes counts, status, mode, log URL and duration")
    func planShow() throws {
        let plan = try Plan(resource: Fixture.document("plan-show.response.json").single())
        #expect(plan.id == "plan-8F5JFydVYAmtTjET")
        #expect(plan.status == .finished)
        #expect(plan.status.isFinal)
        #expect(plan.hasChanges)
        let counts: [Int] = [
            plan.resourceAdditions, plan.resourceChanges, plan.resourceDestructions,
        ]
        #expect(counts == [0, 1, 0])
        #expect(plan.executionMode == "remote")
        #expect(plan.logReadURL?.host == "archivist.terraform.io")
        #expect(plan.duration == 4)
        #expect(
            plan.resource.links["json-output"] == "/api/v2/plans/plan-8F5JFydVYAmtTjET/json-output"
        )
    }

    @Test("apply-show decodes counts and its state versions")
    func applyShow() throws {
        let apply = try Apply(resource: Fixture.document("apply-show.response.json").single())
        #expect(apply.id == "apply-47MBvjwzBG8YKc2v")
        #expect(apply.status == .finished)
        #expect(apply.resourceAdditions == 1)
        #expect(apply.stateVersionIDs == ["sv-TpnsuD3iewwsfeRD", "sv-Fu1n6a3TgJ1Typq9"])
        #expect(apply.statusTimestamps["finished-at"] != nil)
    }

    @Test("workspace-show decodes despite its duplicate relationship key")
    func workspaceShow() throws {
        let workspace = try Workspace(
            resource: Fixture.document("workspace-show.response.json").single()
        )
        #expect(workspace.id == "ws-6jrRyVDv1J8zQMB5")
        #expect(workspace.name == "workspace-1")
        #expect(workspace.locked)
        #expect(workspace.executionMode == "agent")
        #expect(workspace.terraformVersion == "1.9.4")
        #expect(workspace.resourceCount == 10)
        #expect(workspace.organizationName == "my-organization")
        #expect(workspace.currentRunID == "run-hjy7ndEkmCtn31ps")
        #expect(
            workspace.lockedBy == ResourceIdentifier(type: "users", id: "user-hjy7ndEkmCtn31ps")
        )
        #expect(workspace.workingDirectory == nil)
        // The sample repeats this key (REFERENCE §12); the client's parser keeps the last one.
        let version = workspace.resource.related("current-configuration-version")
        #expect(version?.id == "cv-hjy7ndEkmCtn31ps")
        // An attribute the model does not know is kept as it came.
        #expect(workspace.resource.attributes.int("workspace-kpis-runs-count") == 8)
    }

    @Test("workspace-list and workspace-create-project decode")
    func workspaceList() throws {
        let list = try Fixture.document("workspace-list.response.json")
        let workspaces = try list.data.map(Workspace.init(resource:))
        #expect(workspaces.map(\.name) == ["workspace-1"])
        #expect(list.pagination?.totalCount == 1)
        #expect(list.pagination?.nextPage == nil)
        let created = try Workspace(
            resource: Fixture.document("workspace-create-project.response.json").single()
        )
        #expect(created.id == "ws-HRkJLSYWF97jucqQ")
        #expect(created.name == "workspace-in-project")
        #expect(created.lockedReason == "")
    }

    @Test("comments decode from the list, show and create samples")
    func comments() throws {
        let list = try Fixture.document("comment-list.response.json").data.map(
            Comment.init(resource:)
        )
        #expect(list.map(\.body) == ["A comment body", "Another comment body"])
        #expect(list.first?.runEventID == "re-fo1YXZ8W5bp5GBKM")
        let shown = try Comment(resource: Fixture.document("comment-show.response.json").single())
        #expect(shown.id == "wsc-gTFq83JSzjmAvYj")
        let created = try Comment(
            resource: Fixture.document("comment-create.response.json").single()
        )
        #expect(created.body == "A comment about the run")
    }

    @Test("organizations decode from the show and list samples")
    func organizations() throws {
        let shown = try Organization(
            resource: Fixture.document("organization-show.response.json").single()
        )
        #expect(shown.id == "hashicorp")
        #expect(shown.email == "user@example.com")
        #expect(shown.createdAt != nil)
        let list = try Fixture.document("organization-list.response.json")
        let organizations = try list.data.map(Organization.init(resource:))
        #expect(organizations.map(\.id) == ["hashicorp", "hashicorp-two"])
        let entitlements = try Fixture.document("organization-entitlement-set.response.json")
        #expect(try entitlements.single().attributes.bool("operations") == true)
    }

    @Test("the pagination example decodes with empty data and totals")
    func paginationExample() throws {
        let document = try Fixture.document("pagination-example.response.json")
        #expect(document.data.isEmpty)
        #expect(document.isCollection)
        #expect(document.pagination?.totalCount == 21)
        #expect(document.pagination?.totalPages == 2)
        #expect(document.links["prev"] == nil)
        // An empty page ends paging even when next-page is set.
        #expect(Page<Run>(items: [], pagination: document.pagination).nextPage == nil)
    }

    @Test("the 429 sample's numeric status and the bare-string error form both parse")
    func errorForms() throws {
        let errors = APIErrorObject.parse(try Fixture.shared("error-rate-limit-429.response.json"))
        #expect(
            errors == [
                APIErrorObject(
                    status: 429,
                    title: "Too many requests",
                    detail: "You have exceeded the API's rate limit."
                )
            ]
        )
        let bare = APIErrorObject.parse(Data(#"{"errors": ["not found", "really"]}"#.utf8))
        #expect(bare.map(\.message) == ["not found", "really"])
        let stringStatus = APIErrorObject.parse(
            Data(
                #"{"errors":[{"status":"422","title":"invalid","source":{"pointer":"/data"}}]}"#
                    .utf8
            )
        )
        #expect(stringStatus.first?.status == 422)
        #expect(stringStatus.first?.pointer == "/data")
        #expect(stringStatus.first?.message == "invalid")
    }

    @Test("the JSON:API request example decodes as a resource with a relationship")
    func requestExample() throws {
        let json = try Fixture.json(Fixture.shared("jsonapi-request-example.payload.json"))
        #expect(json["data"]?["type"]?.stringValue == "vars")
        let data = try JSONEncoder().encode(json["data"])
        let resource = try JSONDecoder().decode(JSONAPIResourceWithoutID.self, from: data)
        #expect(resource.relationships["workspace"]?.data.first?.id == "ws-4j8p6jX1w33MiDC7")
    }
}

/// A request document's resource has no ID yet; this reads just its relationships.
private struct JSONAPIResourceWithoutID: Decodable {
    var relationships: [String: Relationship]
}
