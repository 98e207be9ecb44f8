/// Picks the intent of a read sentence and builds its arguments.
struct Decision {
    /// A verb of the lexicon.
    typealias Verb = Lexicon.Verb

    /// The sentence as read.
    let sentence: Sentence
    /// Its verbs, in order.
    let verbs: [Sentence.VerbHit]
    /// How it is put.
    let mood: Sentence.Mood

    /// Verbs that act on an existing run.
    static let actionVerbs: [Verb] = [
        .apply, .discard, .cancel, .forceCancel, .forceExecute, .execute,
    ]
    /// Verbs that start a run.
    static let createVerbs: [Verb] = [.create, .destroy, .refresh, .replace]
    /// Verbs that only read.
    static let readVerbs: [Verb] = [.show, .list, .details, .watch]

    private static let outsideObjects: WordSet = [
        "workspace", "workspaces", "organization", "org", "team", "teams", "project", "projects",
        "user", "users", "token", "tokens", "policy", "policies", "variable", "module", "account",
        "repo", "repository", "agent", "pool",
    ]

    /// The intent, its arguments and the confidence.
    func result() -> MatchResult {
        askingForPlace(decided())
    }

    /// The intent as the verbs and the mood give it, before a missing place is asked about.
    private func decided() -> MatchResult {
        // "how many resources will run-... add": a question about a run, whatever its verb.
        let asksAboutRun = mood == .stateQuestion && !sentence.runIDs.isEmpty
        if let first = verbs.first, first.verb == .outOfScope, !asksAboutRun { return .unknown() }
        // "list the teams", "cancel the VCS webhook": a verb of ours on something not a run.
        if let first = verbs.first, first.verb != .help, sentence.objectIsOutside(first) {
            return .unknown()
        }
        if verbs.first?.verb == .help || mood == .helpQuestion { return .help() }
        // "show commands", "list the commands": a read of the help is help.
        if sentence.namesHelp, sentence.runIDs.isEmpty,
            verbs.allSatisfy({ $0.verb == .help || Self.readVerbs.contains($0.verb) })
        {
            return .help()
        }
        if createsSomethingElse { return .unknown() }
        // "apply run-..., just kidding": an order taken back is no order.
        if !verbs.isEmpty, let retraction = sentence.retractionIndex,
            verbs.contains(where: { $0.index < retraction })
        {
            return .unknown()
        }
        var actions = verbs.filter { Self.actionVerbs.contains($0.verb) }
        let creates = verbs.filter { Self.createVerbs.contains($0.verb) }
        // "plan staging, need to check drift first": a read of something that is no run is
        // the reason for the new run, not a second order.
        // "create a plan so I can see what changes": a read in a purpose clause after the order
        // is why it is wanted, not a second order.
        let ordered = verbs.filter {
            Self.createVerbs.contains($0.verb) || Self.actionVerbs.contains($0.verb)
        }
        let reads = verbs.filter { hit in
            Self.readVerbs.contains(hit.verb)
                && (creates.isEmpty || !sentence.objectIsForeign(hit))
                && !(ordered.contains { $0.index < hit.index } && sentence.isPurpose(hit.index))
        }
        if actions.contains(where: { $0.verb == .forceExecute }) {
            actions.removeAll { $0.verb == .execute }
        }
        if actions.contains(where: { $0.verb == .forceCancel }) {
            actions.removeAll { $0.verb == .cancel }
        }
        if mood == .stateQuestion { return readResult(reads: reads + actions + creates) }
        if !actions.isEmpty || !creates.isEmpty {
            let order = orderResult(actions: actions, creates: creates, reads: reads)
            // A thought about an action ("what if I apply ...") is answered by showing the run,
            // and so is an action on a run put off until later ("approve it after standup").
            let putOff = actions.first.map { sentence.putsOff(after: $0.index) } ?? false
            if mood == .hedged || (putOff && order.name != .createRun), order.isDestructive {
                return readResult(reads: reads + actions + creates)
            }
            return order
        }
        if !reads.isEmpty { return readResult(reads: reads) }
        return inferredResult()
    }

    /// Whether the sentence asks to create or delete something other than a run.
    private var createsSomethingElse: Bool {
        guard let hit = verbs.first, hit.verb == .create, sentence.word(hit.index) != "plan",
            sentence.word(hit.index) != "run"
        else { return false }
        var next = hit.index + 1
        while ["a", "an", "new", "the", "another", "my"].contains(sentence.word(next)) { next += 1 }
        return Self.outsideObjects.contains(sentence.word(next))
    }

