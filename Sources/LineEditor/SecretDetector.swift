import Foundation

/// Decides whether a line looks like it carries a credential, so it never reaches history.
///
/// It errs towards caution: a false alarm only costs one history entry, a miss leaks a token.
public enum SecretDetector {
    /// Words that announce a credential in the word after them (`token abc...`).
    static let announcingWords: Set<String> = [
        "token", "--token", "password", "--password", "secret", "passwd", "apikey", "api-key",
        "bearer",
    ]

    /// Parts of a `KEY=value` name that mark the value as a credential.
    static let secretKeyParts = ["TOKEN", "PASSWORD", "SECRET", "PASSWD", "API_KEY", "APIKEY"]

    /// The shortest word considered as a random credential by its look alone.
    static let minimumRandomLength = 32

    /// The shortest known secret looked for; shorter strings would match ordinary words.
    static let minimumKnownLength = 8

    /// What a redacted secret is replaced by.
    public static let placeholder = "[redacted]"

    /// Whether `line` contains something that looks like a token, password or key, or one of
    /// the `known` secrets (the configured token).
    public static func containsSecret(_ line: String, known: [String] = []) -> Bool {
        if known.contains(where: { $0.count >= minimumKnownLength && line.contains($0) }) {
            return true
        }
        if line.range(of: ".atlasv1.", options: .caseInsensitive) != nil {
            return true
        }
        let words = line.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.contains(where: isSecretAssignment) || words.contains(where: looksRandom) {
            return true
        }
        return announcesSecret(words)
    }

    /// `TFE_TOKEN=...`, `password=...`: an assignment whose name names a credential.
    static func isSecretAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
            return false
        }
        let name = word[..<equals].uppercased()
        let value = word[word.index(after: equals)...]
        return !value.isEmpty && secretKeyParts.contains(where: { name.contains($0) })
    }

    /// `token xyz`, `--password xyz`: a credential keyword followed by a value.
    static func announcesSecret(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated().dropLast() {
            let bare = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":="))
            if announcingWords.contains(bare), words[index + 1].count >= 8 {
                return true
            }
        }
        return false
    }

    /// A long word of token characters mixing cases and digits with high entropy.
    ///
    /// Run and workspace IDs (`run-` + 16 characters) stay well under the length; lowercase hex
    /// digests and UUIDs lack capitals.
    static func looksRandom(_ word: String) -> Bool {
        guard word.count >= minimumRandomLength else { return false }
        let tokenCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "+/=_-."))
        guard word.unicodeScalars.allSatisfy({ $0.isASCII && tokenCharacters.contains($0) }) else {
            return false
        }
        let hasUpper = word.contains(where: { $0.isUppercase })
        let hasLower = word.contains(where: { $0.isLowercase })
        let hasDigit = word.contains(where: { $0.isNumber })
        return hasUpper && hasLower && hasDigit && entropyPerCharacter(word) >= 3.5
    }

    /// Shannon entropy of the word's characters, in bits per character.
    static func entropyPerCharacter(_ word: String) -> Double {
        var counts: [Character: Int] = [:]
        for character in word {
            counts[character, default: 0] += 1
        }
        let total = Double(word.count)
        return counts.values.reduce(0) { sum, count in
            let share = Double(count) / total
            return sum - share * log2(share)
        }
    }

    /// Replaces the secret part of whatever `containsSecret` would flag with `placeholder`.
    ///
    /// That is the `known` secrets, the value of `TFE_TOKEN=...`, the word after `token`, an
    /// `.atlasv1.` token and a long random word; whitespace and the rest of `text` are kept.
    public static func redact(_ text: String, known: [String] = []) -> String {
        var source = text
        for secret in known where secret.count >= minimumKnownLength {
            source = source.replacingOccurrences(of: secret, with: placeholder)
        }
        var output = ""
        var previous: Substring?
        var index = source.startIndex
        while index < source.endIndex {
            let isSpace = source[index].isWhitespace
            let end = source[index...].firstIndex { $0.isWhitespace != isSpace } ?? source.endIndex
            let run = source[index..<end]
            if isSpace {
                output += run
            } else {
                output += redactWord(run, after: previous)
                previous = run
            }
            index = end
        }
        return output
    }

    /// One word with its secret part replaced; `previous` is the word before it.
    private static func redactWord(_ word: Substring, after previous: Substring?) -> String {
        let quotes = CharacterSet(charactersIn: "\"'`()[],;.!?")
        let core = String(word).trimmingCharacters(in: quotes)
        guard !core.isEmpty, core != placeholder,
            let range = word.range(of: core)
        else {
            return String(word)
        }
        let head = word[..<range.lowerBound]
        let tail = word[range.upperBound...]
        if isSecretAssignment(core), let equals = core.firstIndex(where: { $0 == "=" || $0 == ":" })
        {
            return head + core[...equals] + placeholder + tail
        }
        let announced = previous.map {
            announcingWords.contains(
                $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ":="))
            )
        }
        if announced == true && core.count >= 8
            || core.range(of: ".atlasv1.", options: .caseInsensitive) != nil
            || looksRandom(core)
        {
            return head + placeholder + tail
        }
        return String(word)
    }
}
