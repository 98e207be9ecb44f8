import Foundation
import Sandbox
import Testing

@Suite("Run actions: accepted with 202, refused with the docs' wording")
struct ActionTests {
    let harness = SandboxHarness()

    static let refusals: [(run: String, action: String, status: Int, detail: String)] = [
        (
            "run-K4jR7p9qZnYw2Lmp", "apply", 409,
            "Run was not paused for confirmation; apply not allowed."
        ),
        (
            "run-K4jR7p9qZnYw2Lmp", "discard", 409,
            "Run was not paused for confirmation or priority; discard not allowed."
        ),
        (
            "run-P8vT5q2nWxYz1Fmb", "cancel", 409,
            "Run was not planning or applying; cancel not allowed."
        ),
        (
            "run-A7xD4c1zLaMe6Rqn", "force-cancel", 409,
            "Run was not planning or applying, has not been canceled non-forcefully, "
                + "or the cool-off period has not yet passed."
        ),
        ("run-K4jR7p9qZnYw2Lmp", "force-execute", 403, ""),
        (
            "run-J7cW8p2qRmYx3Dkv", "apply", 409,
            "Run was not paused for confirmation; apply not allowed."
        ),
    ]

    @Test("refused actions answer with a JSON:API error", arguments: refusals)
    func refused(run: String, action: String, status: Int, detail: String) {
        let before = harness.status(run)
        let answer = harness.action(run, action)
        #expect(answer.status == status)
        if !detail.isEmpty { #expect(errorDetail(answer.json) == detail) }
        #expect(harness.status(run) == before)
    }

    static let accepted: [(run: String, action: String, after: String)] = [
        ("run-K3jR7m9zXpYw2Ctn", "apply", "confirmed"),
        ("run-Z6wC3b0yKzLh5Pqm", "discard", "discarded"),
        ("run-B8yE5d2aLbNf7Sro", "discard", "discarded"),
        ("run-B8yE5d2aLbNf7Sro", "cancel", "canceled"),
        ("run-B8yE5d2aLbNf7Sro", "force-execute", "plan_queued"),
    ]

    @Test("allowed actions answer 202 with an empty body", arguments: accepted)
    func allowed(run: String, action: String, after: String) {
        let response = harness.send("POST", "/api/v2/runs/\(run)/actions/\(action)", body: "null")
        #expect(response.status == 202)
        #expect(response.body.isEmpty)
        #expect(harness.status(run) == after)
    }

    @Test("discarding the dev plan unlocks the workspace and records the comment")
    func discardUnlocks() {
        let answer = harness.action(
            "run-Z6wC3b0yKzLh5Pqm",
            "discard",
            comment: "Changes no longer needed"
        )
        #expect(answer.status == 202)
        let workspace = harness.get("/api/v2/workspaces/\(harness.workspaceID("dev"))")
        #expect(attributes(workspace.json)["locked"] as? Bool == false)
        let comments = harness.get("/api/v2/runs/run-Z6wC3b0yKzLh5Pqm/comments")
        #expect(items(comments.json).count == 1)
        #expect(items(comments.json).first?["type"] as? String == "comments")
    }

    @Test("the stuck apply ignores a cancel; force-cancel ends it after the 10 second cool-off")
    func stuckRun() throws {
        let run = "run-A7xD4c1zLaMe6Rqn"
        #expect(harness.action(run, "cancel", comment: "Initial cancel attempt").status == 202)
        var attrs = harness.run(run)
        #expect(attrs["status"] as? String == "applying")
        let available = try #require(parseDate(attrs["force-cancel-available-at"] as? String))
        #expect(available.timeIntervalSince(Sandbox.referenceDate) == 10)
        #expect((attrs["actions"] as? [String: Bool])?["is-force-cancelable"] == false)
        #expect(harness.action(run, "force-cancel").status == 409)
        harness.sandbox.advance(by: 600)
        #expect(harness.status(run) == "applying")
        #expect((harness.run(run)["actions"] as? [String: Bool])?["is-force-cancelable"] == true)
        #expect(
            harness.action(run, "force-cancel", comment: "Force cancelling stuck run").status == 202
        )
        attrs = harness.run(run)
        #expect(attrs["status"] as? String == "force_canceled")
        #expect(attrs["canceled-at"] is String)
        #expect((attrs["status-timestamps"] as? [String: String])?["force-canceled-at"] != nil)
        let workspace = harness.get("/api/v2/workspaces/\(harness.workspaceID("production"))")
        #expect(attributes(workspace.json)["locked"] as? Bool == false)
    }

    @Test("a new production run waits behind the stuck run and starts once it is force-cancelled")
    func queueBehindStuckRun() {
        let created = harness.createRun("production")
        harness.sandbox.advance(by: 30)
        #expect(harness.status(created.id) == "pending")
        #expect(harness.run(created.id)["position-in-queue"] as? Int == 1)
        _ = harness.action("run-A7xD4c1zLaMe6Rqn", "cancel")
        harness.sandbox.advance(by: 10)
        _ = harness.action("run-A7xD4c1zLaMe6Rqn", "force-cancel")
        harness.sandbox.advance(by: 10)
        #expect(harness.status(created.id) == "planning")
    }

    @Test("force-execute discards the runs ahead of B8y and starts it at once")
    func forceExecute() throws {
        let workspace = harness.workspaceID("deployment")
        let before = harness.get("/api/v2/workspaces/\(workspace)/runs")
        let ahead = ids(before.json).filter { $0 != "run-B8yE5d2aLbNf7Sro" }.prefix(2)
        // The seed puts B8y third in the queue, behind two runs.
        #expect(ahead.count == 2)
        #expect(harness.action("run-B8yE5d2aLbNf7Sro", "force-execute").status == 202)
        #expect(harness.status("run-B8yE5d2aLbNf7Sro") == "plan_queued")
        for run in ahead { #expect(harness.status(run) == "discarded") }
        let locked = harness.get("/api/v2/workspaces/\(workspace)")
        #expect(relatedID(locked.json, "locked-by") == "run-B8yE5d2aLbNf7Sro")
        harness.sandbox.advance(by: 100)
        #expect(harness.status("run-B8yE5d2aLbNf7Sro") == "planned")
    }

    @Test("force-execute refuses with 409 when the lock holder cannot be discarded")
    func forceExecuteConflict() {
        let created = harness.createRun("production")
        let answer = harness.action(created.id, "force-execute")
        #expect(answer.status == 409)
        #expect(
            errorDetail(answer.json)
                == "The run locking the workspace was not in a discardable state."
        )
    }

    @Test("cancelling a planning run ends it and passes the lock to the next run")
    func cancelPlanning() {
        let first = harness.createRun("sandbox")
        let second = harness.createRun("sandbox")
        harness.sandbox.advance(by: 20)
        #expect(harness.status(first.id) == "planning")
        #expect((harness.run(first.id)["actions"] as? [String: Bool])?["is-cancelable"] == true)
        #expect(harness.action(first.id, "cancel").status == 202)
        #expect(harness.status(first.id) == "canceled")
        #expect(harness.run(first.id)["canceled-at"] is String)
        harness.sandbox.advance(by: 10)
        #expect(harness.status(second.id) == "planning")
    }

    @Test("actions on unknown runs answer 404")
    func unknownRun() {
        #expect(harness.action("run-DoesNotExist0000", "apply").status == 404)
        #expect(harness.action("run-K3jR7m9zXpYw2Ctn", "explode").status == 404)
    }
}