    /// An order: one action, one kind of run, or a question back when they conflict.
    private func orderResult(
        actions: [Sentence.VerbHit],
        creates: [Sentence.VerbHit],
        reads: [Sentence.VerbHit]
    ) -> MatchResult {
        var actions = actions
        if let create = creates.first, !actions.isEmpty, create.index < (actions.first?.index ?? 0),
            actions.allSatisfy({ $0.verb == .apply && isJoined($0.index) })
        {
            actions = []
            return createResult(creates, autoApplyJoined: true)
        }
        if !actions.isEmpty, let create = creates.first,
            create.verb == .create || !sentence.isListLike
        {
            return conflict([intent(for: create.verb)] + actions.map { intent(for: $0.verb) })
        }
        let kinds = Set(actions.map { intent(for: $0.verb) })
        if kinds.count > 1 { return conflict(actions.map { intent(for: $0.verb) }) }
        if let action = actions.first {
            if reads.contains(where: { $0.verb != .details }) {
                return conflict([readIntent(), intent(for: action.verb)])
            }
            return actionResult(action)
        }
        if !reads.isEmpty, creates.allSatisfy({ $0.verb != .create }), sentence.isListLike {
            return readResult(reads: reads)
        }
        if let read = reads.first, read.verb != .details,
            creates.contains(where: { $0.verb == .create })
        {
            return conflict([readIntent(), .createRun])
        }
        return createResult(creates, autoApplyJoined: false)
    }

    /// Whether the verb at `index` follows "and" or "then" ("plan staging and apply it").
    private func isJoined(_ index: Int) -> Bool {
        ["and", "then", "&"].contains(sentence.word(index - 1))
            || (sentence.word(index - 1) == "then" && sentence.word(index - 2) == "and")
    }

    /// The intent a verb asks for.
    func intent(for verb: Verb) -> IntentName {
        switch verb {
        case .apply: .applyRun
        case .discard: .discardRun
        case .cancel: .cancelRun
        case .forceCancel: .forceCancelRun
        case .forceExecute, .execute: .forceExecuteRun
        case .create, .destroy, .refresh, .replace: .createRun
        case .watch: .watchRun
        case .details: .getRunDetails
        case .show, .list: readIntent()
        case .help: .help
        case .outOfScope: .unknown
        }
    }

    /// The read-only intent the sentence's places point to.
    func readIntent() -> IntentName {
        if sentence.workspaces.count == 1 { return .listRunsInWorkspace }
        return .listRunsInOrganization
    }

    /// A question back naming the readings that compete.
    func conflict(_ intents: [IntentName]) -> MatchResult {
        var unique: [IntentName] = []
        for intent in intents where !unique.contains(intent) { unique.append(intent) }
        var place = ""
        if let runID = sentence.runIDs.first, sentence.runIDs.count == 1 {
            place = " (\(runID))"
        } else if sentence.workspaces.count == 1 {
            place = " in \(sentence.workspaces[0])"
        }
        let readings = Self.listed(unique.map(\.choicePhrase))
        let question = "Do you want me to \(readings)\(place)? Say which one."
        let candidate = unique.first { !$0.isDestructive } ?? unique.first
        return .clarify(question, candidate: candidate, choices: unique.map(\.rawValue))
    }

    /// "a", "a or b", "a, b or c".
    static func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// How sure the matcher is, lowered by corrections and words it did not understand.
    var confidence: Double {
        let value = 0.95 - 0.1 * Double(sentence.corrections) - 0.03 * Double(sentence.strayWords)
        return (min(0.99, max(0.4, value)) * 100).rounded() / 100
    }

    /// A question back when the sentence's only place is an abbreviation or an unknown word.
    ///
    /// A read or a new run would otherwise fall back to the whole organization or to the
    /// conversation's workspace, which the sentence did not ask for.
    private func askingForPlace(_ decided: MatchResult) -> MatchResult {
        guard ![.help, .unknown].contains(decided.name), sentence.workspaces.isEmpty,
            sentence.runIDs.isEmpty, sentence.runReference == nil, !sentence.workspaceReference
        else { return decided }
        let candidate = decided.name == .clarify ? decided.candidate : decided.name
        let choices = sentence.placeChoices
        if choices.count == 1 {
            return .clarify(
                "Do you mean the workspace \(choices[0])? Say its full name.",
                candidate: candidate,
                choices: choices
            )
        }
        if !choices.isEmpty {
            return .clarify(
                "Which workspace do you mean: \(Self.listed(choices))?",
                candidate: candidate,
                choices: choices
            )
        }
        guard let unknown = sentence.unknownPlace else { return decided }
        return .clarify(
            "I know no workspace named \"\(unknown)\". Name a known one, or say "
                + "\"workspace \(unknown)\" to use that name.",
            candidate: candidate,
            choices: []
        )
    }

