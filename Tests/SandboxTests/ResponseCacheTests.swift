import Foundation
import Testing

@testable import Sandbox

@Suite("Cached answers never outlive a change")
struct ResponseCacheTests {
    private let details = "include=plan,apply,workspace,created_by,configuration_version"

    @Test("a run's details change as soon as an action changes the run")
    func detailsAfterAction() {
        let harness = SandboxHarness()
        let path = "/api/v2/runs/run-K3jR7m9zXpYw2Ctn"
        let before = harness.send("GET", path, query: details)
        #expect(harness.send("GET", path, query: details).body == before.body)
        let attributesBefore = attributes(harness.decode(before).json)
        #expect(attributesBefore["status"] as? String == "planned")
        #expect(harness.action("run-K3jR7m9zXpYw2Ctn", "apply").status == 202)
        let after = attributes(harness.get(path, details).json)
        #expect(after["status"] as? String != "planned")
        #expect((after["actions"] as? [String: Any])?["is-confirmable"] as? Bool == false)
    }

    @Test("other includes give another answer, not the cached one")
    func otherIncludes() {
        let harness = SandboxHarness()
        let path = "/api/v2/runs/run-K3jR7m9zXpYw2Ctn"
        let full = harness.get(path, details).json
        let bare = harness.get(path).json
        #expect((full["included"] as? [Any])?.count ?? 0 >= 4)
        #expect(bare["included"] == nil)
        #expect(
            harness.get(path, "include=plan").json["included"].map { ($0 as? [Any])?.count } == 1
        )
    }

    @Test("a filtered list counts and shows a run created after its last page was read")
    func filteredListAfterCreate() {
        let harness = SandboxHarness()
        let path = "/api/v2/workspaces/\(harness.workspaceID("staging"))/runs"
        let query = "filter%5Boperation%5D=plan_and_apply,destroy&page%5Bsize%5D=1"
        let first = harness.get(path, query).json
        let total = pagination(first)["total-count"] as? Int ?? -1
        #expect(total > 0)
        _ = harness.get(path, query + "&page%5Bnumber%5D=2")
        let created = harness.createRun("staging", attributes: #"{"message":"cache check"}"#)
        #expect(created.status == 201)
        let again = harness.get(path, query).json
        #expect(pagination(again)["total-count"] as? Int == total + 1)
        #expect(ids(again) == [created.id])
    }

    @Test("a cancelled run's details turn force-cancelable with the clock alone")
    func timeDependentDetails() {
        let harness = SandboxHarness()
        let stuck = "run-A7xD4c1zLaMe6Rqn"
        let path = "/api/v2/runs/\(stuck)"
        #expect(harness.action(stuck, "cancel").status == 202)
        let early = attributes(harness.get(path, details).json)
        #expect(early["status"] as? String == "applying")
        #expect((early["actions"] as? [String: Any])?["is-force-cancelable"] as? Bool == false)
        harness.sandbox.advance(by: PhaseTiming.forceCancelCoolOff + 1)
        let late = attributes(harness.get(path, details).json)
        #expect((late["actions"] as? [String: Any])?["is-force-cancelable"] as? Bool == true)
    }
}
