import Foundation

/// Writes the Terraform output an archivist URL serves for a plan or an apply.
///
/// The text is framed by STX (0x02) and, once the phase is over, ETX (0x03), like the real logs.
enum RunLog {
    /// The log of the run's plan or apply, as far as it has got.
    static func text(for run: SandboxRun, isApply: Bool, in workspace: SandboxWorkspace?) -> String
    {
        let phase = isApply ? run.apply : run.plan
        switch phase.status {
        case .pending, .queued, .unreachable:
            return phase.status == .unreachable ? "\u{02}\u{03}" : ""
        default:
            break
        }
        var lines = isApply ? applyLines(run) : planLines(run, workspace: workspace)
        if phase.status == .canceled {
            lines += [
                "", "Interrupt received.",
                "Please wait for Terraform to exit or data loss may occur.",
                "Gracefully shutting down...", "Stopping operation...",
            ]
        }
        let done = phase.status != .running
        return "\u{02}" + lines.joined(separator: "\n") + "\n" + (done ? "\u{03}" : "")
    }

    private static func header(_ run: SandboxRun) -> [String] {
        [
            "Terraform v\(run.terraformVersion)", "on linux_amd64",
            "Initializing plugins and modules...",
        ]
    }

    private static func planLines(_ run: SandboxRun, workspace: SandboxWorkspace?) -> [String] {
        var lines = header(run)
        for resource in (workspace?.resources ?? []).prefix(6) {
            lines.append("\(resource.address): Refreshing state... [id=\(resource.name)]")
        }
        if run.plan.status == .running { return lines }
        if let error = run.plan.error {
            return lines + errorLines(error, run: run, workspace: workspace)
        }
        if run.plannedChanges.isEmpty {
            return lines + [
                "", "No changes. Your infrastructure matches the configuration.", "",
                "Terraform has compared your real infrastructure against your configuration",
                "and found no differences, so no changes are needed.",
            ]
        }
        lines += [
            "", "Terraform used the selected providers to generate the following execution",
            "plan. Resource actions are indicated with the following symbols:",
        ]
        let counts = ChangePlanner.counts(run.plannedChanges)
        if counts.add > 0 { lines.append("  + create") }
        if counts.change > 0 { lines.append("  ~ update in-place") }
        if counts.destroy > 0 { lines.append("  - destroy") }
        lines += ["", "Terraform will perform the following actions:"]
        for change in run.plannedChanges { lines += block(for: change) }
        lines += [
            "",
            "Plan: \(counts.add) to add, \(counts.change) to change, \(counts.destroy) to destroy.",
        ]
        return lines
    }

    private static func block(for change: PlannedChange) -> [String] {
        let resource = SandboxResource(address: change.address)
        switch change.action {
        case .create:
            return [
                "", "  # \(change.address) will be created",
                "  + resource \"\(resource.type)\" \"\(resource.name)\" {",
                "      + arn  = (known after apply)", "      + id   = (known after apply)",
                "      + tags = {", "          + \"ManagedBy\" = \"terraform\"", "        }",
                "    }",
            ]
        case .update:
            return [
                "", "  # \(change.address) will be updated in-place",
                "  ~ resource \"\(resource.type)\" \"\(resource.name)\" {",
                "        id   = \"\(resource.name)\"", "      ~ tags = {",
                "          ~ \"Revision\" = \"41\" -> \"42\"", "        }", "    }",
            ]
        case .delete:
            return [
                "", "  # \(change.address) will be destroyed",
                "  - resource \"\(resource.type)\" \"\(resource.name)\" {",
                "      - id = \"\(resource.name)\" -> null", "    }",
            ]
        }
    }

    private static func errorLines(
        _ error: String,
        run: SandboxRun,
        workspace: SandboxWorkspace?
    ) -> [String] {
        var detail = ["Terraform could not complete the operation."]
        if let key = run.variables.first(where: { error.contains("'\($0.key)'") })?.key {
            let value = VariableCheck.unquoted(run.variables.first { $0.key == key }?.value ?? "")
            detail = [
                "  on variables.tf line 12:", "  12: variable \"\(key)\" {",
                "    ├────────────────",
                "    │ var.\(key) is \"\(value)\"", "",
                workspace.map { VariableCheck.detail(for: key, in: $0) } ?? "",
            ]
        }
        return ["", "Error: \(error)", ""] + detail
    }

    private static func applyLines(_ run: SandboxRun) -> [String] {
        var lines = header(run)
        let total = run.plannedChanges.count
        let done = run.apply.status == .running ? total / 2 : total
        for (index, change) in run.plannedChanges.enumerated() {
            let (verb, past) = verbs(change.action)
            lines.append("\(change.address): \(verb)...")
            if index < done && !(run.apply.error != nil && index == total - 1) {
                lines.append("\(change.address): \(past) after \(3 + index % 7)s")
            }
        }
        if let error = run.apply.error {
            return lines + ["", "Error: \(error)", "", "Terraform could not apply every change."]
        }
        guard run.apply.status == .finished else { return lines }
        let counts = ChangePlanner.counts(run.plannedChanges)
        return lines + [
            "",
            "Apply complete! Resources: \(counts.add) added, \(counts.change) changed, "
                + "\(counts.destroy) destroyed.",
        ]
    }

    private static func verbs(_ action: ChangeAction) -> (String, String) {
        switch action {
        case .create: ("Creating", "Creation complete")
        case .update: ("Modifying", "Modifications complete")
        case .delete: ("Destroying", "Destruction complete")
        }
    }
}
