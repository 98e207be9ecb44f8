/// The mood of a sentence: a command, a question about how things work, or a question about a
/// run's state; and the trailing reason a run action may carry.
extension Sentence {
    /// How a sentence is put.
    enum Mood: Equatable {
        /// An order ("cancel run-...").
        case command
        /// An order put politely as a question ("could you cancel run-...?").
        case politeCommand
        /// A question about how to do something ("how do I apply?", "can I cancel ...?").
        case helpQuestion
        /// A question about state ("was it applied?", "did run-... apply?").
        case stateQuestion
        /// A thought, a hypothesis or a plan for later rather than an order ("what if I apply
        /// run-...", "maybe cancel it", "I wonder if I should discard", "apply it tomorrow").
        case hedged
    }

    /// Words that, before the first action verb, make the sentence a thought, not an order.
    private static let hedgeWords: WordSet = [
        "if", "whether", "maybe", "perhaps", "possibly", "probably", "think", "thinking",
        "wonder", "wondering", "suppose", "supposing", "considering", "hypothetically", "imagine",
        "should", "might", "once", "unless", "case", "when", "after", "until", "before",
        "wants", "wanted", "intends", "hopes", "hoping", "expects",
    ]
    /// Words that make an action wait for something, anywhere in the sentence.
    ///
    /// "apply it once the checks pass", "cancel run-... unless it finishes".
    private static let conditions: WordSet = ["if", "unless", "once", "whenever"]
    /// Words that put an action later than now, anywhere in the sentence.
    private static let laterWords: WordSet = ["tomorrow", "later", "tonight", "eventually"]
    private static let laterUnits: WordSet = [
        "week", "month", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "morning", "afternoon", "evening", "weekend", "sprint", "release",
    ]
    private static let actionWords: WordSet = [
        "apply", "approve", "confirm", "ship", "discard", "reject", "decline", "dismiss",
        "scrap", "trash", "cancel", "abort", "stop", "kill", "halt", "terminate", "interrupt",
        "force", "execute", "destroy", "teardown", "nuke", "decommission",
    ]

