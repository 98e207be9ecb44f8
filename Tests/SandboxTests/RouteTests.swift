import Foundation
import Sandbox
import Testing

@Suite("Every route answers like the API")
struct RouteTests {
    let harness = SandboxHarness()

    @Test(
        "GET routes answer 200 with the resource type the API uses",
        arguments: [
            ("/api/v2/organizations/example-org", "organizations"),
            ("/api/v2/account/details", "users"),
            ("/api/v2/runs/run-K4jR7p9qZnYw2Lmp", "runs"),
            ("/api/v2/runs/run-K4jR7p9qZnYw2Lmp/plan", "plans"),
            ("/api/v2/runs/run-K4jR7p9qZnYw2Lmp/apply", "applies"),
            ("/api/v2/runs/run-K4jR7p9qZnYw2Lmp/configuration-version", "configuration-versions"),
            ("/api/v2/organizations/example-org/workspaces/production", "workspaces"),
        ]
    )
    func singleResources(path: String, type: String) {
        let answer = harness.get(path)
        #expect(answer.status == 200)
        let data = answer.json["data"] as? [String: Any]
        #expect(data?["type"] as? String == type)
        #expect((data?["links"] as? [String: Any])?["self"] is String)
    }

    @Test("plans, applies, configuration versions and workspaces are reachable by ID too")
    func byID() throws {
        let run = harness.get("/api/v2/runs/run-K4jR7p9qZnYw2Lmp")
        let plan = try #require(relatedID(run.json, "plan"))
        let apply = try #require(relatedID(run.json, "apply"))
        let version = try #require(relatedID(run.json, "configuration-version"))
        let workspace = try #require(relatedID(run.json, "workspace"))
        #expect(plan.hasPrefix("plan-") && plan.count == 21)
        #expect(
            attributes(harness.get("/api/v2/plans/\(plan)").json)["status"] as? String == "finished"
        )
        #expect(
            attributes(harness.get("/api/v2/applies/\(apply)").json)["resource-additions"] as? Int
                == 3
        )
        let cv = harness.get(
            "/api/v2/configuration-versions/\(version)",
            "include=ingress_attributes"
        )
        #expect(
            (cv.json["included"] as? [[String: Any]])?.first?["type"] as? String
                == "ingress-attributes"
        )
        #expect(
            attributes(harness.get("/api/v2/workspaces/\(workspace)").json)["name"] as? String
                == "production"
        )
        let relations = (run.json["data"] as? [String: Any])?["relationships"] as? [String: Any]
        let planLink = ((relations?["plan"] as? [String: Any])?["links"] as? [String: Any])?[
            "related"
        ]
        #expect(planLink as? String == "/api/v2/runs/run-K4jR7p9qZnYw2Lmp/plan")
    }

    @Test("ping, discovery and the archivist answer without a token; the API needs one")
    func unauthenticated() throws {
        func bare(_ path: String) -> SandboxResponse {
            harness.sandbox.handle(SandboxRequest(method: "GET", path: path))
        }
        #expect(bare("/api/v2/ping").status == 204)
        let discovery = bare("/.well-known/terraform.json")
        let json = try #require(
            try JSONSerialization.jsonObject(with: discovery.body) as? [String: String]
        )
        #expect(json["tfe.v2"] == "/api/v2/" && json["modules.v1"] == "/api/registry/v1/modules/")
        let refused = harness.decode(bare("/api/v2/runs/run-K4jR7p9qZnYw2Lmp"))
        #expect(refused.status == 401)
        #expect(errorDetail(refused.json).contains("Bearer"))
        #expect(readLog(harness, run: "run-K4jR7p9qZnYw2Lmp", phase: "apply").status == 200)
    }

    @Test("run includes accept underscores and hyphens; an unknown include answers 400")
    func includes() {
        let hyphen = harness.get(
            "/api/v2/runs/run-K4jR7p9qZnYw2Lmp",
            "include=plan%2Ccreated-by%2Cconfiguration-version"
        )
        let types = (hyphen.json["included"] as? [[String: Any]] ?? []).compactMap {
            $0["type"] as? String
        }
        #expect(types == ["plans", "users", "configuration-versions"])
        let bad = harness.get("/api/v2/runs/run-K4jR7p9qZnYw2Lmp", "include=bogus")
        #expect(bad.status == 400)
        #expect(errorDetail(bad.json).contains("include parameter"))
    }

    @Test("unknown things answer 404 as a JSON:API error")
    func notFound() {
        for path in [
            "/api/v2/runs/run-Nope000000000000", "/api/v2/plans/plan-x", "/api/v2/nothing/here",
            "/other",
        ] {
            let answer = harness.get(path)
            #expect(answer.status == 404, "\(path)")
            #expect(
                (answer.json["errors"] as? [[String: Any]])?.first?["status"] as? String == "404"
            )
        }
    }

    @Test(
        "a malformed create body answers 422 with a source pointer",
        arguments: [
            ("not json", "/data"),
            (#"{"data":{"type":"runs","attributes":{}}}"#, "/data/relationships/workspace"),
            (#"{"data":{"type":"workspaces","relationships":{}}}"#, "/data/type"),
        ]
    )
    func malformedCreate(body: String, pointer: String) {
        let answer = harness.post("/api/v2/runs", body)
        #expect(answer.status == 422)
        let source = (answer.json["errors"] as? [[String: Any]])?.first?["source"] as? [String: Any]
        #expect(source?["pointer"] as? String == pointer)
    }

    @Test("a wrongly typed attribute points at itself")
    func wrongType() {
        let created = harness.createRun("dev", attributes: #"{"is-destroy":"yes"}"#)
        #expect(created.status == 422)
    }

    @Test("pytfe's create body with model objects leaked into attributes is accepted")
    func pytfeCreate() {
        let workspace = harness.workspaceID("dev")
        let body = """
            {"data":{"attributes":{"type":"runs","is-destroy":false,"message":"Custom message",
            "workspace":{"id":"\(workspace)","trigger-prefixes":[],"tags":[],"variables":[]},
            "target-addrs":["aws_instance.web"],"auto-apply":false},"type":"runs",
            "relationships":{"workspace":{"data":{"type":"workspaces","id":"\(workspace)"}}}}}
            """
        let answer = harness.post("/api/v2/runs", body)
        #expect(answer.status == 201)
        let attrs = attributes(answer.json)
        #expect(attrs["status"] as? String == "pending")
        #expect(attrs["message"] as? String == "Custom message")
        #expect(attrs["target-addrs"] as? [String] == ["aws_instance.web"])
        #expect(
            attrs["source"] as? String == "tfe-api"
                && attrs["trigger-reason"] as? String == "manual"
        )
        let id = (answer.json["data"] as? [String: Any])?["id"] as? String ?? ""
        #expect(id.hasPrefix("run-") && id.count == 20)
    }

    @Test("comments are listed and created on a run, and readable by ID")
    func comments() throws {
        let created = harness.post(
            "/api/v2/runs/run-K4jR7p9qZnYw2Lmp/comments",
            #"{"data":{"type":"comments","attributes":{"body":"A comment about the run"}}}"#
        )
        #expect(created.status == 201)
        let id = try #require((created.json["data"] as? [String: Any])?["id"] as? String)
        #expect(id.hasPrefix("wsc-"))
        #expect(
            attributes(harness.get("/api/v2/comments/\(id)").json)["body"] as? String
                == "A comment about the run"
        )
        #expect(ids(harness.get("/api/v2/runs/run-K4jR7p9qZnYw2Lmp/comments").json) == [id])
        #expect(harness.post("/api/v2/runs/run-K4jR7p9qZnYw2Lmp/comments", "{}").status == 422)
    }

    @Test("development's variables list instance_type, environment and enable_monitoring")
    func vars() {
        let answer = harness.get("/api/v2/workspaces/\(harness.workspaceID("development"))/vars")
        let keys = items(answer.json).compactMap {
            ($0["attributes"] as? [String: Any])?["key"] as? String
        }
        #expect(Set(keys) == ["environment", "instance_type", "enable_monitoring"])
    }
}

