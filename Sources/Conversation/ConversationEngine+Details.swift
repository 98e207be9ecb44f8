import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// `get_run_details`: the run with its workspace, plan, phases and configuration.
    func runDetails(_ arguments: IntentArguments) async throws -> Reply {
        let runID: String
        if let id = arguments.runID {
            runID = id
        } else {
            let candidates = try await candidateRuns(for: arguments, where: { _ in true })
            guard let first = candidates.first else {
                return Reply(
                    intent: "get_run_details",
                    opening: "There are no runs to show.",
                    closing: "Name a run ID, as in 'show run-J7cW8p2qRmYx3Dkv'.",
                    outcome: .refused
                )
            }
            runID = first.id
        }
        let details = try await fetchDetails(runID)
        let workspaceName = details.workspace?.name
        context.lastRunID = runID
        if let workspaceName {
            context.lastWorkspace = workspaceName
        }
        remember(runIDs: [runID])
        let log: String?
        do {
            log = try await planLog(details)
        } catch {
            log = nil
            noteGap(
                "The plan's log could not be read, so the summary of changes is missing: "
                    + error.localizedDescription
            )
        }
        let error = await errorText(for: details)
        let account = await currentAccount()
        let presentation = RunPresentation(
            details: details,
            accountID: account?.id,
            relativeTime: relativeTime
        )
        return Reply(
            intent: "get_run_details",
            opening: "Here are the details of \(runID).",
            blocks: detailBlocks(presentation, log: log, error: error),
            closing: nextStep(for: details.run)
        )
    }

    /// The run `id` with everything the replies show.
    func fetchDetails(_ id: String) async throws -> RunDetails {
        try await call(
            "get_run_details",
            [.init("run_id", .string(id))]
        ) {
            try await client.runDetails(id: id)
        }
    }

    private func planLog(_ details: RunDetails) async throws -> String? {
        guard let plan = details.plan, plan.status.isFinal else {
            return nil
        }
        return try await call(
            "get_plan_logs",
            [.init("plan_id", .string(plan.id))]
        ) {
            try await client.log(of: plan)
        }
    }

    private func detailBlocks(
        _ presentation: RunPresentation,
        log: String?,
        error: String?
    ) -> [Block] {
        let details = presentation.details
        let run = details.run
        var basic = [Field("Run ID", run.id), Field("Status", presentation.status)]
        if let message = run.message {
            basic.append(Field("Message", "\"\(message)\""))
        }
        if let created = run.createdAt {
            let exact = presentation.relativeTime.describeExactly(created)
            basic.append(
                Field("Created", "\(exact) (\(presentation.relativeTime.ago(created)))")
            )
        }
        if let creator = presentation.creator {
            basic.append(Field("Created by", creator))
        }
        if let error {
            basic.append(Field("Error", "\"\(error)\""))
        }
        var blocks: [Block] = [.fields(title: "Basic Information", fields: basic)]
        if let workspace = details.workspace {
            var fields = [Field("Name", workspace.name)]
            if let organization = workspace.organizationName {
                fields.append(Field("Organization", organization))
            }
            if let version = run.terraformVersion ?? workspace.terraformVersion {
                fields.append(Field("Terraform Version", version))
            }
            blocks.append(.fields(title: "Workspace", fields: fields))
        }
        if let plan = details.plan, plan.status.isFinal {
            var fields = [
                Field("Resources to add", String(plan.resourceAdditions)),
                Field("Resources to change", String(plan.resourceChanges)),
                Field("Resources to destroy", String(plan.resourceDestructions)),
            ]
            let summary =
                log.map { ChangeSummary.lines(for: ChangeSummary.changes(inLog: $0)) } ?? []
            if !summary.isEmpty {
                fields.append(Field("Changes summary", "", list: summary))
            }
            blocks.append(.fields(title: "Plan Details", fields: fields))
        }
        blocks.append(.fields(title: "Phases", fields: phaseFields(details, presentation)))
        blocks.append(.fields(title: "Configuration", fields: configurationFields(details)))
        return blocks
    }

    private func phaseFields(_ details: RunDetails, _ presentation: RunPresentation) -> [Field] {
        let time = presentation.relativeTime
        var fields: [Field] = []
        if let plan = details.plan {
            if let started = plan.statusTimestamps["started-at"] {
                fields.append(Field("Plan started", time.describeExactly(started)))
            }
            if let finished = plan.statusTimestamps["finished-at"] {
                fields.append(Field("Plan completed", time.describeExactly(finished)))
            }
            if let duration = plan.duration {
                fields.append(Field("Plan duration", RelativeTime.duration(duration)))
            }
        }
        fields.append(Field("Apply phase", applyPhase(details, time: time)))
        if let apply = details.apply, let started = apply.statusTimestamps["started-at"] {
            fields.append(Field("Apply started", time.describeExactly(started)))
            let ends = ["finished-at", "errored-at", "canceled-at", "force-canceled-at"]
            if let finished = ends.lazy.compactMap({ apply.statusTimestamps[$0] }).first {
                let seconds = finished.timeIntervalSince(started)
                fields.append(Field("Apply duration", RelativeTime.duration(seconds)))
            } else if !apply.status.isFinal {
                let seconds = time.now.timeIntervalSince(started)
                fields.append(Field("Apply running for", RelativeTime.duration(seconds)))
            }
        }
        return fields
    }

    private func applyPhase(_ details: RunDetails, time: RelativeTime) -> String {
        let run = details.run
        if run.planOnly {
            return "None (plan-only runs never apply)"
        }
        if run.actions.isConfirmable {
            return "Awaiting approval"
        }
        guard let apply = details.apply, apply.status.rawValue != "pending",
            apply.status.rawValue != "unreachable"
        else {
            return run.status.isFinal ? "Did not run" : "Not started"
        }
        var text = StatusText.words(apply.status.rawValue)
        if let finished = apply.statusTimestamps["finished-at"] {
            text += " at \(time.describeExactly(finished))"
        }
        return text
    }

    private func configurationFields(_ details: RunDetails) -> [Field] {
        let run = details.run
        var fields: [Field] = []
        if let commit = details.commit, let sha = commit.shortSHA {
            let message = commit.commitMessage.map { " (\($0))" } ?? ""
            fields.append(Field("VCS commit", "\(sha)...\(message)"))
        }
        fields.append(Field("Plan only", run.planOnly ? "Yes (can never be applied)" : "No"))
        fields.append(Field("Auto-apply", run.autoApply ? "Yes" : "No"))
        if run.isDestroy {
            fields.append(Field("Destroy", "Yes"))
        }
        if !run.targetAddresses.isEmpty {
            fields.append(Field("Targets", "", list: run.targetAddresses))
        }
        if let directory = details.workspace?.workingDirectory, !directory.isEmpty {
            fields.append(Field("Working directory", directory))
        }
        return fields
    }

    /// What the user can do next with `run`, in one sentence.
    func nextStep(for run: Run) -> String {
        if run.actions.isConfirmable {
            return "The run is waiting for your approval: say 'apply it' or 'discard it'."
        }
        if run.status == .pending {
            return "The run is waiting in the queue; say 'watch it' to follow it."
        }
        if StatusText.isInFlight(run.status.rawValue) {
            return "The run is still going; say 'watch it' to follow it or 'cancel it' to stop it."
        }
        if run.status == .errored {
            return "The run errored; fix the cause and start a new plan."
        }
        if run.planOnly {
            return "This plan-only run can't be applied; say 'create a plan in "
                + "\(context.lastWorkspace ?? "the workspace")' for a run that can."
        }
        return "Nothing is waiting on you for this run."
    }

    /// `get_workspace_details`: the workspace's settings, lock and current run.
    func workspaceDetails(_ arguments: IntentArguments) async throws -> Reply {
        guard let name = workspaceName(arguments) else {
            throw ConversationError.noWorkspace(action: "describe")
        }
        let organization = organization(arguments)
        let args: [Call.Argument] = [
            .init("organization", .string(organization)), .init("workspace_name", .string(name)),
        ]
        let workspace: Workspace
        do {
            workspace = try await call("get_workspace_details", args) {
                try await client.workspace(named: name, organization: organization)
            }
        } catch TerraformCloudError.notFound {
            throw await unknownWorkspace(name, in: organization)
        }
        context.lastWorkspace = workspace.name
        var fields = [Field("Name", workspace.name), Field("ID", workspace.id)]
        fields.append(Field("Organization", workspace.organizationName ?? organization))
        if let version = workspace.terraformVersion {
            fields.append(Field("Terraform Version", version))
        }
        if let directory = workspace.workingDirectory, !directory.isEmpty {
            fields.append(Field("Working directory", directory))
        }
        fields.append(Field("Auto-apply", workspace.autoApply ? "Yes" : "No"))
        if let mode = workspace.executionMode {
            fields.append(Field("Execution mode", mode))
        }
        if let count = workspace.resourceCount {
            fields.append(Field("Resources", String(count)))
        }
        fields.append(Field("Locked", workspace.locked ? lockText(workspace) : "No"))
        if let current = workspace.currentRunID {
            fields.append(Field("Current run", current))
            context.lastRunID = current
            remember(runIDs: [current])
        }
        return Reply(
            intent: "get_workspace_details",
            opening: "Here is the \"\(workspace.name)\" workspace.",
            blocks: [.fields(title: "Workspace", fields: fields)],
            closing: "Say 'list runs in \(workspace.name)' to see its runs."
        )
    }

    private func lockText(_ workspace: Workspace) -> String {
        guard let holder = workspace.lockedBy else {
            return "Yes"
        }
        return "Yes, by \(holder.id)"
    }
}
