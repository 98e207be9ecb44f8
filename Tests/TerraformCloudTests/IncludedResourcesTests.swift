import Foundation
import TerraformCloud
import Testing

@Suite("Run details join the included resources and keep unknown values")
struct IncludedResourcesTests {
    private func details() throws -> RunDetails {
        let document = try JSONAPIDocument.decode(
            Fixture.local("run-with-includes.json"),
            expecting: "a fixture"
        )
        return try RunDetails(document: document)
    }

    @Test("plan, apply, creator, commit, workspace and cost estimate are joined")
    func joins() throws {
        let details = try details()
        #expect(details.plan?.resourceAdditions == 2)
        #expect(details.plan?.duration == 90)
        #expect(details.apply?.status == "unreachable")
        #expect(details.createdBy?.email == "admin@example.com")
        #expect(details.configurationVersion?.source == "github")
        #expect(details.commit?.shortSHA == "7a8b9c0d")
        #expect(details.commit?.commitMessage == "feat: add new lambda functions")
        #expect(details.commit?.branch == "main")
        #expect(details.commit?.senderUsername == "admin")
        #expect(details.workspace?.name == "production")
        #expect(details.workspace?.workingDirectory == "/terraform")
        #expect(details.costEstimate?.deltaMonthlyCost == "12.50")
    }

    @Test("unknown statuses, sources and attributes are kept as they came")
    func unknownValues() throws {
        let run = try details().run
        #expect(run.status.rawValue == "post_plan_awaiting_decision")
        #expect(!run.status.isFinal)
        #expect(run.source?.rawValue == "tfe-future-source")
        let kept = run.resource.attributes["a-brand-new-attribute"]
        #expect(kept == .object(["nested": .array([.integer(1), .number(2.5), .string("x")])]))
        #expect(run.variables == [RunVariable(key: "environment", value: "\"dev\"")])
        #expect(run.targetAddresses == ["module.database"])
        #expect(run.terraformVersion == "1.5.2")
    }

    @Test("workspace resources, variables and the account decode")
    func otherResources() throws {
        let resources = try JSONAPIDocument.decode(
            Fixture.local("workspace-resources.json"),
            expecting: "a fixture"
        ).data.map(WorkspaceResource.init(resource:))
        #expect(
            resources.map(\.address) == [
                "module.database.aws_rds_cluster.main", "aws_rds_instance.replicas[0]",
            ]
        )
        #expect(resources.first?.providerType == "aws_rds_cluster")
        #expect(resources.first?.nameIndex == nil)
        #expect(resources.last?.nameIndex == "0")
        #expect(resources.allSatisfy { $0.createdAt != nil && $0.updatedAt != nil })

        let variables = try JSONAPIDocument.decode(
            Fixture.local("workspace-vars.json"),
            expecting: "a fixture"
        ).data.map(WorkspaceVariable.init(resource:))
        #expect(variables.first?.value == "t3.micro")
        #expect(variables.last?.sensitive == true)
        #expect(variables.last?.value == nil)
        #expect(variables.last?.category == "env")

        let account = try User(
            resource: JSONAPIDocument.decode(
                Fixture.local("account-details.json"),
                expecting: "a fixture"
            ).single()
        )
        #expect(account.username == "admin")
        #expect(!account.isServiceAccount)
    }

    @Test("a resource of the wrong type is refused with a clear error")
    func wrongType() throws {
        let document = try Fixture.document("plan-show.response.json")
        #expect(throws: TerraformCloudError.self) {
            try Run(resource: document.single())
        }
    }
}
