/// Splits a sentence into tokens: quoted strings whole, words with their trailing punctuation
/// noted, contractions and a few hyphenated command words expanded.
enum Tokenizer {
    /// The tokens of `scalars`, in order.
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if isSpace(scalar) {
                position += 1
            } else if isDoubleQuote(scalar) {
                position = readQuoted(scalars, from: position, into: &tokens) {
                    isDoubleQuote($0)
                }
            } else if isSingleQuote(scalar), opensQuote(scalars, at: position) {
                position = readQuoted(scalars, from: position, into: &tokens) {
                    isSingleQuote($0)
                }
            } else if scalar == "," || scalar == ";" {
                if !tokens.isEmpty { tokens[tokens.count - 1].commaAfter = true }
                position += 1
            } else if scalar == "?" {
                if !tokens.isEmpty { tokens[tokens.count - 1].questionAfter = true }
                position += 1
            } else {
                position = readWord(scalars, from: position, into: &tokens)
            }
        }
        return tokens
    }

    /// Reads a quoted string starting at `start`; an unclosed quote is skipped like a space.
    private static func readQuoted(
        _ scalars: [Unicode.Scalar],
        from start: Int,
        into tokens: inout [Token],
        closes: (Unicode.Scalar) -> Bool
    ) -> Int {
        var end = start + 1
        while end < scalars.count {
            if closes(scalars[end]), isQuoteEnd(scalars, at: end) { break }
            end += 1
        }
        guard end < scalars.count else { return start + 1 }
        var low = start + 1
        var high = end
        while low < high, isSpace(scalars[low]) { low += 1 }
        while high > low, isSpace(scalars[high - 1]) { high -= 1 }
        if low < high {
            let text = string(scalars[low..<high])
            tokens.append(
                Token(text: text, word: normalize(text), isQuoted: true, start: low, end: high)
            )
        }
        return end + 1
    }

    /// Reads a bare word starting at `start` and appends its tokens.
    private static func readWord(
        _ scalars: [Unicode.Scalar],
        from start: Int,
        into tokens: inout [Token]
    ) -> Int {
        var end = start
        while end < scalars.count, !isSpace(scalars[end]), !isDoubleQuote(scalars[end]),
            scalars[end] != ",", scalars[end] != ";"
        {
            end += 1
        }
        var low = start
        var high = end
        var colon = false
        var question = false
        while low < high, isLeadingPunctuation(scalars[low]) || isSingleQuote(scalars[low]) {
            low += 1
        }
        while high > low, isTrailingPunctuation(scalars[high - 1]) {
            if scalars[high - 1] == ":" { colon = true }
            if scalars[high - 1] == "?" { question = true }
            high -= 1
        }
        if high > low, scalars[high - 1] == "]", !string(scalars[low..<high]).contains("[") {
            high -= 1
        }
        guard low < high else { return end }
        let (typed, word) = textAndWord(scalars[low..<high])
        let parts = expand(word)
        var text = typed
        // "run-K4jR7p9qZnYw2Lmp's status": the owner's text is kept without the "'s", so
        // that a run ID or a name is read as typed.
        if parts.count == 1, parts[0].utf8.count + 2 == word.utf8.count, word.hasSuffix("'s") {
            text = String(typed.dropLast(2))
        }
        for (offset, part) in parts.enumerated() {
            var token = Token(
                text: parts.count == 1 ? text : part,
                word: part,
                start: low,
                end: high
            )
            if offset == parts.count - 1 {
                token.colonAfter = colon
                token.questionAfter = question
            }
            tokens.append(token)
        }
        return end
    }

    /// Lowercases and straightens apostrophes and dashes.
    static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) { return text.lowercased() }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "`", "\u{00B4}": result.unicodeScalars.append("'")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits contractions ("don't" -> do not) and hyphenated command words (plan-only).
    static func expand(_ word: String) -> [String] {
        if let parts = Lexicon.compounds[word] { return parts }
        if word.utf8.contains(0x2D) {
            let parts = word.split(separator: "-").map(String.init)
            if parts.count > 1, parts.allSatisfy({ Lexicon.runKindParts.contains($0) }) {
                return parts
            }
        }
        // The byte test first: a Character search walks grapheme breaks and most words have none.
        guard word.utf8.contains(0x27), word.contains("'") else { return [word] }
        if let parts = Lexicon.irregularContractions[word] { return parts }
        for (suffix, replacement) in Lexicon.contractionSuffixes where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            guard !base.isEmpty else { return [word] }
            if suffix == "'s", !Lexicon.isSubject(base) { return [base] }
            return [base, replacement]
        }
        return [word]
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.value < 0x80 }) { return ascii(scalars, lowercased: false) }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    /// The word as typed and normalized; ASCII words are built in one pass each, with no
    /// intermediate array and no general lowercasing.
    private static func textAndWord(_ scalars: ArraySlice<Unicode.Scalar>) -> (String, String) {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else {
            let text = string(scalars)
            return (text, normalize(text))
        }
        return (ascii(scalars, lowercased: false), ascii(scalars, lowercased: true))
    }

    /// ASCII `scalars` as a string, lowercased with straight apostrophes when asked, which is
    /// what `normalize` makes of ASCII text.
    private static func ascii(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() {
                var byte = UInt8(truncatingIfNeeded: scalar.value)
                if lowercased {
                    if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                    if byte == 0x60 { byte = 0x27 }
                }
                buffer[offset] = byte
            }
            return scalars.count
        }
    }

    /// Whether `scalar` separates words (spaces and control characters).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup is slow and most input is ASCII.
        if scalar.value < 0x80 { return scalar.value <= 0x20 || scalar.value == 0x7F }
        return scalar.properties.isWhitespace
    }

    private static func isDoubleQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": true
        default: false
        }
    }

    private static func isSingleQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}" || scalar == "`"
    }

    /// Brackets and emphasis, and the sigils of chat commands and prompts ("/plan staging",
    /// "@tfcsh plan staging", "!apply run-...", "$ tfcsh ...").
    private static func isLeadingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "<", "*", "/", "!", "$", "@": true
        default: false
        }
    }

    private static func isTrailingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ":", "!", "?", ")", ">", "}", "*", "\u{2026}", "'", "\u{2019}": true
        default: false
        }
    }

    /// Whether a single quote at `position` opens a quotation rather than being an apostrophe.
    private static func opensQuote(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        if position > 0, !isSpace(scalars[position - 1]),
            !"(:=[".unicodeScalars.contains(scalars[position - 1])
        {
            return false
        }
        var end = position + 1
        while end < scalars.count {
            if isSingleQuote(scalars[end]), isQuoteEnd(scalars, at: end) { return true }
            end += 1
        }
        return false
    }

    /// Whether a quote character at `position` can close a quotation (not an apostrophe).
    private static func isQuoteEnd(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + 1 < scalars.count else { return true }
        let next = scalars[position + 1]
        return isSpace(next) || ",;:.!?)]".unicodeScalars.contains(next)
    }
}
