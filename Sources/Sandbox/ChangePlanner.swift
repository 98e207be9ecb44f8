import Foundation

/// Works out what a run's plan changes, and what an apply does to the workspace's state.
enum ChangePlanner {
    /// The changes a plan of `run` finds in `workspace` now.
    static func changes(for run: SandboxRun, in workspace: SandboxWorkspace) -> [PlannedChange] {
        if run.refreshOnly { return [] }
        let targets = run.targetAddrs ?? []
        if run.isDestroy {
            return workspace.resources
                .filter { resource in
                    targets.isEmpty || targets.contains(where: resource.isSelected)
                }
                .reversed()
                .map { PlannedChange(address: $0.address, action: .delete) }
        }
        var changes = workspace.pendingChanges
        for change in variableChanges(for: run, in: workspace)
        where !changes.contains(where: { $0.address == change.address }) {
            changes.append(change)
        }
        for address in run.replaceAddrs ?? []
        where workspace.resources.contains(where: { $0.address == address }) {
            changes.append(PlannedChange(address: address, action: .delete))
            changes.append(PlannedChange(address: address, action: .create))
        }
        guard !targets.isEmpty else { return changes }
        return changes.filter { change in
            targets.contains { SandboxResource(address: change.address).isSelected(by: $0) }
        }
    }

    /// In-place updates caused by run variables that differ from the workspace's values.
    private static func variableChanges(
        for run: SandboxRun,
        in workspace: SandboxWorkspace
    ) -> [PlannedChange] {
        var result: [PlannedChange] = []
        for variable in run.variables {
            guard let declared = workspace.variables.first(where: { $0.key == variable.key }),
                VariableCheck.unquoted(variable.value) != declared.value
            else { continue }
            for address in declared.affects where !result.contains(where: { $0.address == address })
            {
                result.append(PlannedChange(address: address, action: .update))
            }
        }
        return result
    }

    /// Counts of creations, in-place updates and deletions.
    static func counts(_ changes: [PlannedChange]) -> (add: Int, change: Int, destroy: Int) {
        var add = 0
        var change = 0
        var destroy = 0
        for item in changes {
            switch item.action {
            case .create: add += 1
            case .update: change += 1
            case .delete: destroy += 1
            }
        }
        return (add, change, destroy)
    }

    /// Writes an applied plan into the workspace's state and clears what it resolved.
    static func apply(_ changes: [PlannedChange], to workspace: SandboxWorkspace) {
        for change in changes {
            switch change.action {
            case .create:
                if !workspace.resources.contains(where: { $0.address == change.address }) {
                    workspace.resources.append(SandboxResource(address: change.address))
                }
            case .delete:
                workspace.resources.removeAll { $0.address == change.address }
            case .update:
                break
            }
        }
        workspace.pendingChanges.removeAll { pending in
            changes.contains { $0.address == pending.address }
        }
    }
}
