import Foundation

extension Sandbox {
    /// The organization's state as plain lines, one a run and one a workspace, in a fixed
    /// order: what a conversation left behind, for comparing two replays of it.
    ///
    /// A run's line holds its workspace, status, phases, kind, message, every status
    /// timestamp and every comment, so a run created twice, an action on another run, or an
    /// action at another time all show as a difference.
    public func stateSummary() -> String {
        withStore { store in
            store.advance(to: store.clock.current())
            var lines = ["now \(SandboxTime.seconds(store.now))"]
            let runs = store.runs.values.sorted { $0.sequence < $1.sequence }
            for run in runs {
                lines.append(Self.line(for: run, in: store))
            }
            for workspace in store.workspaces.sorted(by: { $0.name < $1.name }) {
                lines.append(
                    "workspace \(workspace.name) locked-by=\(workspace.lockedBy ?? "-") "
                        + "current=\(workspace.currentRunID ?? "-") "
                        + "queue=[\(workspace.queue.joined(separator: ","))]"
                )
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    private static func line(for run: SandboxRun, in store: SandboxStore) -> String {
        let workspace = store.workspacesByID[run.workspaceID]?.name ?? run.workspaceID
        var kind: [String] = []
        if run.isDestroy { kind.append("destroy") }
        if run.planOnly { kind.append("plan-only") }
        if run.refreshOnly { kind.append("refresh-only") }
        if run.autoApply { kind.append("auto-apply") }
        let times = run.statusTimestamps.map { "\($0.0)=\(SandboxTime.seconds($0.1))" }
        let comments = run.commentIDs.compactMap { store.comments[$0]?.body }
        return "\(run.id) \(workspace) \(run.status.rawValue) plan=\(run.plan.status.rawValue) "
            + "apply=\(run.apply.status.rawValue) kind=[\(kind.joined(separator: ","))] "
            + "message=\(String(reflecting: run.message)) "
            + "at=[\(times.joined(separator: ","))] "
            + "comments=\(String(reflecting: comments))"
    }
}
