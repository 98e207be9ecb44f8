/// Typo correction, time windows, counts, statuses, operations and run flags.
extension Sentence {
    /// Corrects near misses of command words ("cancle", "lsit"), leaving names alone.
    mutating func correctTypos() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            guard word.utf8.count >= 4, word.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }),
                !Lexicon.isKnown(word), context.workspaces.exactName(word) == nil,
                word != context.defaultOrganization?.lowercased(),
                let corrected = Self.closestCommandWord(to: word)
            else { continue }
            tokens[index].word = corrected
            tokens[index].isCorrected = true
            corrections += 1
        }
    }

    /// The one command word within the edit allowance of `word`, if exactly one is closest.
    static func closestCommandWord(to word: String) -> String? {
        // "faild" is as near "fail" as "failed", but it is "failed" with a letter dropped.
        let past = String(word.dropLast()) + "ed"
        if word.hasSuffix("d"), !word.hasSuffix("ed"), Lexicon.statuses[past] != nil {
            return past
        }
        guard let best = commandWords.closestName(to: word), !isInflection(word, of: best) else {
            return nil
        }
        return best
    }

    /// Whether `word` is another form of `base` ("enabled", "starts") rather than a typo of it.
    private static func isInflection(_ word: String, of base: String) -> Bool {
        guard word.hasPrefix(base) || base.hasPrefix(word) else { return false }
        let longer = word.count > base.count ? word : base
        let shorter = word.count > base.count ? base : word
        let ending = longer.dropFirst(shorter.count)
        return ["s", "d", "ed", "es", "er", "r", "ing", "ly"].contains(String(ending))
    }

    /// Command words indexed like workspace names, so a correction touches only near words.
    private static let commandWords = WorkspaceIndex(names: Lexicon.correctable)

    /// Reads time windows ("today", "the last 2 weeks") into `sinceDays`.
    mutating func readTimeWindow() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            if word == "today" || word == "tonight" || word == "overnight" {
                sinceDays = 1
                consume(index)
            } else if word == "yesterday" {
                sinceDays = 2
                consume(index)
            } else if word == "fortnight" {
                sinceDays = 14
                consume(index)
            } else if let days = Self.unitDays[word] {
                readWindow(unitAt: index, days: days)
            }
        }
    }

    private static let unitDays: WordTable<Int> = [
        "hour": 0, "hours": 0, "hrs": 0, "day": 1, "days": 1, "night": 1, "nights": 1, "week": 7,
        "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365,
    ]

    /// Reads "N units" or "this/last/past unit" ending at the unit word at `index`.
    private mutating func readWindow(unitAt index: Int, days: Int) {
        let before = word(index - 1)
        if let count = Self.number(before) {
            let total = days == 0 ? max(1, (count + 23) / 24) : count * days
            sinceDays = total
            consume((index - 1)..<(index + 1))
            if ["last", "past", "previous"].contains(word(index - 2)) { consume(index - 2) }
        } else if ["this", "last", "past", "previous", "a", "one", "the"].contains(before) {
            sinceDays = days == 0 ? 1 : days
            consume((index - 1)..<(index + 1))
        }
    }

    /// The number a word stands for: digits or a number word.
    static func number(_ word: String) -> Int? {
        if let value = Int(word), value > 0, value <= 10_000 { return value }
        return Lexicon.numbers[word]
    }

    /// Reads "the last 5 runs", "10 most recent runs", "top 3" into `pageSize`.
    mutating func readCount() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            guard word != "a", word != "an", word != "one", let count = Self.number(word) else {
                continue
            }
            var next = index + 1
            while ["most", "recent", "latest", "last", "newest", "previous", "new"].contains(
                self.word(next)
            ) {
                next += 1
            }
            let leads = ["last", "latest", "first", "top", "recent", "previous", "newest"]
            if self.word(next) == "runs" || self.word(next) == "run"
                || leads.contains(self.word(index - 1))
            {
                pageSize = count
                consume(index)
            }
        }
    }

    private static let statusPhrases: [([String], [String])] = [
        (["awaiting", "approval"], Lexicon.confirmable),
        (["awaiting", "confirmation"], Lexicon.confirmable),
        (["waiting", "for", "approval"], Lexicon.confirmable),
        (["waiting", "for", "confirmation"], Lexicon.confirmable),
        (["waiting", "on", "approval"], Lexicon.confirmable),
        (["waiting", "to", "be", "applied"], Lexicon.confirmable),
        (["needs", "approval"], Lexicon.confirmable),
        (["need", "approval"], Lexicon.confirmable),
        (["needing", "approval"], Lexicon.confirmable),
        (["needs", "confirmation"], Lexicon.confirmable),
        (["need", "confirmation"], Lexicon.confirmable),
        (["needing", "confirmation"], Lexicon.confirmable),
        (["pending", "approval"], Lexicon.confirmable),
        (["pending", "confirmation"], Lexicon.confirmable),
        (["pending", "apply"], Lexicon.confirmable),
        (["requiring", "approval"], Lexicon.confirmable),
        (["ready", "to", "apply"], Lexicon.confirmable),
        (["ready", "to", "be", "applied"], Lexicon.confirmable),
        (["to", "be", "approved"], Lexicon.confirmable),
        (["in", "progress"], Lexicon.inFlight),
        (["force", "canceled"], ["force_canceled"]),
        (["force", "cancelled"], ["force_canceled"]),
        (["plan", "queued"], ["plan_queued"]),
        (["apply", "queued"], ["apply_queued"]),
        (["cost", "estimated"], ["cost_estimated"]),
        (["policy", "checked"], ["policy_checked"]),
        (["policy", "override"], ["policy_override"]),
        (["policy", "overridden"], ["policy_override"]),
        (["with", "errors"], ["errored"]),
    ]

    /// The status phrases grouped by their first word, so each token costs one lookup.
    private static let statusPhrasesByFirstWord = WordTable(
        Dictionary(grouping: statusPhrases, by: { $0.0.first ?? "" })
    )

    /// Reads status words and phrases into `statuses`, skipping negated ones ("not applied").
    mutating func readStatuses() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            guard let candidates = Self.statusPhrasesByFirstWord[tokens[index].word] else {
                continue
            }
            // "get a plan queued" asks for a new run, not for queued ones.
            if ["a", "an", "another", "new", "fresh"].contains(word(index - 1)) { continue }
            for (phrase, names) in candidates
            where phrase.indices.allSatisfy({ isWord(index + $0, phrase[$0]) }) {
                addStatuses(names)
                consume(index..<(index + phrase.count))
                break
            }
        }
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            guard let names = Lexicon.statuses[tokens[index].word] else { continue }
            if Lexicon.negators.contains(word(index - 1)) { continue }
            // "runs that need to be applied", "can be cancelled": waiting for it, not done.
            if word(index - 1) == "be",
                let verb = Lexicon.verbs[Self.baseVerb[tokens[index].word] ?? ""],
                let waiting = Lexicon.awaiting(verb)
            {
                addStatuses(waiting)
                consume((index - 1)..<(index + 1))
                continue
            }
            addStatuses(names)
            consume(index)
        }
    }

    /// The verb a status word is the past participle of.
    private static let baseVerb: WordTable<String> = [
        "applied": "apply", "canceled": "cancel", "cancelled": "cancel", "discarded": "discard",
        "rejected": "discard", "stopped": "cancel", "aborted": "cancel", "killed": "cancel",
    ]

    private mutating func addStatuses(_ names: [String]) {
        for name in names { addStatus(name) }
    }

    /// Adds one API status name to the filter, once.
    mutating func addStatus(_ name: String) {
        if !statuses.contains(name) { statuses.append(name) }
    }

    private static let planOnlyPhrases: [[String]] = [
        ["plan", "only"], ["only", "plan"], ["speculative"], ["dry", "run"], ["dry", "runs"],
        ["without", "applying"], ["without", "apply"], ["without", "an", "apply"],
        ["do", "not", "apply"], ["not", "apply"], ["never", "apply"], ["no", "apply"],
        ["just", "a", "plan"], ["only", "a", "plan"], ["just", "plan"],
    ]

    private static let autoApplyOffPhrases: [[String]] = [
        ["without", "auto", "apply"], ["no", "auto", "apply"], ["not", "auto", "apply"],
        ["auto", "apply", "off"], ["auto", "apply", "disabled"], ["auto", "apply", "false"],
        ["auto", "apply", "no"], ["auto", "apply", "none"], ["auto", "apply", "never"],
        ["never", "auto", "apply"],
    ]

    private static let autoApplyOnPhrases: [[String]] = [
        ["auto", "apply"], ["apply", "automatically"], ["automatically", "apply"],
        ["apply", "it", "automatically"], ["automatically", "applied"],
        ["auto", "applied"], ["auto", "applies"],
    ]

    private static let refreshOnlyPhrases: [[String]] = [
        ["refresh", "only"], ["only", "refresh"],
    ]

    private static let operationPhrases: [[String]] = [
        ["plan", "and", "apply"], ["save", "plan"], ["saved", "plan"],
    ]

    /// The first words of every run-kind phrase.
    private static let flagLeads = WordSet(
        (planOnlyPhrases + autoApplyOffPhrases + autoApplyOnPhrases + refreshOnlyPhrases
            + operationPhrases).compactMap(\.first)
    )

    /// Reads run-kind words: plan only, refresh only, auto-apply and their negations.
    mutating func readFlags() {
        // A phrase is searched for only when its first word is in the sentence: each search
        // walks every token, and most sentences hold few or none of these words.
        let leads = tokens.map(\.word).filter { Self.flagLeads.contains($0) }
        guard !leads.isEmpty else { return }
        for phrase in Self.planOnlyPhrases where leads.contains(phrase[0]) {
            while let index = findPhrase(phrase) {
                planOnly = true
                if phrase.contains("plan") || phrase.contains("speculative")
                    || phrase.contains("run") || phrase.contains("runs")
                {
                    namesRunKind = true
                }
                if phrase.contains("apply") || phrase.contains("applying") { negatedApply = true }
                // "don't destroy anything, just plan dev-test": "plan" stays the clause's verb.
                if ["just", "only"].contains(phrase[0]), phrase.count == 2, isClauseStart(index) {
                    consume(index)
                    continue
                }
                consume(index..<(index + phrase.count))
            }
        }
        readAutoApply(leads: leads)
        let (refreshFirst, onlyFirst) = (Self.refreshOnlyPhrases[0], Self.refreshOnlyPhrases[1])
        while leads.contains("refresh"),
            let index = findPhrase(refreshFirst) ?? findPhrase(onlyFirst)
        {
            refreshOnly = true
            namesRunKind = true
            consume(index..<(index + 2))
        }
        for phrase in Self.operationPhrases
        where leads.contains(phrase[0]) && findPhrase(phrase) != nil && isListLike {
            operations.append(phrase[0] == "plan" ? "plan_and_apply" : "save_plan")
        }
    }

    /// Whether the sentence talks about several runs ("runs", "history").
    var isListLike: Bool {
        tokens.contains { !$0.isQuoted && ["runs", "history", "activity"].contains($0.word) }
    }

    /// Reads "auto-apply", "apply automatically" and their negations into `autoApply`.
    private mutating func readAutoApply(leads: [String]) {
        for phrase in Self.autoApplyOffPhrases where leads.contains(phrase[0]) {
            while let index = findPhrase(phrase) {
                autoApply = false
                consume(index..<(index + phrase.count))
            }
        }
        for phrase in Self.autoApplyOnPhrases where leads.contains(phrase[0]) {
            while let index = findPhrase(phrase) {
                autoApply = true
                consume(index..<(index + phrase.count))
                for extra in ["enabled", "on", "true", "it"]
                where isWord(index + phrase.count, extra) {
                    consume(index + phrase.count)
                }
            }
        }
    }
}
