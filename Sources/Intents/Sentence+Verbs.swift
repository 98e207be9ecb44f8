/// Verbs: what the sentence asks for, with negation, noun uses and forced forms sorted out.
extension Sentence {
    /// A verb found in the sentence.
    struct VerbHit: Equatable {
        var verb: Lexicon.Verb
        var index: Int
        var isCorrected: Bool
        /// How many tokens the verb takes ("force cancel" takes two).
        var length = 1
    }

    private static let leadWords: WordSet = [
        "to", "and", "then", "please", "pls", "plz", "you", "us", "lets", "kindly", "just", "now",
        "also", "ok", "okay", "hey", "quickly", "go", "ahead", "so", "can", "could", "would",
        "will", "must", "should", "i",
    ]
    private static let forceAdverbs: WordSet = ["forcefully", "forcibly"]
    private static let subjects: WordSet = [
        "i", "we", "you", "they", "someone", "somebody", "anyone", "who",
    ]
    private static let auxiliaries: WordSet = ["did", "do", "does", "have", "has", "had"]
    private static let nounFollowers: WordSet = [
        "history", "status", "details", "logs", "log", "output", "phase", "results", "result",
        "errors", "error", "failures", "failure", "problems", "issues", "list", "id", "ids",
        "queue", "summary", "info",
    ]
    private static let createObjects: WordSet = ["run", "plan", "runs", "plans", "apply"]

