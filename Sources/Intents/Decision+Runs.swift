/// New runs, reads and sentences without a verb.
extension Decision {
    /// A new run with its kind, targets, variables and message.
    func createResult(_ creates: [Sentence.VerbHit], autoApplyJoined: Bool) -> MatchResult {
        var arguments = IntentArguments()
        guard let workspace = createWorkspace else {
            return .clarify(
                "Which workspace should the run be in? Name it, for example \"in staging\".",
                candidate: .createRun,
                choices: sentence.context.lastWorkspace.map { [$0] } ?? []
            )
        }
        arguments.workspaceName = workspace
        arguments.organization = sentence.organization
        let destroy = sentence.isDestroy || creates.contains { $0.verb == .destroy }
        let corrected =
            sentence.destroyIsCorrected
            || creates.contains { $0.isCorrected && $0.verb == .destroy }
        let autoApply = autoApplyJoined || sentence.autoApply == true
        if destroy && corrected {
            return .clarify(
                "Do you want a destroy run in \(workspace)? Say \"destroy plan for \(workspace)\".",
                candidate: .createRun,
                choices: [workspace]
            )
        }
        // With no verb, "auto-apply a run in sandbox" is itself the order; a corrected verb
        // ("craete") is not plain enough for a run that applies on its own.
        if autoApply, !creates.isEmpty, creates.allSatisfy(\.isCorrected) {
            return .clarify(
                "Do you want a run in \(workspace) that applies on its own? Say "
                    + "\"create an auto-apply run in \(workspace)\".",
                candidate: .createRun,
                choices: [workspace]
            )
        }
        // "destroy sandbox?", "teardown of feature-test happened, right?": a bare question
        // is no plain order for a run that destroys or applies on its own.
        if destroy || autoApply, sentence.endsWithQuestion, mood == .command {
            return .clarify(
                "Do you want me to start \(destroy ? "a destroy" : "an auto-apply") run in "
                    + "\(workspace)? Say it as an order.",
                candidate: .createRun,
                choices: [workspace]
            )
        }
        if autoApply, sentence.planOnly == true, !sentence.negatedApply || autoApplyJoined {
            return .clarify(
                "Should the run in \(workspace) only plan, or apply automatically?",
                candidate: .createRun,
                choices: ["plan_only", "auto_apply"]
            )
        }
        if destroy { arguments.isDestroy = true }
        if autoApply {
            arguments.autoApply = true
            arguments.planOnly = false
        } else {
            if sentence.autoApply == false { arguments.autoApply = false }
            if sentence.planOnly == true { arguments.planOnly = true }
        }
        if sentence.refreshOnly || creates.contains(where: { $0.verb == .refresh }) {
            arguments.refreshOnly = true
        }
        return finishCreate(arguments, creates: creates)
    }

    /// Adds targets, replacements, variables and the message; asks when something is missing.
    private func finishCreate(_ base: IntentArguments, creates: [Sentence.VerbHit]) -> MatchResult {
        var arguments = base
        if !sentence.targetAddrs.isEmpty { arguments.targetAddrs = sentence.targetAddrs }
        if !sentence.replaceAddrs.isEmpty { arguments.replaceAddrs = sentence.replaceAddrs }
        if creates.contains(where: { $0.verb == .replace }), sentence.replaceAddrs.isEmpty {
            return .clarify(
                "Which resource address should the run replace, for example aws_instance.web?",
                candidate: .createRun,
                choices: []
            )
        }
        if sentence.targetAddrs.isEmpty, let query = targetQuery { arguments.targetQuery = query }
        if !sentence.variables.isEmpty {
            arguments.variables = sentence.variables
        } else if sentence.mentionsVariables {
            return .clarify(
                "Which variables should the run set? Write them as key=value.",
                candidate: .createRun,
                choices: []
            )
        }
        if let note = sentence.note { arguments.message = note.text }
        return MatchResult(name: .createRun, arguments: arguments, confidence: confidence)
    }

    /// The workspace for a new run: named, referred to, or the conversation's last one.
    private var createWorkspace: String? {
        if sentence.workspaces.count > 1 { return nil }
        if let workspace = targetWorkspace { return workspace }
        let destructive = sentence.isDestroy || sentence.autoApply == true
        if !destructive, sentence.workspaces.isEmpty { return sentence.context.lastWorkspace }
        return nil
    }

