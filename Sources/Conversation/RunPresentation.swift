import Foundation
import TerraformCloud

/// How a run is shown in replies: its status, type, creator and changes in words.
struct RunPresentation {
    var details: RunDetails
    var accountID: String?
    var relativeTime: RelativeTime

    var run: Run { details.run }

    /// The status in words, with the facts that change how it reads.
    var status: String {
        let failedInApply = details.apply.map { $0.status.rawValue == "errored" } ?? false
        let facts = StatusText.Facts(
            isConfirmable: run.actions.isConfirmable,
            planOnly: run.planOnly,
            hasChanges: run.hasChanges || (details.plan?.hasChanges ?? false),
            failedInApply: failedInApply,
            positionInQueue: run.positionInQueue,
            cancelRequested: run.forceCancelAvailableAt != nil
                && StatusText.isInFlight(run.status.rawValue)
        )
        return StatusText.describe(run.status.rawValue, facts)
    }

    /// Who created the run: "You (admin@example.com)", an email, or a service account's name.
    var creator: String? {
        guard let user = details.createdBy else {
            return run.createdByID == nil ? nil : (run.createdByID == accountID ? "You" : nil)
        }
        if user.id == accountID {
            return "You (\(user.email ?? user.username))"
        }
        if user.isServiceAccount {
            return user.username
        }
        return user.email ?? user.username
    }

    /// The kind of run in words, or nil for an ordinary plan and apply.
    var type: String? {
        var parts: [String] = []
        if run.isDestroy {
            parts.append(run.targetAddresses.isEmpty ? "Destroy" : "Destroy (targeted)")
        }
        if run.refreshOnly {
            parts.append("Refresh only")
        }
        if run.planOnly {
            parts.append("Plan only")
        }
        if !run.isDestroy, !run.targetAddresses.isEmpty {
            parts.append("Targeted")
        }
        if run.savePlan {
            parts.append("Saved plan")
        }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// "3 to add, 1 to change, 0 to destroy", from the apply when it ran, else the plan.
    var changes: String? {
        if let apply = details.apply, apply.status.rawValue == "finished" {
            return counts(
                apply.resourceAdditions,
                apply.resourceChanges,
                apply.resourceDestructions
            )
        }
        guard let plan = details.plan, plan.status.rawValue == "finished" else {
            return nil
        }
        return counts(plan.resourceAdditions, plan.resourceChanges, plan.resourceDestructions)
    }

    /// The fields of a run in a list.
    func listFields(error: String?, showWorkspace: Bool) -> [Field] {
        var fields: [Field] = []
        if showWorkspace, let workspace = details.workspace?.name {
            fields.append(Field("Workspace", workspace))
        }
        if let created = run.createdAt {
            fields.append(Field("Created", relativeTime.describe(created)))
        }
        fields.append(Field("Status", status))
        if let creator {
            fields.append(Field("Created by", creator))
        }
        if let type {
            fields.append(Field("Type", type))
        }
        if let changes {
            fields.append(Field("Changes", changes))
        }
        if let error {
            fields.append(Field("Error", "\"\(error)\""))
        }
        return fields
    }

    /// The fields of a run just created or acted on.
    func summaryFields(comment: String?) -> [Field] {
        var fields = [Field("Run ID", run.id), Field("Status", status)]
        if let workspace = details.workspace?.name {
            fields.append(Field("Workspace", workspace))
        }
        if let creator {
            fields.append(Field("Created by", creator))
        }
        if let message = run.message {
            fields.append(Field("Message", "\"\(message)\""))
        }
        if let comment {
            fields.append(Field("Comment", "\"\(comment)\""))
        }
        return fields
    }

    /// What kind of run it is, as the run says: type, targets, variables and auto-apply (for
    /// a run acted on, where the sentence did not set them).
    var kindFields: [Field] {
        var fields: [Field] = []
        if let type {
            fields.append(Field("Type", type))
        }
        if !run.targetAddresses.isEmpty {
            fields.append(Field("Targets", "", list: run.targetAddresses))
        }
        if !run.variables.isEmpty {
            let lines = run.variables.map { "\($0.key) = \($0.value)" }
            fields.append(Field("Custom variables", "", list: lines))
        }
        fields.append(Field("Auto-apply", run.autoApply ? "Yes" : "No"))
        return fields
    }

    private func counts(_ add: Int, _ change: Int, _ destroy: Int) -> String {
        "\(add) to add, \(change) to change, \(destroy) to destroy"
    }
}
