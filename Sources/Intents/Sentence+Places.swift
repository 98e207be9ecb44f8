/// Workspaces, organizations and references to the conversation.
extension Sentence {
    private static let placeWords: WordSet = [
        "in", "for", "on", "at", "from", "of", "within", "inside", "to",
    ]
    private static let whereWords: WordSet = ["in", "on", "at", "for", "within", "inside"]
    private static let orgWords: WordSet = ["org", "organization", "organisation"]
    private static let wideWords: WordSet = [
        "my", "our", "the", "whole", "entire", "this", "all", "every", "across", "everywhere",
    ]

    /// Finds the workspace and organization names, in order of how explicit they are.
    mutating func readPlaces() {
        readQuotedPlaces()
        readOrganizationPhrases()
        readWorkspacePhrases()
        readKnownNames()
        readPrepositionNames()
        readStrayNames()
    }

    /// Whether `text` names the default organization.
    private func isOrganizationName(_ text: String) -> Bool {
        guard let organization = context.defaultOrganization else { return false }
        return text.lowercased() == organization.lowercased()
    }

    /// The known name for `text`, corrected when it is a near miss, else `text` as typed.
    private mutating func resolveWorkspace(_ text: String) -> String {
        knownName(text) ?? text
    }

    /// Adds a workspace name once (ignoring case).
    private mutating func addWorkspace(_ name: String) {
        if !workspaces.contains(where: { $0.lowercased() == name.lowercased() }) {
            workspaces.append(name)
        }
    }

    private mutating func readQuotedPlaces() {
        for index in tokens.indices where isFree(index) && tokens[index].isQuoted {
            let text = tokens[index].text
            if isOrganizationName(text) || Self.orgWords.contains(word(index - 1))
                || Self.orgWords.contains(word(index + 1))
            {
                organization = text
            } else {
                addWorkspace(context.workspaces.exactName(text) ?? text)
            }
            consume(index)
        }
    }