    /// Words naming resources to target: "the database resources", "targeting the load balancer".
    private var targetQuery: String? {
        let tokens = sentence.tokens
        let isQueryWord: (Int) -> Bool = { index in
            sentence.isFree(index) && !tokens[index].isQuoted
                && !Lexicon.isKnown(tokens[index].word)
        }
        if let resources = tokens.lastIndex(where: { ["resources", "resource"].contains($0.word) })
        {
            var start = resources
            while start > 0, resources - start < 3, isQueryWord(start - 1) { start -= 1 }
            if start < resources { return words(start..<resources) }
        }
        let leads = tokens.indices.filter { index in
            Self.targetLeads.contains(tokens[index].word)
                // "with only the load balancer": "only" leads a query when it is free.
                || (["only", "just"].contains(tokens[index].word) && sentence.isFree(index)
                    && sentence.word(index + 1) == "the")
        }
        // "targeted plan on staging for just the database": the first lead may name no
        // resource, a later one does.
        for lead in leads {
            var start = lead + 1
            while ["the", "a", "an", "my", "our", "all", "only", "just"]
                .contains(sentence.word(start))
            {
                start += 1
            }
            var end = start
            while end < tokens.count, end - start < 3, isQueryWord(end) { end += 1 }
            if end > start { return words(start..<end) }
        }
        return nil
    }

    private static let targetLeads: WordSet = [
        "targeting", "target", "targeted", "affects", "affecting", "touching", "touches",
    ]

    private func words(_ range: Range<Int>) -> String {
        range.map { sentence.tokens[$0].text }.joined(separator: " ")
    }

    /// A read: a run's details, a workspace's details, a list of runs, or watching a run.
    func readResult(reads: [Sentence.VerbHit]) -> MatchResult {
        if reads.contains(where: { $0.verb == .watch }) { return targetedRead(.watchRun) }
        if !sentence.runIDs.isEmpty { return targetedRead(.getRunDetails) }
        if listsWorkspaces { return .unknown(confidence: 0.8) }
        if sentence.runReference != nil, !sentence.isListLike {
            return targetedRead(.getRunDetails)
        }
        let listVerb = reads.contains { $0.verb == .list }
        // "auto-apply" names a setting, not an apply.
        let singular = sentence.tokens.indices.contains { index in
            let token = sentence.tokens[index]
            guard !token.isQuoted else { return false }
            if token.word == "apply" { return sentence.word(index - 1) != "auto" }
            return ["run", "plan"].contains(token.word)
        }
        let filtered =
            !sentence.statuses.isEmpty || sentence.sinceDays != nil || !sentence.operations.isEmpty
            || sentence.isDestroy
        if sentence.isListLike || listVerb || sentence.pageSize != nil || (filtered && !singular) {
            return listResult()
        }
        // "the auto-apply setting on sandbox": the workspace's settings, not one of its runs.
        if let workspace = targetWorkspace, asksSetting {
            return workspaceDetails(workspace)
        }
        if singular, targetWorkspace != nil { return targetedRead(.getRunDetails) }
        // "what's been happening on production lately": its recent runs, not its settings.
        if targetWorkspace != nil,
            sentence.tokens.contains(where: { Self.recentWords.contains($0.word) })
        {
            return listResult()
        }
        if let workspace = targetWorkspace { return workspaceDetails(workspace) }
        if sentence.organization != nil || sentence.organizationWide || filtered {
            return listResult()
        }
        if singular { return missingRun(.getRunDetails) }
        if !mentionsRuns { return .unknown(confidence: 0.7) }
        return .clarify(
            "What should I show: the runs of a workspace, the organization's runs, or a run?",
            candidate: .listRunsInOrganization,
            choices: [
                IntentName.listRunsInWorkspace.rawValue, IntentName.listRunsInOrganization.rawValue,
                IntentName.getRunDetails.rawValue,
            ]
        )
    }

    /// Whether the sentence asks about a setting ("the auto-apply setting", "does staging have
    /// auto-apply on?") rather than about a run.
    private var asksSetting: Bool {
        let tokens = sentence.tokens
        if tokens.contains(where: { ["setting", "settings"].contains($0.word) }) { return true }
        return sentence.autoApply != nil && mood == .stateQuestion
            && !tokens.contains { ["run", "runs", "plan", "plans"].contains($0.word) }
    }

    /// The details of the named workspace.
    private func workspaceDetails(_ workspace: String) -> MatchResult {
        var arguments = IntentArguments()
        arguments.workspaceName = workspace
        arguments.organization = sentence.organization
        return MatchResult(name: .getWorkspaceDetails, arguments: arguments, confidence: confidence)
    }

    private static let recentWords: WordSet = ["lately", "recently", "happening", "happened"]

    /// Whether the sentence talks about runs, plans or workspaces at all.
    private var mentionsRuns: Bool {
        sentence.tokens.contains {
            ["run", "runs", "plan", "plans", "workspace", "workspaces", "apply", "applies"]
                .contains($0.word)
        }
    }