    /// A run action: apply, discard, cancel, force-cancel or force-execute.
    private func actionResult(_ hit: Sentence.VerbHit) -> MatchResult {
        let name = intent(for: hit.verb)
        if sentence.asksForSomething(hit) { return .unknown() }
        if sentence.objectIsForeign(hit) {
            guard sentence.runIDs.count + sentence.workspaces.count == 1 else { return .unknown() }
            let target = sentence.runIDs.first ?? "the run in \(sentence.workspaces[0])"
            return .clarify(
                "Do you want me to \(name.verb) \(target)? Say it with the run or workspace.",
                candidate: name,
                choices: [name.rawValue]
            )
        }
        if hit.verb == .execute {
            return .clarify(
                "Do you want me to apply the run or force-execute it? Say which one.",
                candidate: .applyRun,
                choices: [IntentName.applyRun.rawValue, IntentName.forceExecuteRun.rawValue]
            )
        }
        guard var arguments = runTarget(for: name) else { return missingRun(name) }
        if hit.isCorrected, arguments.runID == nil {
            return .clarify(
                "Did you mean to \(name.verb) a run? Say it again with the run ID.",
                candidate: name,
                choices: [name.rawValue]
            )
        }
        if sentence.endsWithQuestion || sentence.isAsked(hit.index), mood == .command {
            let target = arguments.runID ?? arguments.workspaceName ?? "the run"
            return .clarify(
                "Do you want me to \(name.verb) \(target)? Say yes by asking plainly.",
                candidate: name,
                choices: [name.rawValue]
            )
        }
        if let note = sentence.note, name != .forceExecuteRun { arguments.comment = note.text }
        return MatchResult(name: name, arguments: arguments, confidence: confidence)
    }

    /// The run an action or a detail names: an ID, a reference, or a workspace to pick it in.
    func runTarget(for name: IntentName) -> IntentArguments? {
        var arguments = IntentArguments()
        if sentence.runIDs.count > 1 { return nil }
        if let runID = sentence.runIDs.first {
            arguments.runID = runID
            return arguments
        }
        if let reference = sentence.runReference {
            if let runID = resolve(reference) {
                arguments.runID = runID
                return arguments
            }
            // "I don't want to discard it, just show me the dev run": with nothing earlier to
            // refer to, a read takes the named workspace; an action still asks.
            // "the plan in dev is wrong, discard it": "it" is the run of the workspace named
            // before it, so an action takes that workspace too.
            guard !name.isDestructive || sentence.referenceFollowsPlace, targetWorkspace != nil
            else { return nil }
        }
        guard let workspace = targetWorkspace else { return nil }
        arguments.workspaceName = workspace
        if let organization = sentence.organization { arguments.organization = organization }
        var statuses = sentence.statuses
        if [.applyRun, .discardRun].contains(name), statuses.contains("pending") {
            statuses = Lexicon.confirmable
        }
        if !statuses.isEmpty { arguments.filterStatus = statuses }
        return arguments
    }

    /// The one workspace the sentence names or refers to.
    var targetWorkspace: String? {
        if sentence.workspaces.count == 1 { return sentence.workspaces.first }
        if sentence.workspaces.isEmpty, sentence.workspaceReference {
            return sentence.context.lastWorkspace
        }
        return nil
    }

    /// The run ID a reference to the conversation stands for.
    func resolve(_ reference: Sentence.RunReference) -> String? {
        let context = sentence.context
        switch reference {
        case .last:
            return context.lastRunID
                ?? (context.lastRunIDs.count == 1 ? context.lastRunIDs.first : nil)
        case .position(let position):
            guard position >= 1, position <= context.lastRunIDs.count else { return nil }
            return context.lastRunIDs[position - 1]
        case .lastOfList:
            return context.lastRunIDs.last ?? context.lastRunID
        }
    }

    /// A question back when an action or detail names no run it can find.
    func missingRun(_ name: IntentName) -> MatchResult {
        let context = sentence.context
        var choices = context.lastRunIDs
        if choices.isEmpty, let last = context.lastRunID { choices = [last] }
        if sentence.workspaces.count > 1 { choices = sentence.workspaces }
        if sentence.runIDs.count > 1 { choices = sentence.runIDs }
        var question = "Which run should I \(name.verb)? Give a run ID or a workspace name."
        if sentence.runReference != nil, choices.isEmpty {
            question =
                "Which run should I \(name.verb)? There is no earlier run to refer to; "
                + "give a run ID or a workspace name."
        } else if !choices.isEmpty {
            question = "Which run should I \(name.verb): \(Self.listed(choices))?"
        }
        return .clarify(question, candidate: name, choices: choices)
    }
}
