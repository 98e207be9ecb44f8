import Foundation
import Sandbox
import Testing

/// One run of the table in sandbox.md.
struct SeedRow: Sendable, CustomStringConvertible {
    var id: String
    var workspace: String
    var message: String
    var status: String
    var creator: String?
    var ageHours: ClosedRange<Double>
    var counts: [Int]?
    var description: String { id }
}

@Suite("The seeded example-org")
struct SeedTests {
    let harness = SandboxHarness()

    static let rows: [SeedRow] = [
        SeedRow(
            id: "run-K4jR7p9qZnYw2Lmp",
            workspace: "production",
            message: "Weekly infrastructure update",
            status: "applied",
            creator: "CI/CD Pipeline",
            ageHours: 19.46...19.47,
            counts: [3, 1, 0]
        ),
        SeedRow(
            id: "run-L5kS8q1rAoZx3Mnq",
            workspace: "production",
            message: "Security patch application",
            status: "applied",
            creator: "jane",
            ageHours: 72...84,
            counts: [0, 5, 0]
        ),
        SeedRow(
            id: "run-M6lT9r2sBpAy4Nod",
            workspace: "production",
            message: "Roll back configuration change",
            status: "discarded",
            creator: "john",
            ageHours: 120...132,
            counts: [0, 3, 0]
        ),
        SeedRow(
            id: "run-N7mU0s3tCqBz5Ope",
            workspace: "production",
            message: "Add new monitoring resources",
            status: "applied",
            creator: "admin",
            ageHours: 168...180,
            counts: [8, 0, 0]
        ),
        SeedRow(
            id: "run-A7xD4c1zLaMe6Rqn",
            workspace: "production",
            message: "Scale production API capacity",
            status: "applying",
            creator: "CI/CD Pipeline",
            ageHours: 2...2,
            counts: nil
        ),
        SeedRow(
            id: "run-J7cW8p2qRmYx3Dkv",
            workspace: "production",
            message: "Plan requested via tfcsh",
            status: "planned_and_finished",
            creator: "admin",
            ageHours: 0.166...0.167,
            counts: [2, 1, 0]
        ),
        SeedRow(
            id: "run-K3jR7m9zXpYw2Ctn",
            workspace: "staging",
            message: "Targeted plan for database resources only",
            status: "planned",
            creator: "admin",
            ageHours: 0.333...0.334,
            counts: [1, 2, 0]
        ),
        SeedRow(
            id: "run-Z6wC3b0yKzLh5Pqm",
            workspace: "dev",
            message: "Update web server instance",
            status: "planned",
            creator: "admin",
            ageHours: 1...1,
            counts: [1, 1, 0]
        ),
        SeedRow(
            id: "run-L2tP6k8xZnQv1Bmj",
            workspace: "dev-test",
            message: "Destroy plan requested via tfcsh",
            status: "planned_and_finished",
            creator: "admin",
            ageHours: 0.466...0.467,
            counts: [0, 0, 4]
        ),
        SeedRow(
            id: "run-B8yE5d2aLbNf7Sro",
            workspace: "deployment",
            message: "Deploy release v2.5.0",
            status: "pending",
            creator: "CI/CD Pipeline",
            ageHours: 0.5...0.5,
            counts: nil
        ),
        SeedRow(
            id: "run-P8vT5q2nWxYz1Fmb",
            workspace: "development",
            message: "Plan with custom variable values",
            status: "errored",
            creator: "admin",
            ageHours: 0.25...0.25,
            counts: nil
        ),
        SeedRow(
            id: "run-S9pV6u3rDsEa8Ijf",
            workspace: "prod-db-cluster",
            message: "Deploy new database resources",
            status: "errored",
            creator: nil,
            ageHours: 15.63...15.64,
            counts: nil
        ),
        SeedRow(
            id: "run-T0qW7v4sEtFb9Jkg",
            workspace: "network-infra",
            message: "Update network configuration",
            status: "errored",
            creator: nil,
            ageHours: 72...84,
            counts: nil
        ),
        SeedRow(
            id: "run-U1rX8w5tFuGc0Klh",
            workspace: "app-servers",
            message: "Scale up application servers",
            status: "errored",
            creator: nil,
            ageHours: 120...132,
            counts: nil
        ),
        SeedRow(
            id: "run-V2sY9x6uGvHd1Lmi",
            workspace: "security-baseline",
            message: "Security patch deployment",
            status: "errored",
            creator: nil,
            ageHours: 336...348,
            counts: nil
        ),
        SeedRow(
            id: "run-W3tZ0y7vHwIe2Mnj",
            workspace: "feature-test",
            message: "Decommission test environment",
            status: "applied",
            creator: "jane",
            ageHours: 72...84,
            counts: [0, 0, 27]
        ),
        SeedRow(
            id: "run-X4uA1z8wIxJf3Nok",
            workspace: "sandbox",
            message: "Clean up temporary resources",
            status: "applied",
            creator: "john",
            ageHours: 168...180,
            counts: [0, 0, 5]
        ),
        SeedRow(
            id: "run-Y5vB2a9xJyKg4Opl",
            workspace: "legacy-systems",
            message: "Remove deprecated services",
            status: "discarded",
            creator: "CI/CD Pipeline",
            ageHours: 336...350,
            counts: nil
        ),
    ]