    /// A read of one run (details or watch) named by ID, reference or workspace.
    private func targetedRead(_ name: IntentName) -> MatchResult {
        guard let arguments = runTarget(for: name) else { return missingRun(name) }
        return MatchResult(name: name, arguments: arguments, confidence: confidence)
    }

    /// A list of runs in one workspace or across the organization, with its filters.
    func listResult() -> MatchResult {
        // "list workspaces": no tool lists workspaces, and runs were not asked for.
        if listsWorkspaces { return .unknown(confidence: 0.8) }
        var arguments = IntentArguments()
        arguments.organization = sentence.organization
        var operations = sentence.operations
        if sentence.isDestroy, !operations.contains("destroy") { operations.append("destroy") }
        if sentence.planOnly == true, sentence.namesRunKind { operations.append("plan_only") }
        if sentence.refreshOnly { operations.append("refresh_only") }
        if !operations.isEmpty { arguments.filterOperation = operations }
        if !sentence.statuses.isEmpty { arguments.filterStatus = sentence.statuses }
        arguments.sinceDays = sentence.sinceDays
        arguments.pageSize = sentence.pageSize
        let name: IntentName
        if let workspace = targetWorkspace {
            name = .listRunsInWorkspace
            arguments.workspaceName = workspace
        } else {
            name = .listRunsInOrganization
            if sentence.workspaces.count > 1 {
                arguments.filterWorkspaceNames = sentence.workspaces
            }
        }
        return MatchResult(name: name, arguments: arguments, confidence: confidence)
    }

    /// Whether the sentence asks for workspaces themselves, with nothing about runs.
    private var listsWorkspaces: Bool {
        guard sentence.tokens.contains(where: { !$0.isQuoted && $0.word == "workspaces" }),
            sentence.statuses.isEmpty, sentence.operations.isEmpty, sentence.sinceDays == nil,
            sentence.pageSize == nil, !sentence.isDestroy, sentence.planOnly == nil,
            !sentence.refreshOnly
        else { return false }
        return !mentionsRunWords
    }

    /// Whether a word of the sentence names runs or what they do.
    private var mentionsRunWords: Bool {
        sentence.tokens.contains {
            !$0.isQuoted
                && ["run", "runs", "plan", "plans", "apply", "applies", "history", "activity"]
                    .contains($0.word)
        }
    }

    private static let newRunWords: WordSet = ["a", "an", "new", "another", "fresh"]
    private static let plainRunWords: WordSet = [
        "normal", "regular", "plain", "standard", "simple", "quick", "full", "new", "fresh",
        "targeted",
    ]

    /// A sentence without a verb: "run-...", "destroy plan for sandbox", "errored runs".
    func inferredResult() -> MatchResult {
        // "a run", "a normal plan": a new run is named, even after a refusal ("no destroy, just
        // a normal plan on sandbox"), as long as it neither destroys nor applies on its own.
        let newRun = sentence.tokens.indices.contains { index in
            guard ["run", "plan"].contains(sentence.word(index)) else { return false }
            let before = sentence.word(index - 1)
            if Self.newRunWords.contains(before) { return true }
            // "targeted plan on staging", "a quick plan": a kind of new run, first or after "a".
            return Self.plainRunWords.contains(before)
                && (["a", "an"].contains(sentence.word(index - 2)) || index == 1)
        }
        let plainNewRun = newRun && !sentence.isDestroy && sentence.autoApply != true
        if !plainNewRun,
            sentence.refusedVerbs > 0 || (sentence.negatedApply && !sentence.namesRunKind)
        {
            return .unknown(confidence: 0.7)
        }
        if !sentence.runIDs.isEmpty { return targetedRead(.getRunDetails) }
        let namesRun = sentence.tokens.contains {
            !$0.isQuoted && ["run", "plan"].contains($0.word)
        }
        if !sentence.isListLike,
            sentence.namesRunKind
                || (sentence.isDestroy && namesRun && !sentence.destroyDescribesRun)
                || newRun
                || sentence.namesTargets
        {
            return createResult([], autoApplyJoined: false)
        }
        let filtered =
            !sentence.statuses.isEmpty || sentence.sinceDays != nil || sentence.pageSize != nil
        if sentence.isListLike || filtered || sentence.organizationWide
            || sentence.organization != nil
        {
            return listResult()
        }
        if sentence.runReference != nil { return targetedRead(.getRunDetails) }
        if targetWorkspace != nil { return readResult(reads: []) }
        return .unknown(confidence: sentence.strayWords > 0 ? 0.8 : 0.6)
    }
}
