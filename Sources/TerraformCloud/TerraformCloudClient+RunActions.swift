import Foundation

extension TerraformCloudClient {
    /// Performs `action` on run `runID` (`POST /runs/:id/actions/<action>`).
    ///
    /// Success is `202` with an empty body: the action is queued. A `409` becomes
    /// ``TerraformCloudError/conflict(subject:action:reason:)`` with the server's reason.
    /// `comment` is ignored for force-execute, which takes no body.
    public func perform(_ action: RunAction, runID: String, comment: String? = nil) async throws {
        try Identifiers.validateRunID(runID)
        var body: JSONValue?
        if action.acceptsComment, let comment, !comment.isEmpty {
            body = .object(["comment": .string(comment)])
        }
        let context = RequestContext(
            subject: "run \(runID)",
            action: action,
            howToCheck: "show run \(runID) to see whether its status changed"
        )
        let path = "runs/\(runID)/actions/\(action.pathComponent)"
        _ = try await post(path, json: body, context: context)
    }

    /// Applies (confirms) a run that awaits confirmation.
    public func applyRun(id: String, comment: String? = nil) async throws {
        try await perform(.apply, runID: id, comment: comment)
    }

    /// Discards a run that is pending or awaits confirmation.
    public func discardRun(id: String, comment: String? = nil) async throws {
        try await perform(.discard, runID: id, comment: comment)
    }

    /// Cancels a run that is planning or applying.
    public func cancelRun(id: String, comment: String? = nil) async throws {
        try await perform(.cancel, runID: id, comment: comment)
    }

    /// Force-cancels a run after a cancel and its cool-off period.
    public func forceCancelRun(id: String, comment: String? = nil) async throws {
        try await perform(.forceCancel, runID: id, comment: comment)
    }

    /// Force-executes a pending run, discarding or canceling the runs ahead of it.
    public func forceExecuteRun(id: String) async throws {
        try await perform(.forceExecute, runID: id)
    }
}
