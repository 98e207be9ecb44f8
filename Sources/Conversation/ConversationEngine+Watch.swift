import Foundation
import Intents
import TerraformCloud

/// One look at a watched run, for a live status line.
public struct WatchUpdate: Sendable, Equatable {
    /// The run's ID.
    public var runID: String
    /// Its status in words.
    public var status: String
    /// Seconds since the watch began.
    public var elapsed: Double
}

extension ConversationEngine {
    /// How often a watched run is looked at, in seconds.
    static let watchInterval: Double = 3
    /// How long a watch goes on before giving up, in seconds.
    static let watchLimit: Double = 3600

    /// `watch_run`: follows a run until it needs the user or finishes, reporting each look.
    public func watch(
        _ arguments: IntentArguments,
        progress: (@Sendable (WatchUpdate) -> Void)?
    ) async throws -> Reply {
        let runID: String
        if let id = arguments.runID ?? (arguments.workspaceName == nil ? context.lastRunID : nil) {
            runID = id
        } else {
            let candidates = try await candidateRuns(for: arguments) { !$0.status.isFinal }
            guard let newest = candidates.first else {
                return Reply(
                    intent: "watch_run",
                    opening: "There is no run going on to watch.",
                    closing: "Start one, as in 'create a plan for staging'.",
                    outcome: .refused
                )
            }
            runID = newest.id
        }
        var details = try await fetchDetails(runID)
        var elapsed = 0.0
        while needsWatching(details.run), elapsed < Self.watchLimit {
            if let blocker = try await blocker(of: details) {
                return blocked(details, by: blocker, after: elapsed)
            }
            progress?(
                WatchUpdate(
                    runID: runID,
                    status: StatusText.describe(details.run.status.rawValue),
                    elapsed: elapsed
                )
            )
            guard await waiter.wait(seconds: Self.watchInterval) else {
                return stoppedWatching(details)
            }
            elapsed += Self.watchInterval
            details = try await client.runDetails(id: runID)
        }
        let workspace = details.workspace?.name ?? context.lastWorkspace ?? "its workspace"
        follow(details.run, workspace: workspace)
        context.followed.removeAll { $0.runID == runID }
        return Reply(
            intent: "watch_run",
            opening: elapsed > 0
                ? "I watched \(runID) in \(workspace) for \(RelativeTime.duration(elapsed))."
                : "\(runID) in \(workspace) needs no watching.",
            blocks: [.text(await event(for: details, workspace: workspace))],
            closing: nextStep(for: details.run)
        )
    }

    /// The run holding the workspace of a pending run, when that run is waiting for someone:
    /// the pending run cannot move until the user acts, so watching it would only wait.
    private func blocker(of details: RunDetails) async throws -> RunDetails? {
        guard details.run.status == .pending,
            let holder = details.workspace?.lockedBy?.id,
            holder.hasPrefix("run-"), holder != details.id
        else {
            return nil
        }
        let blocking = try await fetchDetails(holder)
        return needsUser(blocking.run) && !blocking.run.status.isFinal ? blocking : nil
    }

    private func blocked(_ details: RunDetails, by blocker: RunDetails, after elapsed: Double)
        -> Reply
    {
        let workspace = details.workspace?.name ?? context.lastWorkspace ?? "its workspace"
        let status = StatusText.describe(blocker.run.status.rawValue).lowercased()
        context.lastRunID = details.id
        remember(runIDs: [details.id, blocker.id])
        let waited = elapsed > 0 ? " I watched it for \(RelativeTime.duration(elapsed))." : ""
        return Reply(
            intent: "watch_run",
            opening: "\(details.id) in \(workspace) is waiting behind \(blocker.id), which is "
                + "\(status) and waits for your approval.\(waited)",
            blocks: [
                .text(
                    "\(blocker.id) holds \(workspace) until it is applied or discarded, so "
                        + "\(details.id) stays pending until then."
                )
            ],
            closing: "Say 'apply \(blocker.id)' or 'discard \(blocker.id)' to let it go on, or "
                + "'force execute \(details.id)' to discard the runs ahead of it."
        )
    }

    private func needsWatching(_ run: Run) -> Bool {
        run.status == .pending || StatusText.isInFlight(run.status.rawValue)
    }

    private func stoppedWatching(_ details: RunDetails) -> Reply {
        Reply(
            intent: "watch_run",
            opening: "Stopped watching \(details.id); the run goes on.",
            blocks: [
                .text("It was \(StatusText.describe(details.run.status.rawValue).lowercased()).")
            ],
            closing: "Say 'watch it' to pick it up again."
        )
    }

    /// What happened to followed runs since the last turn, one sentence each.
    func followUp() async -> [String] {
        var notices: [String] = []
        var still: [FollowedRun] = []
        for followed in context.followed {
            guard let details = try? await client.runDetails(id: followed.runID) else {
                still.append(followed)
                continue
            }
            let status = details.run.status.rawValue
            guard status != followed.status else {
                still.append(followed)
                continue
            }
            var updated = followed
            updated.status = status
            if needsUser(details.run) {
                notices.append(await event(for: details, workspace: followed.workspace))
                context.lastRunID = details.id
                if !details.run.status.isFinal {
                    still.append(updated)
                }
            } else {
                still.append(updated)
            }
        }
        context.followed = still
        return notices
    }

    private func needsUser(_ run: Run) -> Bool {
        run.actions.isConfirmable || run.status.isFinal
    }

    /// A sentence for where a run has got to, such as that it finished planning and can be applied.
    func event(for details: RunDetails, workspace: String) async -> String {
        let run = details.run
        let id = "\(run.id) in \(workspace)"
        let counts = changeCounts(details)
        switch run.status {
        case .applied:
            let apply = details.apply
            let done =
                apply.map {
                    ": \($0.resourceAdditions) added, \($0.resourceChanges) changed, "
                        + "\($0.resourceDestructions) destroyed"
                } ?? ""
            return "\(id) has been applied\(done)."
        case .errored:
            let error = await errorText(for: details).map { ": \($0)" } ?? ""
            return "\(id) errored\(error)."
        case .plannedAndFinished:
            let changed =
                details.plan.map {
                    $0.resourceAdditions + $0.resourceChanges + $0.resourceDestructions > 0
                } ?? false
            guard changed else {
                return "\(id) finished planning: no changes, so there is nothing to apply."
            }
            let kind = run.planOnly ? "; it is plan-only, so it will not apply" : ""
            return "\(id) finished planning: \(counts ?? "changes found")\(kind)."
        case .discarded, .canceled, .forceCanceled:
            return "\(id) is \(StatusText.describe(run.status.rawValue).lowercased())."
        default:
            if run.actions.isConfirmable {
                let summary = counts.map { ": \($0)" } ?? ""
                return "\(id) finished planning\(summary). Say 'apply it' to apply."
            }
            return "\(id) is \(StatusText.describe(run.status.rawValue).lowercased())."
        }
    }
}
