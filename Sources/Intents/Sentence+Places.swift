/// Workspaces, organizations and references to the conversation.
extension Sentence {
    private static let placeWords: WordSet = [
        "in", "for", "on", "at", "from", "of", "within", "inside", "to",
    ]
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
        if let name = context.workspaces.exactName(text) { return name }
        if let name = context.workspaces.closestName(to: text) {
            corrections += 1
            typedWorkspaces[name] = text
            return name
        }
        return text
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
            if let end = knownSequence(at: after) {
                addWorkspace(joined(after..<end))
                consume(index..<end)
            } else if isNameLike(after) {
                addWorkspace(resolveWorkspace(tokens[after].text))
                consume(index..<(after + 1))
            } else if let start = knownSequence(endingAt: index) {
                addWorkspace(joined(start..<index))
                consume(start..<(index + 1))
            } else if isNameLike(index - 1) {
                addWorkspace(resolveWorkspace(tokens[index - 1].text))
                consume((index - 1)..<(index + 1))
            }
        }
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

    /// "in X", "for X", "on X": an unknown word after a place word is a name, corrected or kept.
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
            if isOrganizationName(tokens[name].text) { continue }
            addWorkspace(resolveWorkspace(tokens[name].text))
            consume(name)
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

    /// Other unknown words that are near misses of a known name.
    private mutating func readStrayNames() {
        for index in tokens.indices where isNameLike(index) {
            let text = tokens[index].text
            if text.utf8.count >= 4, let name = context.workspaces.closestName(to: text) {
                corrections += 1
                typedWorkspaces[name] = text
                addWorkspace(name)
                consume(index)
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
            } else if word == "it" || word == "its" {
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
