import Foundation

/// A `422` for a request body that cannot be used, pointing at the offending member.
struct BodyProblem: LocalizedError {
    /// The JSON pointer, such as `/data/attributes/is-destroy`.
    var pointer: String
    /// What is wrong.
    var detail: String

    /// Says which member to fix.
    var errorDescription: String? { "\(pointer): \(detail)" }
}

extension SandboxRouter {
    /// POST routes: run creation, run actions and comments.
    func post(_ route: [String]) -> SandboxResponse {
        guard request.method == "POST" else { return Reply.notFound() }
        switch route.count {
        case 1 where route[0] == "runs":
            return createRun()
        case 3 where route[0] == "runs" && route[2] == "comments":
            guard let run = store.runs[route[1]] else { return Reply.notFound() }
            return createComment(on: run)
        case 4 where route[0] == "runs" && route[2] == "actions":
            guard let run = store.runs[route[1]], let action = RunAction(rawValue: route[3]) else {
                return Reply.notFound()
            }
            return perform(action, on: run)
        default:
            return Reply.notFound()
        }
    }

    private func perform(_ action: RunAction, on run: SandboxRun) -> SandboxResponse {
        // Bodies may be empty, the literal `null` (terrasnek) or `{"comment": "..."}`.
        let object =
            (try? JSONSerialization.jsonObject(with: request.body, options: [.fragmentsAllowed]))
        let comment = (object as? [String: Any])?["comment"] as? String
        do {
            try store.perform(action, on: run, comment: action == .forceExecute ? nil : comment)
            return Reply.accepted()
        } catch {
            return Reply.error(error.status, error.title, error.detail)
        }
    }

    private func createComment(on run: SandboxRun) -> SandboxResponse {
        let object = try? JSONSerialization.jsonObject(with: request.body)
        let data = (object as? [String: Any])?["data"] as? [String: Any]
        guard let body = (data?["attributes"] as? [String: Any])?["body"] as? String, !body.isEmpty
        else {
            return Reply.error(
                422,
                "invalid attribute",
                "Body can't be blank.",
                pointer: "/data/attributes/body"
            )
        }
        return Reply.document(render.comment(store.addComment(body, to: run)), status: 201)
    }

    private func createRun() -> SandboxResponse {
        do {
            let options = try RunCreateOptions(body: request.body)
            guard let workspace = store.workspacesByID[options.workspaceID] else {
                return Reply.notFound()
            }
            let versionID = options.configurationVersionID ?? workspace.configurationVersionID
            guard store.configurationVersions[versionID] != nil else { return Reply.notFound() }
            let run = store.makeRun(
                workspace: workspace,
                createdAt: store.now,
                createdBy: store.accountID,
                message: options.message ?? "Queued manually via the Terraform Enterprise API",
                configurationVersionID: versionID
            )
            options.apply(to: run, workspace: workspace)
            store.insert(run)
            store.enqueue(run, in: workspace)
            return Reply.document(render.run(run), status: 201)
        } catch {
            return Reply.error(422, "invalid attribute", error.detail, pointer: error.pointer)
        }
    }
}
