import Foundation

/// Bulk history for benchmarks: many finished runs, cheap to make and deterministic.
enum HistoricalRuns {
    /// Adds `count` runs over the `span` seconds before now; see `Sandbox.addHistoricalRuns`.
    static func add(count: Int, workspace name: String?, span: TimeInterval, to store: SandboxStore)
        -> Int
    {
        let targets: [SandboxWorkspace]
        if let name {
            guard let workspace = store.workspacesByName[name] else { return 0 }
            targets = [workspace]
        } else {
            targets = store.workspaces
        }
        guard count > 0, !targets.isEmpty else { return 0 }
        let messages = [
            "Scheduled drift check", "Merge pull request", "Update module versions",
            "Apply tag policy", "Resize instances", "Rotate certificates",
        ]
        let endings: [SeedEnding] = [
            .applied, .applied, .applied, .plannedAndFinished, .discarded, .canceled,
            .planErrored("Error: Invalid reference"),
        ]
        let users = store.users.map(\.id)
        let step = span / Double(count)
        for index in 0..<count {
            let workspace = targets[index % targets.count]
            let ending = endings[store.generator.int(in: 0...(endings.count - 1))]
            let age = step * Double(index + 1) + Double(store.generator.int(in: 0...59))
            let spec = SeedRun(
                workspace: workspace.name,
                message: messages[index % messages.count],
                creator: users[index % users.count],
                createdAt: store.now.addingTimeInterval(-age),
                ending: ending,
                changes: ending == .plannedAndFinished
                    ? [] : HistoryChanges.random(using: &store.generator),
                autoApply: false
            )
            store.seed(spec, sharedVersion: true)
        }
        store.sortIndexes()
        return count
    }
}