    private mutating func readOrganizationPhrases() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            if isOrganizationName(word) {
                organization = tokens[index].text
                consume(index)
                if isWord(index + 1, in: Self.orgWords) { consume(index + 1) }
            } else if Self.orgWords.contains(word) {
                if isFree(index + 1), !tokens[index + 1].isQuoted,
                    !Lexicon.isKnown(self.word(index + 1))
                {
                    organization = tokens[index + 1].text
                    consume(index + 1)
                } else if index > 0, isFree(index - 1), !Lexicon.isKnown(self.word(index - 1)),
                    context.workspaces.exactName(self.word(index - 1)) == nil
                {
                    organization = tokens[index - 1].text
                    consume(index - 1)
                }
                organizationWide = true
                consume(index)
            } else if word == "everywhere"
                || (word == "workspaces" && Self.wideWords.contains(self.word(index - 1)))
            {
                organizationWide = true
                consume(index)
            }
        }
    }

    /// "workspace X", "workspace named X", "X workspace", "the dev test workspace".
    private mutating func readWorkspacePhrases() {
        for index in tokens.indices
        where !tokens[index].isQuoted && ["workspace", "ws"].contains(tokens[index].word) {
            var after = index + 1
            if ["named", "called"].contains(word(after)) { after += 1 }
            let named = after > index + 1
            if let end = knownSequence(at: after) {
                addWorkspace(joined(after..<end))
                consume(index..<end)
            } else if named, isNameLike(after) {
                addWorkspace(resolveWorkspace(tokens[after].text))
                consume(index..<(after + 1))
            } else if let start = knownSequence(endingAt: index) {
                // A known name before wins over an unknown word after: "is the production
                // workspace locked?"
                addWorkspace(joined(start..<index))
                consume(start..<(index + 1))
            } else if isNameLike(after), !isNearMiss(index - 1) || isNearMiss(after) {
                addWorkspace(resolveWorkspace(tokens[after].text))
                consume(index..<(after + 1))
            } else if isNameLike(index - 1) {
                addWorkspace(resolveWorkspace(tokens[index - 1].text))
                consume((index - 1)..<(index + 1))
            }
        }
    }

    /// Whether the name-like token at `index` nearly spells a known name ("developmnet").
    ///
    /// "the developmnet workspace use" names the misspelt word, not the word after "workspace".
    private func isNearMiss(_ index: Int) -> Bool {
        isNameLike(index) && tokens[index].word.utf8.count >= 4
            && context.workspaces.closestName(to: tokens[index].text) != nil
    }

    /// Whether the token at `index` is free, unquoted and not a word the matcher knows.
    private func isNameLike(_ index: Int) -> Bool {
        isFree(index) && !tokens[index].isQuoted && !Lexicon.isKnown(tokens[index].word)
            && !tokens[index].isCorrected && Self.number(tokens[index].word) == nil
    }

    /// The known name spelled by the free tokens from `start`, longest first; its end index.
    private func knownSequence(at start: Int) -> Int? {
        var longest = min(context.workspaces.longestNameWords, tokens.count - start)
        guard longest > 0 else { return nil }
        if !context.workspaces.startsSomeName(tokens[start].word) { longest = 1 }
        for length in stride(from: longest, through: 1, by: -1) {
            let range = start..<(start + length)
            guard range.allSatisfy({ isFree($0) && !tokens[$0].isQuoted }) else { continue }
            if length == 1, Lexicon.isKnown(tokens[start].word),
                !Self.placeWords.contains(word(start - 1))
            {
                continue
            }
            if context.workspaces.exactName(joinedKey(range)) != nil { return range.upperBound }
        }
        return nil
    }

    /// The start of a known name spelled by free tokens ending just before `end`.
    private func knownSequence(endingAt end: Int) -> Int? {
        let longest = min(context.workspaces.longestNameWords, end)
        guard longest > 0 else { return nil }
        for length in stride(from: longest, through: 1, by: -1) {
            let start = end - length
            if let found = knownSequence(at: start), found == end { return start }
        }
        return nil
    }

    private func joinedKey(_ range: Range<Int>) -> String {
        range.map { tokens[$0].word }.joined(separator: "-")
    }

    /// The known name the tokens in `range` spell.
    private func joined(_ range: Range<Int>) -> String {
        let key = joinedKey(range)
        return context.workspaces.exactName(key) ?? key
    }

    /// Known names anywhere, as words in a row ("dev test" is `dev-test`).
    private mutating func readKnownNames() {
        guard !context.workspaces.isEmpty else { return }
        var index = 0
        while index < tokens.count {
            if isFree(index), !tokens[index].isQuoted, let end = knownSequence(at: index) {
                addWorkspace(joined(index..<end))
                consume(index..<end)
                index = end
            } else {
                index += 1
            }
        }
    }

    /// "in X", "for X", "on X": a known name or a near miss of one after a place word.
    ///
    /// An unknown word there is not a name ("cancel my meeting at 3pm", "stop the build in
    /// jenkins"): names the index does not know come only from quotes or a "workspace X" phrase.
    /// With no names known at all, "in X" is taken when the sentence speaks of runs.
    private mutating func readPrepositionNames() {
        for index in tokens.indices where isWord(index, in: Self.placeWords) {
            var name = index + 1
            if ["the", "my", "our"].contains(word(name)) { name += 1 }
            if let end = fuzzySequence(at: name) {
                typedWorkspaces[end.name] = (name..<end.end).map { tokens[$0].text }
                    .joined(separator: " ")
                consume(name..<end.end)
                corrections += 1
                addWorkspace(end.name)
                continue
            }
            guard isNameLike(name), looksLikeName(tokens[name].text) else { continue }
            let text = tokens[name].text
            if isOrganizationName(text) { continue }
            if let known = knownName(text) {
                addWorkspace(known)
                consume(name)
            } else if readAbbreviation(at: name, shortest: 3) {
                continue
            } else if context.workspaces.isEmpty, speaksOfRuns {
                addWorkspace(text)
                consume(name)
            } else if unknownPlace == nil, Self.whereWords.contains(word(index)),
                isFree(name + 1) ? Lexicon.isKnown(word(name + 1)) : true
            {
                // Only where a workspace would sit: "from jane" is a person, "on main branch"
                // names a branch.
                unknownPlace = text
            }
        }
    }

    /// The known name `text` spells or nearly spells, if any.
    private mutating func knownName(_ text: String) -> String? {
        if let name = context.workspaces.exactName(text) { return name }
        guard let name = context.workspaces.closestName(to: text) else { return nil }
        corrections += 1
        typedWorkspaces[name] = text
        return name
    }

    /// Takes the word at `index` when it abbreviates known names ("prod"), to ask which one.
    private mutating func readAbbreviation(at index: Int, shortest: Int) -> Bool {
        guard tokens[index].word.utf8.count >= shortest else { return false }
        let names = context.workspaces.names(startingWith: tokens[index].word)
        guard !names.isEmpty else { return false }
        for name in names where !placeChoices.contains(name) { placeChoices.append(name) }
        consume(index)
        return true
    }

    /// Whether the sentence speaks of runs, plans or workspaces.
    var speaksOfRuns: Bool {
        tokens.contains {
            !$0.isQuoted
                && ["run", "runs", "plan", "plans", "workspace", "workspaces", "ws"].contains(
                    $0.word
                )
        }
    }

    /// A near miss of a known name spelled over several words ("netwrok infra"); its end.
    private func fuzzySequence(at start: Int) -> (end: Int, name: String)? {
        let longest = min(context.workspaces.longestNameWords, tokens.count - start)
        guard longest >= 2 else { return nil }
        for length in stride(from: longest, through: 2, by: -1) {
            let range = start..<(start + length)
            guard
                range.allSatisfy({
                    isFree($0) && !tokens[$0].isQuoted && looksLikeName(tokens[$0].text)
                }),
                range.contains(where: { !Lexicon.isKnown(tokens[$0].word) })
            else { continue }
            if let name = context.workspaces.closestName(to: joinedKey(range)) {
                return (range.upperBound, name)
            }
        }
        return nil
    }

    /// Other unknown words that are near misses or abbreviations of a known name.
    private mutating func readStrayNames() {
        for index in tokens.indices where isNameLike(index) {
            let text = tokens[index].text
            if text.utf8.count >= 4, let name = context.workspaces.closestName(to: text) {
                corrections += 1
                typedWorkspaces[name] = text
                addWorkspace(name)
                consume(index)
            } else if workspaces.isEmpty, readAbbreviation(at: index, shortest: 4) {
                continue
            } else if !Lexicon.smallTalk.contains(tokens[index].word) {
                strayWords += 1
            }
        }
    }

    /// Whether `text` could be a workspace name (letters, digits, `-`, `_`, `.`).
    private func looksLikeName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first,
            first.properties.isAlphabetic || ("0"..."9").contains(first)
        else { return false }
        return text.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0)
                || "-_.".unicodeScalars.contains($0)
        }
    }

    private static let verdicts: WordSet = [
        "ok", "okay", "safe", "fine", "wise", "smart", "good", "bad", "better", "best", "risky",
        "dangerous", "alright", "necessary", "possible", "worth", "a", "advisable", "allowed",
        "reasonable", "sensible", "useful", "acceptable", "time", "too", "true", "likely",
    ]

    /// Whether "it" at `index` stands for no run ("is it safe to cancel", "it's ok to apply").
    private func isPlaceholderIt(_ index: Int) -> Bool {
        var next = index + 1
        while ["is", "was", "would", "will", "be", "seems", "seem", "looks", "feels", "really"]
            .contains(word(next))
        {
            next += 1
        }
        return Self.verdicts.contains(word(next))
    }

    /// Whether "it" at `index` starts a clause that says how a run is ("..., it's stale",
    /// "...? it is stuck") after an earlier clause named the run: a description, no reference.
    private func describesNamedRun(_ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].commaAfter || tokens[index - 1].questionAfter,
            ["is", "was", "seems", "looks", "has"].contains(word(index + 1))
        else { return false }
        return tokens[..<index].contains { !$0.isQuoted && Self.isRunID($0.text) }
            || tokens[..<index].contains { context.workspaces.exactName($0.word) != nil }
    }

    /// Whether a token before `index` is the one workspace the sentence names.
    private func namesPlace(before index: Int) -> Bool {
        guard workspaces.count == 1, let name = workspaces.first?.lowercased() else { return false }
        return tokens[..<index].contains { $0.word == name || $0.text.lowercased() == name }
    }

    /// Finds "it", "this run", "that one", "the second one", "there", "that workspace".
    mutating func readReferences() {
        for index in tokens.indices where isFree(index) && !tokens[index].isQuoted {
            let word = tokens[index].word
            let next = self.word(index + 1)
            if let position = Lexicon.ordinals[word],
                next == "one" || (!context.lastRunIDs.isEmpty && ["run", ""].contains(next))
            {
                runReference = .position(position)
                consume(index..<(index + 2))
            } else if word == "number" || word == "#", let position = Self.number(next),
                position < 100
            {
                runReference = .position(position)
                consume(index..<(index + 2))
            } else if ["last", "latest", "bottom"].contains(word), next == "one" {
                runReference = .lastOfList
                consume(index..<(index + 2))
            } else if ["this", "that", "same"].contains(word), ["workspace", "ws"].contains(next) {
                workspaceReference = true
                consume(index..<(index + 2))
            } else if word == "there", index > 0,
                !["is", "are", "was", "were", "any"].contains(self.word(index - 1)),
                !["is", "are", "was", "were", "any"].contains(next)
            {
                workspaceReference = true
                consume(index)
            } else if word == "it" || word == "its", !isPlaceholderIt(index),
                !describesNamedRun(index)
            {
                if runReference == nil { referenceFollowsPlace = namesPlace(before: index) }
                runReference = runReference ?? .last
                consume(index)
            } else if ["this", "that", "same"].contains(word),
                ["run", "one", "plan", ""].contains(next)
            {
                runReference = runReference ?? .last
                consume(index..<(index + 2))
            }
        }
    }
}