    /// The verbs of the sentence that are asked for (not negated, not used as nouns).
    mutating func readVerbs() -> [VerbHit] {
        var hits: [VerbHit] = []
        readVerbPhrases(into: &hits)
        let forced = contains(Self.forceAdverbs) || findPhrase(["by", "force"]) != nil
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            guard var verb = Lexicon.verbs[tokens[index].word] else { continue }
            // "which runs did the pipeline cancel": read before "the pipeline cancel" looks
            // like a noun phrase.
            if asksWhoseRuns(before: index), let status = pastStatus(of: verb, at: index) {
                consume(index)
                addStatus(status)
                continue
            }
            guard isVerbUse(at: index, verb) else { continue }
            consume(index)
            // "wait, don't discard it", "wait! ...": a word to stop, not an order to watch.
            if verb == .watch, tokens[index].word == "wait",
                tokens[index].commaAfter || tokens[index].questionAfter || index + 1 == tokens.count
                    || self.word(index + 1) == "a"
            {
                continue
            }
            // "destroy runs", "refresh plans": a kind of run before a plural, not an order.
            if [.destroy, .refresh].contains(verb), ["runs", "plans"].contains(word(index + 1)) {
                continue
            }
            // "teardown of feature-test": a noun.
            if verb == .destroy, word(index + 1) == "of" { continue }
            if isNegated(index) || isDismissed(index) || refusesObject(after: index + 1)
                || isAnsweredNo(index)
            {
                noteRefused(verb)
                continue
            }
            if let status = pastStatus(of: verb, at: index) {
                addStatus(status)
                continue
            }
            if let statuses = possibleStatuses(of: verb, at: index) {
                for status in statuses { addStatus(status) }
                continue
            }
            if verb == .cancel, forced {
                verb = .forceCancel
            }
            if tokens[index].word == "confirm", asksToVerify(index) { verb = .show }
            hits.append(VerbHit(verb: verb, index: index, isCorrected: tokens[index].isCorrected))
        }
        return hits.sorted { $0.index < $1.index }
    }

    /// Counts a verb the sentence refuses ("don't apply"), remembering a refused apply.
    private mutating func noteRefused(_ verb: Lexicon.Verb) {
        if verb == .apply { negatedApply = true }
        refusedVerbs += 1
    }

    private static let throwWords: WordSet = ["throw", "toss", "chuck"]
    private static let kickWords: WordSet = ["kick", "spin", "fire"]
    private static let makeWords: WordSet = [
        "make", "do", "generate", "prepare", "produce", "queue", "need", "want",
    ]
    private static let newWords: WordSet = ["new", "another", "fresh"]
    private static let startedWords: WordSet = ["going", "started", "queued", "running", "kicked"]

    /// The words a two-word verb can start with.
    private static let phraseLeads = WordSet(
        [Lexicon.forceWords, throwWords, kickWords, makeWords, newWords].flatMap(\.words)
            + ["tear", "get"]
    )

    /// Two-word verbs: "force cancel", "tear down", "throw away", "kick off", "make a plan".
    private mutating func readVerbPhrases(into hits: inout [VerbHit]) {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            // Every branch below starts from one of these words; most words are none of them.
            guard Self.phraseLeads.contains(word) else { continue }
            let next = self.word(index + 1)
            var found: (Lexicon.Verb, Int)?
            if Lexicon.forceWords.contains(word), isFree(index + 1) {
                switch Lexicon.verbs[next] {
                case .cancel?, .forceCancel?: found = (.forceCancel, 2)
                case .execute?, .create?, .forceExecute?: found = (.forceExecute, 2)
                case .apply?: found = (.apply, 2)
                case .discard?: found = (.discard, 2)
                case .replace?: found = (.replace, 2)
                default: break
                }
            } else if word == "tear", let length = tearDownLength(at: index) {
                found = (.destroy, length)
            } else if Self.throwWords.contains(word), ["away", "out"].contains(next) {
                found = (.discard, 2)
            } else if word == "get", next == "rid", self.word(index + 2) == "of" {
                found = (.discard, 3)
            } else if Self.kickWords.contains(word), ["off", "up"].contains(next) {
                found = (.create, 2)
            } else if Self.makeWords.contains(word), let length = createObjectLength(after: index) {
                found = (.create, length)
            } else if word == "get", let length = createObjectLength(after: index),
                Self.newWords.contains(self.word(index + 1))
                    || Self.newWords.contains(self.word(index + 2))
                    || Self.startedWords.contains(self.word(index + length))
            {
                // "get a fresh plan going", "get a run started": a new run, not a read.
                let started = Self.startedWords.contains(self.word(index + length))
                found = (.create, length + (started ? 1 : 0))
            } else if Self.newWords.contains(word), ["run", "plan"].contains(next),
                index == 0 || !["the", "this", "that"].contains(self.word(index - 1))
            {
                found = (.create, 2)
            }
            guard let (verb, length) = found else { continue }
            consume(index..<(index + length))
            if isNegated(index) || isDismissed(index) || refusesObject(after: index + length) {
                noteRefused(verb)
                continue
            }
            // "which runs did the CI team force cancel": a status, as for a one-word verb.
            if let status = pastStatus(of: verb, at: index) {
                addStatus(status)
                continue
            }
            let corrected = (index..<(index + length)).contains { tokens[$0].isCorrected }
            hits.append(
                VerbHit(verb: verb, index: index, isCorrected: corrected, length: length)
            )
        }
    }

    private static let tearObjects: WordSet = [
        "it", "them", "everything", "all", "this", "that", "stuff", "things",
    ]

    /// How many tokens "tear down" or "tear it (all) down" takes from `index`, if it is one.
    func tearDownLength(at index: Int) -> Int? {
        guard word(index) == "tear" else { return nil }
        if word(index + 1) == "down" { return 2 }
        guard Self.tearObjects.contains(word(index + 1)) else { return nil }
        if word(index + 2) == "down" { return 3 }
        return word(index + 2) == "all" && word(index + 3) == "down" ? 4 : nil
    }

    private static let dismissals: WordSet = ["forget", "skip", "ignore", "drop", "scratch"]

    /// Whether the verb at `index` is the object of a dismissal: "forget the destroy",
    /// "skip the apply", "ignore destroying it"; only determiners may come between.
    func isDismissed(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3,
            Lexicon.determiners.contains(word(position)) || word(position) == "about"
        {
            position -= 1
        }
        return position >= 0 && !tokens[position].isQuoted
            && Self.dismissals.contains(word(position))
    }

    /// How many tokens "make a (new) plan" takes, counted from `index`, if it is one.
    private func createObjectLength(after index: Int) -> Int? {
        var next = index + 1
        while ["a", "an", "new", "another", "fresh", "quick"].contains(word(next)) { next += 1 }
        guard ["run", "plan"].contains(word(next)), isFree(next) else { return nil }
        return next - index + 1
    }

    /// Nouns that name what a run action acts on.
    private static let runObjects: WordSet = [
        "run", "runs", "plan", "plans", "apply", "one", "ones", "it", "them", "changes", "change",
        "terraform", "tf", "infra", "infrastructure", "deploy", "deployment",
        "stack", "configuration", "config", "update", "release", "destroy", "execution",
    ]
    private static let objectEnds: WordSet = [
        "and", "then", "because", "so", "but", "or", "since", "before", "after", "until", "while",
        "with", "by", "in", "for", "on", "at", "from", "of", "within", "inside", "to",
    ]

    /// Whether the words after the verb `hit` name something that is not a run ("cancel my
    /// meeting", "kill the pod", "apply makeup"): an unknown noun and no run word, ID or name.
    func objectIsForeign(_ hit: VerbHit) -> Bool {
        var foreign = false
        var position = hit.index + hit.length
        // "apply for a job", "apply to a college": the verb's other sense.
        if ["for", "to"].contains(word(position)), Lexicon.numbers[word(position + 1)] != nil {
            return true
        }
        while position < tokens.count, position < hit.index + hit.length + 5 {
            let token = tokens[position]
            if position > hit.index + hit.length, tokens[position - 1].commaAfter { break }
            // Verbs are taken before this runs, so an out-of-scope one is a noun here ("email").
            let outside =
                !token.isQuoted && Lexicon.verbs[token.word] == .outOfScope
                && !Self.runObjects.contains(token.word)
            if !outside, token.isConsumed || token.isQuoted || Self.runObjects.contains(token.word)
            {
                return false
            }
            if Self.objectEnds.contains(token.word) { break }
            if outside || Lexicon.smallTalk.contains(token.word) || !Lexicon.isKnown(token.word) {
                foreign = true
            }
            position += 1
        }
        return foreign
    }

    /// Whether the words after the verb `hit`, up to the clause's end, name something outside
    /// tfcsh ("list the teams", "destroy my API token") and no run.
    func objectIsOutside(_ hit: VerbHit) -> Bool {
        var outside = false
        var position = hit.index + hit.length
        while position < tokens.count, position < hit.index + hit.length + 5 {
            let token = tokens[position]
            if position > hit.index + hit.length, tokens[position - 1].commaAfter { break }
            if Self.objectEnds.contains(token.word), !token.isQuoted { break }
            if Self.runNouns.contains(token.word) || Self.isRunID(token.text) { return false }
            if !token.isQuoted, Lexicon.outsideNouns.contains(token.word) { outside = true }
            position += 1
        }
        return outside
    }

    /// Whether the word at `index` is used as a verb here rather than as a noun.
    private func isVerbUse(at index: Int, _ verb: Lexicon.Verb) -> Bool {
        let word = tokens[index].word
        let before = self.word(index - 1)
        if Self.nounFollowers.contains(self.word(index + 1)), [.apply, .create].contains(verb) {
            return false
        }
        if isSubject(index) || isFailedAttempt(index) { return false }
        // "what did it remove?", "will it destroy anything?": what a run does, asked about.
        if before == "it", Self.questionAuxiliaries.contains(self.word(index - 2)) { return false }
        if ["run", "plan"].contains(word) {
            if Self.isRunID(tokens.indices.contains(index + 1) ? tokens[index + 1].text : "") {
                return false
            }
            if self.word(index + 1) == "id" { return false }
            return isClauseStart(index)
        }
        if ["status", "state", "progress", "details", "detail", "info", "information", "summary"]
            .contains(word)
        {
            return true
        }
        if Lexicon.determiners.contains(before) && before != "no" { return false }
        if followsDeterminer(index) { return false }
        if ["check", "queue", "tail", "stop", "state"].contains(word), before == "the" {
            return false
        }
        if verb == .outOfScope, word == "change" || word == "update", before == "a" { return false }
        return true
    }

    private static let questionAuxiliaries: WordSet = [
        "did", "does", "do", "will", "would", "could", "might",
    ]
    private static let subjectFollowers: WordSet = [
        "is", "was", "has", "had", "keeps", "kept", "seems", "seemed", "looks", "did", "does",
        "got", "failed", "errored", "succeeded", "completed", "finished", "broke", "worked",
        "passed", "crashed", "stalled", "timed", "hung", "failing", "erroring", "hanging",
    ]
    private static let runNouns: WordSet = [
        "run", "runs", "plan", "plans", "apply", "applies", "one", "ones",
    ]

    /// Whether the verb word at `index` is the subject of what follows.
    ///
    /// "apply failed again in app-servers", "cancel is stuck", "plan failed on network-infra";
    /// a status before a run noun is an adjective instead ("discard failed runs").
    private func isSubject(_ index: Int) -> Bool {
        guard Self.subjectFollowers.contains(word(index + 1)) else { return false }
        return !Self.runNouns.contains(word(index + 2))
    }

    private static let attemptWords: WordSet = [
        "failed", "fails", "failing", "fail", "unable", "tried", "trying", "attempted",
    ]

    /// Whether the read verb at `index` says why, after "so I can" or "to" ("so I can see").
    func isPurpose(_ index: Int) -> Bool {
        if word(index - 1) == "to", !["want", "need", "like", "how"].contains(word(index - 2)) {
            return true
        }
        var position = index - 1
        while position >= 0, index - position <= 4, !tokens[position].commaAfter {
            if word(position) == "so", !tokens[position].isQuoted { return true }
            position -= 1
        }
        return false
    }

    private static let requestNouns: WordSet = [
        "access", "permission", "permissions", "job", "role", "membership", "license", "seat",
        "position", "leave", "admin", "approval",
    ]

    /// Whether `hit` is "apply" in its other sense: "apply for access", "apply for a job".
    func asksForSomething(_ hit: VerbHit) -> Bool {
        guard hit.verb == .apply, ["for", "to"].contains(word(hit.index + hit.length)) else {
            return false
        }
        var position = hit.index + hit.length + 1
        while Lexicon.determiners.contains(word(position)) { position += 1 }
        return Self.requestNouns.contains(word(position))
    }

    /// Whether the verb at `index` is what a run did not manage to do ("failed to apply").
    ///
    /// "runs that failed to apply", "the plan was unable to apply": a status, not an order.
    private func isFailedAttempt(_ index: Int) -> Bool {
        word(index - 1) == "to" && Self.attemptWords.contains(word(index - 2))
    }

    /// Whether a determiner comes a few modifiers before `index` ("the long running apply",
    /// "the terraform plan"), with no verb, place word or clause break between.
    private func followsDeterminer(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, index - position <= 3 {
            let token = tokens[position]
            if token.commaAfter { return false }
            if position < index - 1, Lexicon.determiners.contains(token.word) {
                return token.word != "no"
            }
            if !token.isConsumed,
                Lexicon.verbs[token.word] != nil || Self.objectEnds.contains(token.word)
                    || Lexicon.negators.contains(token.word)
            {
                return false
            }
            position -= 1
        }
        return false
    }

    /// The status a verb reports when a question asks what someone did ("runs did I cancel").
    private func pastStatus(of verb: Lexicon.Verb, at index: Int) -> String? {
        guard
            (Self.subjects.contains(word(index - 1)) && Self.auxiliaries.contains(word(index - 2)))
                || asksWhoseRuns(before: index)
        else {
            return nil
        }
        switch verb {
        case .apply: return "applied"
        case .discard: return "discarded"
        case .cancel, .forceCancel: return "canceled"
        default: return nil
        }
    }

    /// Whether "which runs did the CI/CD pipeline cancel" puts a named doer between the
    /// question's "did" and the verb at `index`: the runs it reports, not an order.
    private func asksWhoseRuns(before index: Int) -> Bool {
        var position = index - 2
        while position >= max(0, index - 7) {
            let between = (position + 1)..<index
            if ["did", "has", "have", "had"].contains(word(position)),
                ["runs", "ones", "which", "what"].contains(word(position - 1)),
                between.allSatisfy({ Lexicon.verbs[word($0)] == nil })
            {
                return true
            }
            position -= 1
        }
        return false
    }

    private static let modals: WordSet = ["can", "could", "may", "might", "should", "must"]

    /// The statuses of runs a relative clause says can take the action ("runs I can cancel",
    /// "the ones we should apply", "which runs could I discard"), in a sentence about runs.
    private func possibleStatuses(of verb: Lexicon.Verb, at index: Int) -> [String]? {
        var position = index - 1
        // "which runs can I cancel": the question order puts the subject first.
        if Self.subjects.contains(word(position)), Self.modals.contains(word(position - 1)) {
            guard isListLike || ["ones", "which", "what"].contains(word(position - 2)) else {
                return nil
            }
            return Lexicon.awaiting(verb)
        }
        if word(position) == "to", ["need", "have", "ought"].contains(word(position - 1)) {
            position -= 1
        } else if !Self.modals.contains(word(position)) {
            return nil
        }
        guard Self.subjects.contains(word(position - 1)), word(position - 1) != "who",
            isListLike || ["ones", "which", "that"].contains(word(position - 2))
        else { return nil }
        return Lexicon.awaiting(verb)
    }

    /// Whether `index` starts a clause: first content word, or after "to", "and", "then", ...
    func isClauseStart(_ index: Int) -> Bool {
        var position = index - 1
        while position >= 0 {
            if tokens[position].commaAfter { return true }
            let word = tokens[position].word
            if ["to", "and", "then", "lets", "us", "please", "pls", "plz", "kindly"].contains(word)
            {
                return true
            }
            if !Lexicon.fillers.contains(word)
                && !["you", "can", "could", "would", "will", "i", "maybe", "perhaps"].contains(word)
            {
                return false
            }
            position -= 1
        }
        return true
    }

    /// Whether the verb at `index` is asked about and answered "no": "cancel? no, show it".
    private func isAnsweredNo(_ index: Int) -> Bool {
        guard let mark = questionMark(after: index) else { return false }
        return ["no", "nope", "nah", "not"].contains(word(mark + 1))
    }

    /// Whether the clause of the verb at `index` ends with a question mark, even when more
    /// follows it: "force cancel? is that safe for run-...".
    func isAsked(_ index: Int) -> Bool {
        questionMark(after: index) != nil
    }

    /// The token a question mark follows in the clause that starts at `index`, if any.
    private func questionMark(after index: Int) -> Int? {
        var position = index
        while position < tokens.count, position - index < 5, !tokens[position].commaAfter {
            if tokens[position].questionAfter { return position }
            position += 1
        }
        return nil
    }

    /// Whether the object at `index` is no run at all: "apply nothing", "cancel none of them".
    private func refusesObject(after index: Int) -> Bool {
        ["nothing", "none"].contains(word(index))
    }

    /// Whether "confirm" at `index` asks to check something rather than to apply a run.
    ///
    /// "confirm whether staging has pending runs", "confirm that run-... is planned".
    private func asksToVerify(_ index: Int) -> Bool {
        let next = word(index + 1)
        if ["whether", "if"].contains(next) { return true }
        guard next == "that" else { return false }
        return ((index + 2)..<tokens.count).contains {
            Self.clauseVerbs.contains(tokens[$0].word) && !tokens[$0].isQuoted
        }
    }

    private static let clauseVerbs: WordSet = [
        "is", "was", "are", "were", "has", "have", "had", "did", "does", "got", "looks",
    ]

    /// Whether a negator comes shortly before `index` in the same clause.
    func isNegated(_ index: Int) -> Bool {
        var position = index - 1
        var distance = 0
        while position >= 0, distance < 4 {
            if tokens[position].commaAfter { return false }
            if Lexicon.negators.contains(tokens[position].word), !tokens[position].isQuoted {
                return true
            }
            position -= 1
            distance += 1
        }
        return false
    }
}
