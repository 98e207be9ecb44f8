import Foundation
import Intents
import TerraformCloud

/// Turns one sentence at a time into the right API calls and a reply, the way a careful
/// operator would: names resolved, the right run picked, destructive steps confirmed.
public actor ConversationEngine {
    let client: TerraformCloudClient
    let confirmer: any Confirmer
    let waiter: any Waiter
    let timeZone: TimeZone
    /// What the conversation remembers between turns.
    public internal(set) var context: ConversationContext
    var workspaceNamesByOrganization: [String: [String]] = [:]
    /// The matcher's index of the last names it was given: building it for 10,000 names takes
    /// a good part of a second, and the names seldom change between sentences.
    var workspaceIndex: (names: [String], index: WorkspaceIndex)?
    /// What each run of the last list allowed when it was listed, to narrow "apply it".
    var listedActions: [String: RunActions] = [:]
    var account: User?
    /// Told of each look at a watched run, for a live status line.
    var watchProgress: (@Sendable (WatchUpdate) -> Void)?
    /// Pending runs found by the last organization-wide look for a run to force-execute.
    var pendingCandidates: [RunDetails] = []
    /// The API calls of the turn under way.
    var calls: [Call] = []
    /// What the turn's answer leaves out because a read failed, said at its end.
    var gaps: [String] = []
    /// Every run ID the conversation has shown, for completion.
    public internal(set) var seenRunIDs: [String] = []
    /// Whether the user can complete workspace names with Tab, so replies may say so.
    var completesNames = false

    /// Creates an engine that works in `organization` through `client`.
    ///
    /// - Parameters:
    ///   - client: the API client (real service or sandbox).
    ///   - organization: the organization sentences mean when they name none.
    ///   - confirmer: asks before each destructive step.
    ///   - waiter: lets time pass (real time, or the sandbox's clock in scripts).
    ///   - timeZone: decides what "today at 09:45" means in replies.
    public init(
        client: TerraformCloudClient,
        organization: String,
        confirmer: any Confirmer,
        waiter: any Waiter,
        timeZone: TimeZone = .current
    ) {
        self.client = client
        self.confirmer = confirmer
        self.waiter = waiter
        self.timeZone = timeZone
        self.context = ConversationContext(organization: organization)
    }

    /// Answers one sentence.
    public func respond(to sentence: String) async -> Reply {
        calls = []
        gaps = []
        let notices = await followUp()
        let match = await understand(sentence)
        var reply = await carryOut(match)
        reply.notices = notices + reply.notices
        reply.calls = calls
        // An answer with a part missing says so, rather than quietly reading differently.
        reply.blocks += gaps.map { .text($0) }
        return reply
    }

    /// What `sentence` would do, without doing it (`/explain`).
    public func explain(_ sentence: String) async -> MatchResult {
        await understand(sentence)
    }

    /// Switches to another organization (`/org NAME`); the conversation's memory is cleared.
    public func use(organization: String) {
        context = ConversationContext(organization: organization)
    }

    /// Puts `workspace` in focus (`/use NAME`), as if the last sentence had named it.
    public func focus(workspace: String) {
        context.lastWorkspace = workspace
        context.focusedWorkspace = workspace
    }

    /// Lets replies mention that Tab completes workspace names (the interactive shell).
    public func offerCompletionHints() {
        completesNames = true
    }

    /// Sets what is told of each look at a watched run (nil for nothing).
    public func onWatchProgress(_ handler: (@Sendable (WatchUpdate) -> Void)?) {
        watchProgress = handler
    }

    /// The workspace names of the organization in use, fetched once (for completion).
    public func workspaceNames() async -> [String] {
        await knownWorkspaces(in: context.organization)
    }

    func understand(_ sentence: String) async -> MatchResult {
        let names = await knownWorkspaces(in: context.organization)
        let index: WorkspaceIndex
        if let cached = workspaceIndex, cached.names == names {
            index = cached.index
        } else {
            index = WorkspaceIndex(names: names)
            workspaceIndex = (names, index)
        }
        let matchContext = MatchContext(
            defaultOrganization: context.organization,
            workspaces: index,
            lastWorkspace: context.lastWorkspace,
            lastRunID: context.lastRunID,
            lastRunIDs: context.lastRunIDs
        )
        return IntentMatcher.match(sentence, context: matchContext)
    }

    func carryOut(_ match: MatchResult) async -> Reply {
        let corrected = correctedNames(match.arguments)
        if let first = corrected.first, !Self.onlyReads(match.name) {
            // Never act on a guessed name: the user confirms the name by typing it again.
            let error = ConversationError.unknownWorkspace(
                name: first.typed,
                organization: organization(match.arguments),
                suggestions: [first.name],
                completes: completesNames
            )
            return failure(match, error)
        }
        var reply: Reply
        do {
            reply = try await dispatch(match)
        } catch {
            reply = failure(match, error)
        }
        if !corrected.isEmpty {
            let typed = corrected.map { "'\($0.typed)'" }.joined(separator: " or ")
            let shown = corrected.map(\.name).joined(separator: " and ")
            let nearest = corrected.count == 1 ? "the nearest name" : "the nearest names"
            reply.opening =
                "No workspace is named \(typed) in \(organization(match.arguments)), so this "
                + "shows \(shown), \(nearest). " + reply.opening
        }
        return reply
    }

    /// Whether `intent` only reads, so that showing a corrected workspace name is harmless.
    static func onlyReads(_ intent: IntentName) -> Bool {
        switch intent {
        case .listRunsInWorkspace, .listRunsInOrganization, .getRunDetails, .getWorkspaceDetails,
            .watchRun, .help, .clarify, .unknown:
            true
        case .createRun, .applyRun, .discardRun, .cancelRun, .forceCancelRun, .forceExecuteRun:
            false
        }
    }

    private func dispatch(_ match: MatchResult) async throws -> Reply {
        let arguments = match.arguments
        switch match.name {
        case .createRun: return try await createRun(arguments)
        case .listRunsInWorkspace: return try await listRuns(arguments, inWorkspace: true)
        case .listRunsInOrganization: return try await listRuns(arguments, inWorkspace: false)
        case .getRunDetails: return try await runDetails(arguments)
        case .getWorkspaceDetails: return try await workspaceDetails(arguments)
        case .applyRun: return try await act(.apply, arguments)
        case .discardRun: return try await act(.discard, arguments)
        case .cancelRun: return try await act(.cancel, arguments)
        case .forceCancelRun: return try await forceCancel(arguments)
        case .forceExecuteRun: return try await forceExecute(arguments)
        case .watchRun: return try await watch(arguments, progress: watchProgress)
        case .help: return help()
        case .clarify where match.candidate == .forceExecuteRun && match.choices.isEmpty:
            // "Force execute it" with no run in the conversation: as the example does, look for
            // the run waiting in a queue across the organization (asking when there are several).
            return try await forceExecute(IntentArguments())
        case .clarify where match.candidate.flatMap({ Self.listActionVerbs[$0] }) != nil:
            return clarifyAmongListed(match)
        case .clarify:
            if let runID = onlyRunToWatch(match) {
                var arguments = arguments
                arguments.runID = runID
                return try await watch(arguments, progress: watchProgress)
            }
            return clarify(match)
        case .unknown: return unknown()
        }
    }

    /// The run a "wait for the plan" means when the matcher's only choice is the run the
    /// conversation is about: asking "Which run: run-X?" with one choice helps nobody.
    private func onlyRunToWatch(_ match: MatchResult) -> String? {
        guard match.candidate == .watchRun, match.choices.count == 1,
            let only = match.choices.first, only == context.lastRunID
        else {
            return nil
        }
        return only
    }

    /// The organization a sentence means: the one it names, else the conversation's.
    func organization(_ arguments: IntentArguments) -> String {
        arguments.organization ?? context.organization
    }

    func knownWorkspaces(in organization: String) async -> [String] {
        if let names = workspaceNamesByOrganization[organization] {
            return names
        }
        // Limitation: only the first 1,000 workspaces are known to the matcher and to
        // completion; names beyond them still work when typed exactly.
        let names: [String]
        do {
            names = try await client.workspaces(organization: organization, pageSize: 100)
                .collect(limit: 1000).map(\.name)
        } catch {
            return []
        }
        workspaceNamesByOrganization[organization] = names
        return names
    }

    func remember(runIDs: [String]) {
        for id in runIDs where !seenRunIDs.contains(id) {
            seenRunIDs.append(id)
        }
    }

    /// The token's own account, read once; when it cannot be read, the answer says that the
    /// runs this user created are not marked as theirs.
    func currentAccount() async -> User? {
        if let account {
            return account
        }
        do {
            account = try await call("get_account_details", []) {
                try await client.currentAccount()
            }
        } catch {
            noteGap(
                "Your account could not be looked up, so this answer does not mark the runs you "
                    + "created as yours: \(error.localizedDescription)"
            )
        }
        return account
    }

    /// Records that the answer leaves something out, once per turn.
    func noteGap(_ text: String) {
        if !gaps.contains(text) { gaps.append(text) }
    }

    /// Runs `body` as the API call `tool(arguments)` and records it with its result's summary.
    func call<T: CallSummarizable>(
        _ tool: String,
        _ arguments: [Call.Argument],
        _ body: () async throws -> T
    ) async throws -> T {
        do {
            let value = try await body()
            calls.append(Call(tool: tool, arguments: arguments, result: value.callSummary))
            return value
        } catch {
            calls.append(Call(tool: tool, arguments: arguments, result: "failed"))
            throw error
        }
    }

    var relativeTime: RelativeTime {
        RelativeTime(now: waiter.now(), timeZone: timeZone)
    }
}
