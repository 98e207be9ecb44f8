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

/// Checks run variables against the workspace's declared variables, as `terraform plan` would.
enum VariableCheck {
    /// The plan error for the first bad variable, or `nil` when all are acceptable.
    static func failure(
        for variables: [(key: String, value: String)],
        in workspace: SandboxWorkspace
    ) -> String? {
        for variable in variables {
            guard let declared = workspace.variables.first(where: { $0.key == variable.key }) else {
                return "Value for undeclared variable '\(variable.key)'"
            }
            let value = unquoted(variable.value)
            if let allowed = declared.allowed, !allowed.contains(value) {
                return "Invalid value for variable '\(variable.key)'"
            }
            if declared.isBool && value != "true" && value != "false" {
                return "Invalid value for variable '\(variable.key)'"
            }
        }
        return nil
    }

    /// A value with the quotes of an HCL string literal removed (`"\"t3.large\""` -> `t3.large`).
    static func unquoted(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else {
            return trimmed
        }
        return String(trimmed.dropFirst().dropLast())
    }

    /// Why the value is refused, for the log's detail lines.
    static func detail(for key: String, in workspace: SandboxWorkspace) -> String {
        guard let declared = workspace.variables.first(where: { $0.key == key }) else {
            return "A variable named \"\(key)\" was assigned, but the configuration does not "
                + "declare a variable of that name."
        }
        if let allowed = declared.allowed {
            return "The instance type must be one of: \(allowed.joined(separator: ", "))."
        }
        return "The value must be true or false."
    }
}