    /// Whether the sentence muses or plans for later instead of ordering an action now.
    private var isHedged: Bool {
        let firstAction = tokens.firstIndex { !$0.isQuoted && Self.actionWords.contains($0.word) }
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            if Self.laterWords.contains(word) { return true }
            // "cancel it at once" is now, not a condition.
            if Self.conditions.contains(word), !describesAutoApply(index),
                word != "once" || self.word(index - 1) != "at"
            {
                return true
            }
            if word == "next", Self.laterUnits.contains(self.word(index + 1)) { return true }
            if word == "this", ["afternoon", "evening", "weekend"].contains(self.word(index + 1)) {
                return true
            }
            guard let action = firstAction, index < action else { continue }
            // "would" muses ("it would be wise to", "I would apply") unless it asks ("would
            // you", "I would like to").
            if word == "would", index > 0, !Self.wishes.contains(self.word(index + 1)) {
                return true
            }
            // "we could apply the staging run": a possibility, not an order ("could you" asks).
            if ["could", "can"].contains(word), Self.musingSubjects.contains(self.word(index - 1)) {
                return true
            }
            // "jane will apply the staging plan", "I'm going to cancel it": a statement of what
            // someone will do, unless it asks ("will you", "you will").
            if ["will", "gonna"].contains(word)
                || (word == "going" && self.word(index + 1) == "to"),
                index > 0, self.word(index - 1) != "you", self.word(index + 1) != "you"
            {
                return true
            }
            // "should I apply?" at the start is a question the openers already read.
            if Self.hedgeWords.contains(word), index > 0 || word != "should" { return true }
        }
        return false
    }

    /// Whether the condition at `index` only restates what auto-apply does.
    ///
    /// "apply automatically once the plan passes", "auto-apply if the plan is clean"; a
    /// condition on anything else ("once jane approves") still waits.
    private func describesAutoApply(_ index: Int) -> Bool {
        let automatic =
            tokens[..<index].contains { !$0.isQuoted && $0.word == "automatically" }
            || tokens[..<index].indices.contains { word($0) == "auto" && word($0 + 1) == "apply" }
        guard automatic else { return false }
        return ((index + 1)...(index + 3)).contains { ["plan", "plans"].contains(word($0)) }
    }

    private static let musingSubjects: WordSet = [
        "i", "we", "they", "someone", "somebody", "anyone",
    ]

    private static let wishes: WordSet = ["you", "like", "love", "prefer", "want", "appreciate"]

    private static let helpOpeners: [[String]] = [
        ["is", "it", "possible"], ["is", "there", "a", "way"], ["am", "i", "able"],
        ["is", "it", "safe"], ["is", "it", "ok"], ["is", "it", "okay"], ["is", "it", "risky"],
        ["is", "it", "dangerous"], ["is", "it", "wise"], ["am", "i", "allowed"],
        ["are", "we", "allowed"], ["do", "i", "need"],
        ["do", "i", "have"], ["do", "we", "need"], ["what", "happens"], ["what", "does"],
        ["what", "do"], ["what", "would"], ["what", "is", "a"], ["what", "is", "an"],
        ["what", "are", "the", "differences"], ["what", "is", "the", "difference"],
        ["what", "can", "you"], ["what", "can", "i"], ["why"], ["when", "should"],
        ["where", "can"], ["where", "do"], ["explain"], ["who", "can"],
    ]
    private static let readVerbs: WordSet = [
        "see", "list", "show", "get", "view", "check", "look", "find", "watch", "have", "know",
        "ask",
    ]

    /// Reads how the sentence is put from its first words.
    func readMood() -> Mood {
        let mood = leadingMood()
        guard mood == .command || mood == .politeCommand, isHedged else { return mood }
        return .hedged
    }

    /// How the sentence's first words put it.
    private func leadingMood() -> Mood {
        let words = leadingWords()
        guard let first = words.first else { return .command }
        let second = words.count > 1 ? words[1] : ""
        let third = words.count > 2 ? words[2] : ""
        for opener in Self.helpOpeners where words.starts(with: opener) {
            return first == "why" && asksWhyOfRun(second) ? .stateQuestion : .helpQuestion
        }
        if asksHowTo { return .helpQuestion }
        switch first {
        case "how":
            if ["many", "much", "long"].contains(second) { return .stateQuestion }
            if ["is", "are", "was", "did", "does"].contains(second), !runIDs.isEmpty || hasRunWord {
                return .stateQuestion
            }
            return .helpQuestion
        case "can", "could", "may", "might", "should", "shall":
            if second == "you" { return .politeCommand }
            if ["i", "we"].contains(second) {
                return Self.readVerbs.contains(third) ? .politeCommand : .helpQuestion
            }
            return .command
        case "would", "will":
            if ["it", "that", "this"].contains(second) { return .stateQuestion }
            return second == "you" ? .politeCommand : .command
        case "was", "were", "is", "are", "has", "have", "had", "did", "does":
            return second == "not" ? .command : .stateQuestion
        default:
            return .command
        }
    }

    /// Whether "how to", "how do I", "how can I" appears anywhere ("show me how to cancel").
    private var asksHowTo: Bool {
        tokens.indices.contains { index in
            tokens[index].word == "how"
                && (word(index + 1) == "to"
                    || (["do", "can", "should", "would"].contains(word(index + 1))
                        && ["i", "we", "you"].contains(word(index + 2))))
        }
    }

    /// "Why did the prod-db-cluster run fail", "why is staging locked": a question about the
    /// state of a run or workspace it names, not about how tfcsh works ("why should I ...").
    private func asksWhyOfRun(_ second: String) -> Bool {
        guard
            !runIDs.isEmpty || ["did", "is", "was", "does", "has", "are", "were"].contains(second)
        else { return false }
        return !runIDs.isEmpty || hasRunWord || !workspaces.isEmpty
    }

    /// Whether a word in the sentence names a run ("run", "plan", "it").
    private var hasRunWord: Bool {
        tokens.contains { ["run", "plan", "it"].contains($0.word) }
    }

    /// The sentence's words after leading fillers ("hey", "please", "ok").
    private func leadingWords() -> [String] {
        let words = tokens.prefix(8).map(\.word)
        let start = words.firstIndex { !Lexicon.fillers.contains($0) } ?? words.count
        return Array(words[start...])
    }

    private static let retractions: [[String]] = [
        ["just", "kidding"], ["jk"], ["scratch", "that"], ["never", "mind"], ["nevermind"],
        ["forget", "it"], ["forget", "that"], ["on", "second", "thought"], ["wait", "no"],
        ["actually", "no"], ["actually", "do", "not"], ["no", "wait"], ["nvm"], ["nah"],
        ["oops"], ["ignore", "that"], ["disregard", "that"], ["hold", "on"],
    ]

    private static let retractionLeads = WordSet(retractions.compactMap(\.first))

    /// Where the sentence takes back what came before it ("apply run-..., just kidding").
    var retractionIndex: Int? {
        // Words as typed, not as corrected: "never mind" must not read as "never find".
        let typed = { (index: Int) in
            self.tokens.indices.contains(index) && self.tokens[index].isCorrected
                ? self.tokens[index].text.lowercased() : self.word(index)
        }
        for index in tokens.indices
        where !tokens[index].isQuoted && Self.retractionLeads.contains(tokens[index].word) {
            for phrase in Self.retractions where phrase[0] == tokens[index].word {
                if phrase.indices.allSatisfy({ typed(index + $0) == phrase[$0] }) { return index }
            }
        }
        return nil
    }

    private static let timeUnits: WordSet = [
        "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
    ]
    private static let clockWords: WordSet = ["noon", "midnight", "eod", "midday"]

    /// Whether a later time follows the word at `index`: "after standup", "when it is done",
    /// "at 5pm", "in 10 minutes".
    func putsOff(after index: Int) -> Bool {
        var position = index + 1
        while position < tokens.count {
            let token = tokens[position]
            let next = word(position + 1)
            if !token.isQuoted {
                if ["after", "when"].contains(token.word) { return true }
                if ["at", "by"].contains(token.word),
                    Self.clockWords.contains(next) || Self.isClockTime(next)
                {
                    return true
                }
                if token.word == "in", Self.number(next) != nil,
                    Self.timeUnits.contains(word(position + 2))
                {
                    return true
                }
            }
            position += 1
        }
        return false
    }

    /// Whether `word` reads as a time of day: "5pm", "17:00", "9:30am".
    private static func isClockTime(_ word: String) -> Bool {
        var digits = Substring(word)
        for suffix in ["am", "pm"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(suffix.count)
        }
        guard digits.count < word.count || digits.contains(":") else { return false }
        return !digits.isEmpty && digits.allSatisfy { $0.isNumber || $0 == ":" }
    }

    private static let helpNouns: WordSet = ["help", "commands", "usage"]
    private static let runNouns: WordSet = ["run", "runs", "plan", "plans", "apply", "workspace"]

    /// Whether the sentence names the help ("commands", "usage") and no runs.
    var namesHelp: Bool {
        var help = false
        for token in tokens where !token.isQuoted {
            if Self.runNouns.contains(token.word) { return false }
            if Self.helpNouns.contains(token.word) { help = true }
        }
        return help
    }

    /// Whether the sentence ends with a question mark.
    var endsWithQuestion: Bool {
        tokens.last?.questionAfter ?? false
    }

    /// After a run action, a clause after a comma is its reason: "cancel run-..., it's stuck".
    mutating func readTrailingComment() {
        guard note == nil, let comma = tokens.firstIndex(where: { $0.commaAfter || $0.colonAfter }),
            comma + 1 < tokens.count
        else { return }
        let head = tokens[...comma]
        // "the pipeline will auto-apply, show me sandbox": a setting is named, not an action.
        let asksAction = head.indices.contains { index in
            let token = tokens[index]
            guard !token.isQuoted, let verb = Lexicon.verbs[token.word] else { return false }
            if verb == .apply, word(index - 1) == "auto" { return false }
            return [.apply, .discard, .cancel, .forceCancel, .forceExecute].contains(verb)
        }
        guard asksAction else { return }
        let tail = tokens[(comma + 1)...]
        let meaningful = tail.contains { !Lexicon.fillers.contains($0.word) && !$0.isConsumed }
        let redirects = tail.indices.contains { index in
            let token = tokens[index]
            if token.isConsumed || Self.isRunID(token.text) { return true }
            if Lexicon.ordinals[token.word] != nil || ["one", "ones"].contains(token.word) {
                return true
            }
            if context.workspaces.exactName(token.word) != nil, !token.isQuoted { return false }
            // "..., it ignores the cancel": a verb after a determiner is a noun, no new order.
            if let verb = Lexicon.verbs[token.word], !token.isQuoted,
                !Lexicon.determiners.contains(word(index - 1))
            {
                return verb != .outOfScope && verb != .show && verb != .details
            }
            return false
        }
        guard meaningful, !redirects else { return }
        note = (text(from: comma + 1), .comment)
        consume((comma + 1)..<tokens.count)
    }

    private static let definiteWords: WordSet = [
        "the", "that", "this", "those", "these", "its", "their", "whose", "which",
    ]

    /// Marks a destroy run asked for by "destroy", "teardown" or "destruction", unless negated.
    mutating func readDestroyWords() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            let isDestroyWord =
                ["destroy", "destroys", "destruction", "teardown", "destroying", "nuke"].contains(
                    word
                )
                || tearDownLength(at: index) != nil
            if isDestroyWord, !isNegated(index), !isDismissed(index) {
                isDestroy = true
                // "the destroy plan in dev-test looks scary" speaks of a run that exists.
                if Self.definiteWords.contains(self.word(index - 1)) { destroyDescribesRun = true }
                if tokens[index].isCorrected { destroyIsCorrected = true }
            }
            if word == "refresh", !isNegated(index) { refreshOnly = true }
            // Only a list filters on what runs did; a new run is never made a destroy by it.
            if word == "destroyed", isListLike, !isNegated(index), !operations.contains("destroy") {
                operations.append("destroy")
            }
        }
    }
}
