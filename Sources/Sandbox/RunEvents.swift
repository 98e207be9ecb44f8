import Foundation

/// The run events of a run (`GET /runs/:id/run-events`): one per status reached and per comment.
///
/// The API has no public page for them; the shape follows go-tfe's `RunEvent` (action,
/// created-at, description, actor, comment).
enum RunEvents {
    /// One event: its ID, action, time, actor and comment, if any.
    struct Event {
        /// `re-...`.
        var id: String
        /// What happened, such as `planned` or `commented`.
        var action: String
        /// When it happened.
        var createdAt: Date
        /// Who did it, if a user did.
        var actorID: String?
        /// The comment, for `commented` events.
        var commentID: String?
    }

    /// The events of `run`, oldest first.
    static func events(of run: SandboxRun, in store: SandboxStore) -> [Event] {
        let stem = String(run.id.dropFirst(4).prefix(12))
        var events: [Event] = run.statusTimestamps.enumerated().map { index, stamp in
            let action = String(stamp.0.dropLast(3)).replacingOccurrences(of: "-", with: "_")
            let actor: String? =
                switch action {
                case "plan_queueable": run.createdBy
                case "confirmed": run.confirmedBy
                case "canceled", "force_canceled", "discarded": run.canceledBy ?? store.accountID
                default: nil
                }
            return Event(
                id: "re-\(stem)\(String(format: "%04d", index))",
                action: action == "plan_queueable" ? "queued" : action,
                createdAt: stamp.1,
                actorID: actor,
                commentID: nil
            )
        }
        for commentID in run.commentIDs {
            guard let comment = store.comments[commentID] else { continue }
            events.append(
                Event(
                    id: comment.eventID,
                    action: "commented",
                    createdAt: comment.createdAt,
                    actorID: store.accountID,
                    commentID: comment.id
                )
            )
        }
        return events.sorted { $0.createdAt < $1.createdAt }
    }

    /// The run and event for an event ID, searching the run the ID names first.
    static func find(_ id: String, in store: SandboxStore) -> (SandboxRun, Event)? {
        if let comment = store.comments.values.first(where: { $0.eventID == id }),
            let run = store.runs[comment.runID]
        {
            return events(of: run, in: store).first { $0.id == id }.map { (run, $0) }
        }
        let stem = id.dropFirst(3).prefix(12)
        guard
            let run = store.organizationRuns.lazy.compactMap({ store.runs[$0] })
                .first(where: { $0.id.dropFirst(4).hasPrefix(stem) })
        else { return nil }
        return events(of: run, in: store).first { $0.id == id }.map { (run, $0) }
    }

    /// The `run-events` resource.
    static func document(_ event: Event, render: DocumentRenderer) -> JSONValue {
        [
            "id": .string(event.id), "type": "run-events",
            "attributes": [
                "action": .string(event.action), "created-at": render.date(event.createdAt),
                "description": nil,
            ],
            "relationships": [
                "actor": render.relation(event.actorID, "users"),
                "comment": render.relation(event.commentID, "comments"),
            ],
            "links": ["self": .string("/api/v2/run-events/\(event.id)")],
        ]
    }
}
