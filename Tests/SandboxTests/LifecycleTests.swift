import Foundation
import Sandbox
import Testing

@Suite("The run lifecycle on the sandbox's clock")
struct LifecycleTests {
    let harness = SandboxHarness()

    /// Plan-phase counts of a run: additions, changes, destructions.
    func planCounts(_ run: String) -> [Int] {
        let plan = attributes(harness.get("/api/v2/runs/\(run)/plan").json)
        return ["resource-additions", "resource-changes", "resource-destructions"].map {
            plan[$0] as? Int ?? -1
        }
    }

    @Test("a plan-only run plans for about 90 seconds, then finishes without the lock")
    func speculativePlan() throws {
        let created = harness.createRun(
            "sandbox",
            attributes: #"{"plan-only":true,"message":"try"}"#
        )
        #expect(created.status == 201)
        #expect(harness.status(created.id) == "pending")
        harness.sandbox.advance(by: 10)
        #expect(harness.status(created.id) == "planning")
        harness.sandbox.advance(by: 80)
        #expect(harness.status(created.id) == "planning")
        harness.sandbox.advance(by: 10)
        let run = harness.run(created.id)
        #expect(run["status"] as? String == "planned_and_finished")
        #expect(run["has-changes"] as? Bool == true)
        let stamps = try #require(run["status-timestamps"] as? [String: String])
        #expect(
            Set(stamps.keys).isSuperset(of: [
                "plan-queueable-at", "plan-queued-at", "planning-at",
                "planned-and-finished-at",
            ])
        )
        let workspace = harness.get("/api/v2/workspaces/\(harness.workspaceID("sandbox"))")
        #expect(attributes(workspace.json)["locked"] as? Bool == false)
        #expect(planCounts(created.id) == [1, 1, 0])
    }

    @Test("auto-apply runs through confirmed, apply_queued and applying to applied, changing state")
    func autoApply() throws {
        let created = harness.createRun("sandbox", attributes: #"{"auto-apply":true}"#)
        let workspace = harness.workspaceID("sandbox")
        harness.sandbox.advance(by: 3)
        #expect(
            attributes(harness.get("/api/v2/workspaces/\(workspace)").json)["locked"] as? Bool
                == true
        )
        harness.sandbox.advance(by: 97)
        #expect(["confirmed", "apply_queued", "applying"].contains(harness.status(created.id)))
        harness.sandbox.advance(by: 200)
        let run = harness.run(created.id)
        #expect(run["status"] as? String == "applied")
        let stamps = try #require(run["status-timestamps"] as? [String: String])
        for key in ["planned-at", "confirmed-at", "apply-queued-at", "applying-at", "applied-at"] {
            #expect(stamps[key] != nil, "\(key)")
        }
        let apply = attributes(harness.get("/api/v2/runs/\(created.id)/apply").json)
        #expect(apply["status"] as? String == "finished")
        #expect(apply["resource-additions"] as? Int == 1)
        let resources = harness.get("/api/v2/workspaces/\(workspace)/resources", "page[size]=100")
        #expect(pagination(resources.json)["total-count"] as? Int == 5)
        #expect(
            attributes(harness.get("/api/v2/workspaces/\(workspace)").json)["locked"] as? Bool
                == false
        )
        let log = readLog(harness, run: created.id, phase: "apply").text
        #expect(log.contains("Apply complete! Resources: 1 added, 1 changed, 0 destroyed."))
        let next = harness.createRun("sandbox", attributes: #"{"plan-only":true}"#)
        harness.sandbox.advance(by: 120)
        #expect(harness.status(next.id) == "planned_and_finished")
        #expect(planCounts(next.id) == [0, 0, 0])
        #expect(harness.run(next.id)["has-changes"] as? Bool == false)
    }

    @Test("a run without auto-apply waits for confirmation, and apply carries it to applied")
    func confirmation() {
        let created = harness.createRun("sandbox")
        harness.sandbox.advance(by: 100)
        let run = harness.run(created.id)
        #expect(run["status"] as? String == "planned")
        #expect((run["actions"] as? [String: Bool])?["is-confirmable"] == true)
        #expect(harness.action(created.id, "apply", comment: "ship it").status == 202)
        #expect(harness.status(created.id) == "confirmed")
        harness.sandbox.advance(by: 200)
        #expect(harness.status(created.id) == "applied")
        let comments = harness.get("/api/v2/runs/\(created.id)/comments")
        let bodies = items(comments.json).compactMap {
            ($0["attributes"] as? [String: Any])?["body"] as? String
        }
        #expect(bodies == ["ship it"])
    }

    @Test("production runs go through cost estimation and policy checks before confirmation")
    func checks() throws {
        let stuck = "run-A7xD4c1zLaMe6Rqn"
        #expect(harness.action(stuck, "cancel").status == 202)
        harness.sandbox.advance(by: 11)
        #expect(harness.action(stuck, "force-cancel").status == 202)
        let created = harness.createRun("production")
        harness.sandbox.advance(by: 200)
        let run = harness.run(created.id)
        #expect(run["status"] as? String == "policy_checked")
        #expect((run["actions"] as? [String: Bool])?["is-confirmable"] == true)
        let stamps = try #require(run["status-timestamps"] as? [String: String])
        #expect(stamps["cost-estimated-at"] != nil && stamps["policy-checked-at"] != nil)
        let withCost = harness.get("/api/v2/runs/\(created.id)", "include=cost_estimate")
        let included = withCost.json["included"] as? [[String: Any]] ?? []
        #expect(included.first?["type"] as? String == "cost-estimates")
    }

    @Test(
        "run variables are checked against development's declarations",
        arguments: [
            (#"[{"key":"instance_type","value":"\"t3.large\""}]"#, "planned", nil),
            (#"[{"key":"instance_type","value":"t3.large"}]"#, "planned", nil),
            (#"[{"key":"instance_type","value":"\"m5.huge\""}]"#, "errored", "instance_type"),
            (#"[{"key":"enable_monitoring","value":"maybe"}]"#, "errored", "enable_monitoring"),
            (#"[{"key":"colour","value":"\"blue\""}]"#, "errored", "colour"),
        ] as [(String, String, String?)]
    )
    func variables(json: String, status: String, named: String?) {
        let created = harness.createRun("development", attributes: #"{"variables":\#(json)}"#)
        #expect(created.status == 201)
        harness.sandbox.advance(by: 100)
        #expect(harness.status(created.id) == status)
        if let named {
            let log = readLog(harness, run: created.id, phase: "plan").text
            let error = log.split(separator: "\n").last { $0.hasPrefix("Error: ") } ?? ""
            #expect(error.contains("'\(named)'"))
        }
    }

    @Test("a destroy plan destroys the whole state, or only the targets")
    func destroy() {
        let whole = harness.createRun(
            "dev-test",
            attributes: #"{"is-destroy":true,"plan-only":true}"#
        )
        let targeted = harness.createRun(
            "dev-test",
            attributes:
                #"{"is-destroy":true,"plan-only":true,"target-addrs":["aws_iam_role.test_runner"]}"#
        )
        harness.sandbox.advance(by: 100)
        #expect(planCounts(whole.id) == [0, 0, 4])
        #expect(planCounts(targeted.id) == [0, 0, 1])
        let log = readLog(harness, run: whole.id, phase: "plan").text
        #expect(log.contains("  # aws_s3_bucket.test_results will be destroyed"))
    }

    @Test("a targeted run changes only the targeted addresses")
    func targeted() {
        let targets = #"["module.database","aws_rds_cluster.main","aws_rds_instance.replicas"]"#
        let created = harness.createRun(
            "staging",
            attributes: #"{"plan-only":true,"target-addrs":\#(targets)}"#
        )
        let all = harness.createRun("staging", attributes: #"{"plan-only":true}"#)
        harness.sandbox.advance(by: 100)
        #expect(planCounts(created.id) == [1, 2, 0])
        #expect(planCounts(all.id) == [1, 3, 0])
        #expect(harness.run(created.id)["target-addrs"] as? [String] != nil)
    }

    @Test("applying the targeted staging run applies and unlocks the workspace")
    func stagingApply() {
        let run = "run-K3jR7m9zXpYw2Ctn"
        #expect(harness.action(run, "apply", comment: "Applied after review").status == 202)
        harness.sandbox.advance(by: 300)
        #expect(harness.status(run) == "applied")
        let workspace = harness.get("/api/v2/workspaces/\(harness.workspaceID("staging"))")
        #expect(relatedID(workspace.json, "locked-by") == nil)
    }

    @Test("a log read while planning has no ETX yet; the finished log ends with one")
    func logFraming() {
        let created = harness.createRun("dev", attributes: #"{"plan-only":true}"#)
        harness.sandbox.advance(by: 30)
        let partial = readLog(harness, run: created.id, phase: "plan").text
        #expect(partial.hasPrefix("\u{02}Terraform v1.5.2"))
        #expect(!partial.hasSuffix("\u{03}"))
        harness.sandbox.advance(by: 90)
        #expect(readLog(harness, run: created.id, phase: "plan").text.hasSuffix("\u{03}"))
    }
}
