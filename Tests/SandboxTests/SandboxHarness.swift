import Foundation
import Sandbox

/// A thin way for tests to talk to a sandbox with raw requests and read JSON answers.
struct SandboxHarness {
    let sandbox: Sandbox

    /// A fresh sandbox on the frozen reference clock.
    init(seed: UInt64 = 2026) {
        sandbox = Sandbox(configuration: .init(seed: seed))
    }

    /// The raw answer to a request carrying a token, as a client would send it.
    func send(_ method: String, _ path: String, query: String = "", body: String? = nil)
        -> SandboxResponse
    {
        let request = SandboxRequest(
            method: method,
            path: path,
            query: query,
            headers: [
                "Authorization": "Bearer test-token", "Content-Type": "application/vnd.api+json",
                "Host": "sandbox.test", "X-Forwarded-Proto": "https",
            ],
            body: Data((body ?? "").utf8)
        )
        return sandbox.handle(request)
    }

    /// The decoded JSON of a GET, with its status.
    func get(_ path: String, _ query: String = "") -> (status: Int, json: [String: Any]) {
        decode(send("GET", path, query: query))
    }

    /// The decoded JSON of a POST, with its status.
    func post(_ path: String, _ body: String? = nil) -> (status: Int, json: [String: Any]) {
        decode(send("POST", path, body: body))
    }

    /// The answer to an action on a run, with an optional comment.
    func action(_ run: String, _ name: String, comment: String? = nil) -> (
        status: Int, json: [String: Any]
    ) {
        post("/api/v2/runs/\(run)/actions/\(name)", comment.map { "{\"comment\":\"\($0)\"}" })
    }

    /// The `data.attributes` of a run.
    func run(_ id: String, _ query: String = "") -> [String: Any] {
        attributes(get("/api/v2/runs/\(id)", query).json)
    }

    /// The status of a run.
    func status(_ id: String) -> String {
        run(id)["status"] as? String ?? "missing"
    }

    /// The ID of a workspace.
    func workspaceID(_ name: String) -> String {
        sandbox.workspaceID(named: name) ?? "ws-missing"
    }

    /// Creates a run from JSON attributes on a workspace and returns its ID.
    func createRun(_ workspace: String, attributes: String = "{}") -> (status: Int, id: String) {
        let body = """
            {"data":{"type":"runs","attributes":\(attributes),
            "relationships":{"workspace":{"data":{"type":"workspaces","id":"\(workspaceID(workspace))"}}}}}
            """
        let answer = post("/api/v2/runs", body)
        return (answer.status, (answer.json["data"] as? [String: Any])?["id"] as? String ?? "")
    }

    /// Decodes a response body as a JSON object (empty when there is none).
    func decode(_ response: SandboxResponse) -> (status: Int, json: [String: Any]) {
        let object = try? JSONSerialization.jsonObject(with: response.body)
        return (response.status, object as? [String: Any] ?? [:])
    }
}

/// `data.attributes` of a single-resource document.
func attributes(_ json: [String: Any]) -> [String: Any] {
    (json["data"] as? [String: Any])?["attributes"] as? [String: Any] ?? [:]
}

/// The items of a list document.
func items(_ json: [String: Any]) -> [[String: Any]] {
    json["data"] as? [[String: Any]] ?? []
}

/// The IDs of a list document's items.
func ids(_ json: [String: Any]) -> [String] {
    items(json).compactMap { $0["id"] as? String }
}

/// `meta.pagination` of a list document.
func pagination(_ json: [String: Any]) -> [String: Any] {
    (json["meta"] as? [String: Any])?["pagination"] as? [String: Any] ?? [:]
}

/// The first error's detail.
func errorDetail(_ json: [String: Any]) -> String {
    ((json["errors"] as? [[String: Any]])?.first?["detail"] as? String) ?? ""
}

/// `relationships[name].data.id` of a single-resource document.
func relatedID(_ json: [String: Any], _ name: String) -> String? {
    let data = json["data"] as? [String: Any]
    let relationships = data?["relationships"] as? [String: Any]
    return ((relationships?[name] as? [String: Any])?["data"] as? [String: Any])?["id"] as? String
}

/// Parses the API's timestamps, with or without milliseconds.
func parseDate(_ text: String?) -> Date? {
    guard let text else { return nil }
    let plain = ISO8601DateFormatter()
    if let date = plain.date(from: text) { return date }
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return fractional.date(from: text)
}

/// Reads a phase's log through its `log-read-url`, as go-tfe's reader would, without a token.
func readLog(_ harness: SandboxHarness, run: String, phase: String) -> (status: Int, text: String) {
    let doc = harness.get("/api/v2/runs/\(run)/\(phase)")
    let url = URL(string: attributes(doc.json)["log-read-url"] as? String ?? "")
    let response = harness.sandbox.handle(SandboxRequest(method: "GET", path: url?.path ?? "/"))
    return (response.status, String(decoding: response.body, as: UTF8.self))
}
