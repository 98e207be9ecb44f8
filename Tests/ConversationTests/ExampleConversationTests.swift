import Conversation
import Foundation
import Testing

/// Each conversation of `../shared/spec/example-conversations.md`, on a fresh sandbox with a
/// fixed clock, gives the same facts as the example.
@Suite("The example conversations")
struct ExampleConversationTests {
    @Test("a plan for production is queued, pending, created by you, waiting for approval")
    func planForProduction() async throws {
        let harness = try ConversationHarness()
        let (reply, requests) = await harness.say("Create a plan for my \"production\" workspace")
        #expect(reply.outcome == .done)
        #expect(isRunID(reply.field("Run ID")))
        // production's stuck run holds the lock, so the new run waits first in the queue.
        #expect(reply.field("Status")?.hasPrefix("Pending") == true)
        #expect(reply.field("Created by") == "You (admin@example.com)")
        #expect(reply.field("Auto-apply") == "No")
        #expect(reply.calls.map(\.tool).contains("create_run"))
        #expect(requests <= 4)
    }

    @Test("a destroy plan for dev-test is confirmed and marked as a destroy")
    func destroyPlan() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("Create a destroy plan for \"dev-test\" workspace")
        #expect(reply.outcome == .done)
        #expect(reply.field("Type")?.hasPrefix("Destroy plan") == true)
        let create = try #require(reply.calls.first { $0.tool == "create_run" })
        #expect(create.arguments.contains(.init("is_destroy", .bool(true))))
        #expect(create.arguments.contains(.init("auto_apply", .bool(false))))
    }

    @Test("a targeted plan in staging targets the three database addresses")
    func targetedPlan() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "Run a targeted plan in \"staging\" that only affects the database resources"
        )
        let targets = reply.allFields.first { $0.label == "Targets" }?.list ?? []
        #expect(
            Set(targets).isSuperset(of: [
                "module.database", "aws_rds_cluster.main", "aws_rds_instance.replicas",
            ])
        )
        #expect(!targets.contains { $0.contains("aws_instance") })
    }

    @Test("a plan with custom variables lists each variable")
    func customVariables() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "Create a plan in the development workspace with environment=dev, "
                + "instance_type=t3.large and enable_monitoring=true"
        )
        #expect(reply.outcome == .done)
        #expect(reply.text.contains("environment = \"dev\""))
        #expect(reply.text.contains("instance_type = \"t3.large\""))
        #expect(reply.text.contains("enable_monitoring = true"))
    }

    @Test("a run with auto-apply in sandbox says it will apply by itself")
    func autoApply() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "Create a run in \"sandbox\" workspace with auto-apply enabled"
        )
        #expect(reply.field("Auto-apply") == "Yes")
    }

    @Test("production's runs are listed newest first with the example's facts")
    func listProduction() async throws {
        let harness = try ConversationHarness()
        let (reply, requests) = await harness.say("List all runs in my \"production\" workspace")
        let expected = [
            "run-J7cW8p2qRmYx3Dkv", "run-K4jR7p9qZnYw2Lmp", "run-L5kS8q1rAoZx3Mnq",
            "run-M6lT9r2sBpAy4Nod", "run-N7mU0s3tCqBz5Ope",
        ]
        #expect(reply.itemIDs.filter(expected.contains) == expected)
        let weekly = try #require(reply.item("run-K4jR7p9qZnYw2Lmp"))
        #expect(weekly.title == "Weekly infrastructure update")
        #expect(weekly.field("Created") == "Yesterday at 14:32")
        #expect(weekly.field("Status") == "Applied")
        #expect(weekly.field("Created by") == "CI/CD Pipeline")
        #expect(weekly.field("Changes") == "3 to add, 1 to change, 0 to destroy")
        let security = try #require(reply.item("run-L5kS8q1rAoZx3Mnq"))
        #expect(security.field("Created by") == "jane@example.com")
        #expect(security.field("Created") == "3 days ago")
        #expect(reply.item("run-M6lT9r2sBpAy4Nod")?.field("Status") == "Discarded")
        #expect(
            reply.item("run-N7mU0s3tCqBz5Ope")?.field("Created by") == "You (admin@example.com)"
        )
        #expect(reply.item("run-J7cW8p2qRmYx3Dkv")?.field("Created") == "10 minutes ago")
        #expect(requests <= 4)
    }

    @Test("errored runs of the last month carry their workspace and error")
    func erroredRuns() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "Show me runs in \"example-org\" that have errored in the last month"
        )
        let expected: [(String, String, String)] = [
            ("run-P8vT5q2nWxYz1Fmb", "development", "Invalid value for variable 'instance_type'"),
            (
                "run-S9pV6u3rDsEa8Ijf", "prod-db-cluster",
                "Error creating RDS instance: InsufficientDBInstanceCapacity"
            ),
            ("run-T0qW7v4sEtFb9Jkg", "network-infra", "Provider configuration not found for aws"),
            (
                "run-U1rX8w5tFuGc0Klh", "app-servers",
                "Error applying Auto Scaling configuration: ValidationError"
            ),
            (
                "run-V2sY9x6uGvHd1Lmi", "security-baseline",
                "Terraform operation timed out after 1 hour"
            ),
        ]
        #expect(reply.itemIDs == expected.map(\.0))
        for (id, workspace, error) in expected {
            let item = try #require(reply.item(id))
            #expect(item.field("Workspace") == workspace)
            #expect(item.field("Error")?.contains(error) == true, "\(id)")
            #expect(item.field("Status")?.hasPrefix("Errored") == true)
        }
        #expect(reply.item("run-S9pV6u3rDsEa8Ijf")?.field("Status") == "Errored (Apply failed)")
        #expect(reply.item("run-T0qW7v4sEtFb9Jkg")?.field("Status") == "Errored (Planning failed)")
    }

    @Test("destroy runs are found with the destroy operation filter")
    func destroyRuns() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("Find all destroy plan runs in my organization")
        #expect(
            reply.itemIDs == [
                "run-L2tP6k8xZnQv1Bmj", "run-W3tZ0y7vHwIe2Mnj", "run-X4uA1z8wIxJf3Nok",
                "run-Y5vB2a9xJyKg4Opl",
            ]
        )
        #expect(
            reply.item("run-W3tZ0y7vHwIe2Mnj")?.field("Changes")
                == "0 to add, 0 to change, 27 to destroy"
        )
        let list = try #require(reply.calls.first { $0.tool == "list_runs_in_organization" })
        #expect(list.arguments.contains(.init("filter_operation", .string("destroy"))))
    }

    @Test("run details show the plan, its phases and the commit")
    func runDetails() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("Get details for run ID \"run-J7cW8p2qRmYx3Dkv\"")
        #expect(reply.field("Run ID") == "run-J7cW8p2qRmYx3Dkv")
        #expect(reply.field("Status") == "Planned and finished (plan only)")
        #expect(reply.field("Name") == "production")
        #expect(reply.field("Organization") == "example-org")
        #expect(reply.field("Terraform Version") == "1.5.2")
        #expect(reply.field("Resources to add") == "2")
        #expect(reply.field("Resources to change") == "1")
        #expect(reply.field("Resources to destroy") == "0")
        #expect(reply.field("Plan duration") == "90 seconds")
        #expect(reply.field("VCS commit")?.hasPrefix("7a8b9c0d") == true)
        #expect(reply.field("VCS commit")?.contains("feat: add new lambda functions") == true)
        #expect(reply.field("Working directory") == "/terraform")
        let summary = reply.allFields.first { $0.label == "Changes summary" }?.list ?? []
        #expect(summary.contains { $0.contains("Lambda") })
        #expect(summary.contains { $0.contains("IAM role") })
    }

    @Test("the pending run in staging is applied after a confirmation with its counts")
    func applyStaging() async throws {
        let asked = QuestionLog()
        let harness = try ConversationHarness(confirmer: asked)
        let (reply, _) = await harness.say("Apply the pending run for \"staging\" workspace")
        #expect(reply.field("Run ID") == "run-K3jR7m9zXpYw2Ctn")
        #expect(reply.outcome == .done)
        let questions = await asked.questions
        #expect(questions.count == 1)
        #expect(questions.first?.hasPrefix("Apply run-K3jR7m9zXpYw2Ctn in staging (") == true)
        #expect(questions.first?.hasSuffix("? [y/N]") == true)
        let status = reply.field("Status") ?? ""
        #expect(["Confirmed", "Apply queued", "Applying"].contains(status), "\(status)")
    }

    @Test("cancelling an errored run is refused with the reason")
    func cancelErrored() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "Cancel the run \"run-P8vT5q2nWxYz1Fmb\", it's taking too long"
        )
        #expect(reply.outcome == .refused)
        #expect(reply.text.contains("errored"))
        #expect(!reply.calls.contains { $0.tool == "cancel_run" })
    }

    @Test("the plan for dev is discarded")
    func discardDev() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say(
            "Discard the plan for the \"dev\" workspace, those changes aren't needed"
        )
        #expect(reply.field("Run ID") == "run-Z6wC3b0yKzLh5Pqm")
        #expect(reply.field("Status") == "Discarded")
    }

    @Test("the stuck run in production is cancelled, then force-cancelled")
    func forceCancel() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("Force cancel the stuck run in \"production\"")
        #expect(reply.field("Run ID") == "run-A7xD4c1zLaMe6Rqn")
        let tools = reply.calls.map(\.tool)
        let cancel = try #require(tools.firstIndex(of: "cancel_run"))
        let force = try #require(tools.firstIndex(of: "force_cancel_run"))
        #expect(cancel < force)
        #expect(reply.outcome == .done)
        #expect(reply.field("Status")?.lowercased().contains("cancelled") == true)
    }

    @Test("two runs wait in deployment's queue: tfcsh asks which, then force-executes it")
    func forceExecute() async throws {
        let harness = try ConversationHarness()
        let (question, _) = await harness.say("force execute the pending run in deployment")
        #expect(question.outcome == .clarify)
        #expect(question.itemIDs.first == "run-B8yE5d2aLbNf7Sro")
        #expect(question.itemIDs.count == 2)
        #expect(!question.calls.contains { $0.tool == "force_execute_run" })
        let (reply, _) = await harness.say("force execute the first one")
        #expect(reply.field("Run ID") == "run-B8yE5d2aLbNf7Sro")
        #expect(reply.outcome == .done)
        #expect(reply.field("Original position") == "#3 in the queue")
    }
}

/// A confirmer that says yes and remembers each question.
actor QuestionLog: Confirmer {
    private(set) var questions: [String] = []

    nonisolated func confirm(_ question: String) async -> Bool {
        await record(question)
        return true
    }

    private func record(_ question: String) {
        questions.append(question)
    }
}
