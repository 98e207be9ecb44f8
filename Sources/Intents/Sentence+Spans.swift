/// Protected spans: notes, run IDs, variables and resource addresses, kept exactly as typed.
extension Sentence {
    /// Finds every protected span and marks its tokens taken.
    mutating func readSpans() {
        mentionsVariables = tokens.contains {
            ["var", "vars", "variable", "variables"].contains($0.word) && !$0.isQuoted
        }
        readNote()
        readRunIDs()
        readVariables()
        readAddresses()
    }

    /// Whether `text` is a run ID: `run-` and 8 to 40 letters or digits.
    static func isRunID(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 12, utf8.count <= 44, text.lowercased().hasPrefix("run-") else {
            return false
        }
        return utf8.dropFirst(4).allSatisfy { isAlphanumeric($0) }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }

    /// Whether `text` can be a variable's name.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == 95 || isAlphanumeric(first), first > 64 else {
            return false
        }
        return text.utf8.allSatisfy { isAlphanumeric($0) || $0 == 95 || $0 == 45 }
    }

    private static let messageWords: WordSet = [
        "message", "msg", "titled", "title", "description", "labeled", "labelled",
    ]
    private static let commentWords: WordSet = ["comment", "note", "reason", "because"]
    private static let eitherWords: WordSet = ["saying", "says"]
    private static let noteLeads: WordSet = [
        "with", "and", "add", "using", "plus", "leave", "leaving", "a", "the", "this", "as",
    ]

    /// Finds "with message ...", "comment: ...", "because ...", "saying ..." and takes the rest.
    private mutating func readNote() {
        for index in tokens.indices where !tokens[index].isQuoted {
            let word = tokens[index].word
            let kind: NoteKind
            if Self.messageWords.contains(word) {
                kind = .message
            } else if Self.commentWords.contains(word) {
                kind = .comment
            } else if Self.eitherWords.contains(word) {
                kind = .either
            } else {
                continue
            }
            guard opensNote(at: index, kind: kind) else { continue }
            var start = index + 1
            while tokens.indices.contains(start), !tokens[start].isQuoted,
                ["of", "is", "=", "to", "as", ":", "-"].contains(tokens[start].word)
            {
                start += 1
            }
            guard tokens.indices.contains(start) else { continue }
            if tokens[start].isQuoted {
                note = (tokens[start].text, kind)
                consume(index..<(start + 1))
            } else {
                note = (text(from: start), kind)
                consume(index..<tokens.count)
            }
            return
        }
    }

    /// Whether the note word at `index` introduces a note rather than naming something.
    private func opensNote(at index: Int, kind: NoteKind) -> Bool {
        let token = tokens[index]
        let word = token.word
        if word == "because" || word == "saying" || word == "titled" || word == "says" {
            return true
        }
        if token.colonAfter { return true }
        if tokens.indices.contains(index + 1), tokens[index + 1].isQuoted { return true }
        return index > 0 && Self.noteLeads.contains(tokens[index - 1].word)
            && !(tokens[index - 1].word == "the" && ["of", "for"].contains(self.word(index + 1)))
    }

    /// Takes run IDs, quoted or not, in order.
    private mutating func readRunIDs() {
        for index in tokens.indices where isFree(index) && Self.isRunID(tokens[index].text) {
            runIDs.append(tokens[index].text)
            consume(index)
            if index > 0, isWord(index - 1, "id") { consume(index - 1) }
        }
    }

    /// Takes `key=value`, `key = value`, "set key to value" and, where variables are being
    /// talked about, "key is value".
    private mutating func readVariables() {
        var index = 0
        while index < tokens.count {
            index = readVariable(at: index) ?? index + 1
        }
    }

    /// Reads one variable starting at `index`; returns the index after it, or `nil`.
    private mutating func readVariable(at index: Int) -> Int? {
        guard isFree(index) else { return nil }
        // Terraform's own flag: -var 'environment=qa', -var="instance_type=t3.large".
        if tokens[index].isQuoted, Self.variableFlags.contains(word(index - 1)) {
            guard let equals = tokens[index].text.firstIndex(of: "=") else { return nil }
            let text = tokens[index].text
            if word(index - 1).hasSuffix("=") { consume(index - 1) }
            return store(
                key: Self.variableKey(String(text[..<equals])),
                value: String(text[text.index(after: equals)...]),
                tokens: index..<(index + 1)
            )
        }
        guard !tokens[index].isQuoted else { return nil }
        let text = tokens[index].text
        // The byte test first: a Character search walks grapheme breaks and most words have no
        // `=`, while any Character that is `=` holds the byte.
        if text.utf8.contains(0x3D), let equals = text.firstIndex(of: "="),
            equals != text.startIndex
        {
            let key = Self.variableKey(String(text[..<equals]))
            var value = String(text[text.index(after: equals)...])
            var end = index + 1
            if value.isEmpty, isFree(index + 1) {
                value = tokens[index + 1].text
                end = index + 2
            }
            return store(key: key, value: value, tokens: index..<end)
        }
        if ["set", "setting"].contains(tokens[index].word), isFree(index + 1), isFree(index + 3),
            ["to", "=", "as"].contains(word(index + 2))
        {
            return store(
                key: tokens[index + 1].text,
                value: tokens[index + 3].text,
                tokens: index..<(index + 4)
            )
        }
        if isFree(index + 1), isFree(index + 2), word(index + 1) == "=" {
            return store(key: text, value: tokens[index + 2].text, tokens: index..<(index + 3))
        }
        // "setting environment to qa and region to eu": "to" goes on a list begun with "to".
        let connectors = continuesToList(at: index) ? Self.listConnectors : Self.connectors
        if isFree(index + 1), isFree(index + 2), connectors.contains(word(index + 1)),
            looksLikeVariableName(at: index)
        {
            var end = index + 3
            var valueIndex = index + 2
            if word(index + 1) == "set", word(index + 2) == "to", isFree(index + 3) {
                valueIndex = index + 3
                end = index + 4
            }
            return store(key: text, value: tokens[valueIndex].text, tokens: index..<end)
        }
        return nil
    }

    private static let connectors: WordSet = ["is", "as", "set"]
    private static let listConnectors: WordSet = ["is", "as", "set", "to"]

    private static let variableFlags: WordSet = [
        "var", "vars", "variable", "variables", "-var=", "--var=",
    ]

    /// A variable's name without Terraform's `var.` prefix ("var.environment").
    private static func variableKey(_ key: String) -> String {
        key.lowercased().hasPrefix("var.") ? String(key.dropFirst(4)) : key
    }

    /// Whether the word at `index` follows a variable set with "to", after a comma or "and".
    private func continuesToList(at index: Int) -> Bool {
        guard !variables.isEmpty, index > 1,
            word(index - 1) == "and" || tokens[index - 1].commaAfter
        else { return false }
        return tokens[..<index].contains { $0.isConsumed && $0.word == "to" }
    }

    /// Whether the word at `index`, followed by "is", names a variable being set.
    private func looksLikeVariableName(at index: Int) -> Bool {
        let text = tokens[index].text
        guard Self.isIdentifier(text), !Lexicon.isKnown(tokens[index].word) else { return false }
        if text.contains("_") { return true }
        guard index > 0 else { return false }
        let before = tokens[index - 1]
        // "where instance_type is t3.large and environment is qa": the list goes on.
        if !variables.isEmpty,
            before.isConsumed && before.commaAfter
                || (before.word == "and" && index > 1 && tokens[index - 2].isConsumed)
        {
            return true
        }
        if before.word == "where" { return true }
        guard mentionsVariables else { return false }
        return ["var", "variable", "with", "and", "set"].contains(before.word) || before.commaAfter
    }

    /// Stores a variable (or a note for `message=`/`comment=`) and takes its tokens.
    private mutating func store(key: String, value: String, tokens range: Range<Int>) -> Int? {
        guard Self.isIdentifier(key), !value.isEmpty else { return nil }
        switch key.lowercased() {
        case "message", "msg", "m": note = (value, .message)
        case "comment", "reason": note = (value, .comment)
        default: variables.append(IntentArguments.Variable(key: key, value: value))
        }
        consume(range)
        return range.upperBound
    }

    private static let replaceWords: WordSet = [
        "replace", "replacing", "replacement", "recreate", "recreating", "taint", "rebuild",
    ]
    private static let targetWords: WordSet = [
        "target", "targeting", "targeted", "targets", "only", "limit", "limited", "affecting",
        "affects",
    ]

    /// Takes resource addresses, each a target unless a replace word came before it.
    private mutating func readAddresses() {
        var replacing = false
        var targeting = false
        for index in tokens.indices {
            let word = tokens[index].word
            if Self.replaceWords.contains(word) { replacing = true }
            if Self.targetWords.contains(word) {
                replacing = false
                targeting = true
            }
            guard isFree(index) else { continue }
            var text = tokens[index].text
            // Every flag starts with `-`; most words do not, and need no prefix tests.
            for flag in ["-target=", "--target=", "-replace=", "--replace="]
            where text.utf8.first == 0x2D && text.hasPrefix(flag) {
                text = String(text.dropFirst(flag.count))
                replacing = flag.contains("replace")
                targeting = !replacing
            }
            guard ResourceAddress.isAddress(text) else { continue }
            if replacing {
                replaceAddrs.append(text)
            } else {
                targetAddrs.append(text)
                if targeting { namesTargets = true }
            }
            consume(index)
        }
    }
}