@Suite("Run events")
struct RunEventTests {
    let harness = SandboxHarness()

    @Test("a run's events follow its statuses and comments, and each is readable by ID")
    func events() throws {
        _ = harness.action("run-Z6wC3b0yKzLh5Pqm", "discard", comment: "Changes no longer needed")
        let list = harness.get("/api/v2/runs/run-Z6wC3b0yKzLh5Pqm/run-events")
        let actions = items(list.json).compactMap {
            ($0["attributes"] as? [String: Any])?["action"] as? String
        }
        #expect(actions.first == "queued")
        #expect(actions.contains("planned") && actions.contains("discarded"))
        #expect(actions.last == "commented" || actions.suffix(2).contains("commented"))
        for id in ids(list.json) {
            #expect(harness.get("/api/v2/run-events/\(id)").status == 200, "\(id)")
        }
        let comment = harness.get("/api/v2/runs/run-Z6wC3b0yKzLh5Pqm/comments")
        let eventID = try #require(
            ((items(comment.json).first?["relationships"] as? [String: Any])?["run-event"]
                as? [String: Any]).flatMap { ($0["data"] as? [String: Any])?["id"] as? String }
        )
        let event = harness.get("/api/v2/run-events/\(eventID)")
        #expect(attributes(event.json)["action"] as? String == "commented")
    }
}