    @Test(
        "each run of the table has its ID, message, status, workspace, creator, age and counts",
        arguments: rows
    )
    func tableRun(row: SeedRow) throws {
        let answer = harness.get("/api/v2/runs/\(row.id)", "include=plan,created_by,workspace")
        #expect(answer.status == 200)
        let attrs = attributes(answer.json)
        #expect(attrs["message"] as? String == row.message)
        #expect(attrs["status"] as? String == row.status)
        #expect(relatedID(answer.json, "workspace") == harness.workspaceID(row.workspace))
        let included = answer.json["included"] as? [[String: Any]] ?? []
        let user =
            included.first { $0["type"] as? String == "users" }?["attributes"] as? [String: Any]
        if let creator = row.creator { #expect(user?["username"] as? String == creator) }
        let date = try #require(parseDate(attrs["created-at"] as? String))
        let hours = Sandbox.referenceDate.timeIntervalSince(date) / 3600
        #expect(row.ageHours.lowerBound - 0.01 <= hours && hours <= row.ageHours.upperBound + 0.01)
        if let counts = row.counts {
            let plan =
                included.first { $0["type"] as? String == "plans" }?["attributes"] as? [String: Any]
            let seen = ["resource-additions", "resource-changes", "resource-destructions"].map {
                plan?[$0] as? Int ?? -1
            }
            #expect(seen == counts)
        }
    }

    @Test("the organization has the 13 workspaces of ExampleOrganization on Terraform 1.5.2")
    func workspaces() {
        let answer = harness.get("/api/v2/organizations/example-org/workspaces", "page[size]=100")
        let names = items(answer.json).compactMap {
            ($0["attributes"] as? [String: Any])?["name"] as? String
        }
        #expect(names == ExampleOrganization.workspaceNames)
        for item in items(answer.json) {
            let attrs = item["attributes"] as? [String: Any] ?? [:]
            #expect(attrs["terraform-version"] as? String == "1.5.2")
            #expect(attrs["working-directory"] as? String == "/terraform")
            #expect((attrs["resource-count"] as? Int ?? 0) >= 3)
        }
    }

    @Test("the account is admin@example.com and the CI user is a service account")
    func users() throws {
        let account = attributes(harness.get("/api/v2/account/details").json)
        #expect(account["email"] as? String == "admin@example.com")
        let run = harness.get("/api/v2/runs/run-B8yE5d2aLbNf7Sro")
        let creator = try #require(relatedID(run.json, "created-by"))
        let user = attributes(harness.get("/api/v2/users/\(creator)").json)
        #expect(user["username"] as? String == "CI/CD Pipeline")
        #expect(user["is-service-account"] as? Bool == true)
    }

    @Test("run-J7cW8p2qRmYx3Dkv carries commit 7a8b9c0d and a 90 second plan")
    func lambdaPlan() throws {
        let answer = harness.get(
            "/api/v2/runs/run-J7cW8p2qRmYx3Dkv",
            "include=configuration_version.ingress_attributes,plan"
        )
        let included = answer.json["included"] as? [[String: Any]] ?? []
        let ingress = included.first { $0["type"] as? String == "ingress-attributes" }
        let commit = ingress?["attributes"] as? [String: Any] ?? [:]
        #expect((commit["commit-sha"] as? String)?.hasPrefix("7a8b9c0d") == true)
        #expect(commit["commit-message"] as? String == "feat: add new lambda functions")
        let plan =
            included.first { $0["type"] as? String == "plans" }?["attributes"] as? [String: Any]
        let stamps = try #require(plan?["status-timestamps"] as? [String: String])
        let start = try #require(parseDate(stamps["started-at"]))
        let end = try #require(parseDate(stamps["finished-at"]))
        #expect(end.timeIntervalSince(start) == 90)
        #expect(harness.run("run-J7cW8p2qRmYx3Dkv")["plan-only"] as? Bool == true)
        let log = readLog(harness, run: "run-J7cW8p2qRmYx3Dkv", phase: "plan").text
        #expect(log.contains("  # aws_lambda_function.processor will be created"))
        #expect(log.contains("Plan: 2 to add, 1 to change, 0 to destroy."))
        #expect(log.first == "\u{02}" && log.last == "\u{03}")
    }

    @Test("staging's state holds the database resources")
    func stagingResources() {
        let answer = harness.get("/api/v2/workspaces/\(harness.workspaceID("staging"))/resources")
        let addresses = items(answer.json).compactMap {
            ($0["attributes"] as? [String: Any])?["address"] as? String
        }
        #expect(addresses.contains { $0.hasPrefix("module.database.") })
        #expect(addresses.contains("aws_rds_cluster.main"))
        #expect(addresses.contains { $0.hasPrefix("aws_rds_instance.replicas") })
        #expect(items(answer.json).first?["type"] as? String == "workspace-resources")
    }

    @Test("the deployment queue: B8y third, behind a discardable lock holder")
    func deploymentQueue() throws {
        let run = harness.run("run-B8yE5d2aLbNf7Sro")
        #expect(run["position-in-queue"] as? Int == 2)
        let workspace = harness.get("/api/v2/workspaces/\(harness.workspaceID("deployment"))")
        let holder = try #require(relatedID(workspace.json, "locked-by"))
        let actions = harness.run(holder)["actions"] as? [String: Bool]
        #expect(actions?["is-discardable"] == true)
    }

    @Test(
        "errored runs carry their error as the log's last Error: line",
        arguments: [
            ("run-P8vT5q2nWxYz1Fmb", "plan", "Invalid value for variable 'instance_type'"),
            (
                "run-S9pV6u3rDsEa8Ijf", "apply",
                "Error creating RDS instance: InsufficientDBInstanceCapacity"
            ),
            ("run-T0qW7v4sEtFb9Jkg", "plan", "Provider configuration not found for aws"),
            (
                "run-U1rX8w5tFuGc0Klh", "apply",
                "Error applying Auto Scaling configuration: ValidationError"
            ),
            ("run-V2sY9x6uGvHd1Lmi", "plan", "Terraform operation timed out after 1 hour"),
        ]
    )
    func errorInLog(run: String, phase: String, message: String) {
        let log = readLog(harness, run: run, phase: phase)
        #expect(log.status == 200)
        let last = log.text.split(separator: "\n").last { $0.hasPrefix("Error: ") }
        #expect(last.map(String.init) == "Error: \(message)")
    }

    @Test("anchored times of day hold when before now and keep their order otherwise")
    func anchoredTimes() throws {
        let early = Sandbox.referenceDate.addingTimeInterval(-3 * 3600)  // 07:00, before 09:32
        let sandbox = Sandbox(configuration: .init(clock: SandboxClock(start: early)))
        func created(_ id: String) -> Date? {
            let response = sandbox.handle(
                SandboxRequest(
                    method: "GET",
                    path: "/api/v2/runs/\(id)",
                    headers: ["Authorization": "Bearer t"]
                )
            )
            let json = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
            return parseDate(attributes(json ?? [:])["created-at"] as? String)
        }
        let destroyPlan = try #require(created("run-L2tP6k8xZnQv1Bmj"))
        let variablesPlan = try #require(created("run-P8vT5q2nWxYz1Fmb"))
        #expect(destroyPlan < variablesPlan && variablesPlan < early)
        #expect(early.timeIntervalSince(destroyPlan) < 15 * 60)
        let reference = SandboxHarness()
        let exact = try #require(
            parseDate(reference.run("run-L2tP6k8xZnQv1Bmj")["created-at"] as? String)
        )
        #expect(Sandbox.referenceDate.timeIntervalSince(exact) == 28 * 60)
    }
}
