/// Given the whole line typed so far and the word under the cursor, the candidates for that
/// word; set by the shell on the line editor.
public typealias CompletionProvider = @Sendable (_ line: String, _ word: String) -> [String]

/// The candidate logic behind Tab, kept apart from libedit so it can be tested.
public enum Completion {
    /// The distinct `words` that start with `prefix`, sorted.
    public static func candidates(from words: [String], matching prefix: String) -> [String] {
        Set(words.filter { $0.hasPrefix(prefix) }).sorted()
    }

    /// A provider that completes any word from a fixed list, whatever the rest of the line.
    public static func fixedWords(_ words: [String]) -> CompletionProvider {
        { _, word in candidates(from: words, matching: word) }
    }

    /// The longest prefix shared by all `strings`, never splitting a character.
    public static func commonPrefix(_ strings: [String]) -> String {
        guard var prefix = strings.first.map(Array.init) else { return "" }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var length = 0
            // Compare scalars, not canonical equivalence, so the prefix is a byte prefix too.
            while length < min(prefix.count, characters.count),
                prefix[length].unicodeScalars.elementsEqual(characters[length].unicodeScalars)
            {
                length += 1
            }
            prefix = Array(prefix.prefix(length))
        }
        return String(prefix)
    }

    /// What readline wants back for `word`: empty for no match, the match alone for one, else
    /// the text to put in place of the word followed by every candidate.
    public static func readlineMatches(_ candidates: [String], word: String) -> [String] {
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0).inserted }
        guard unique.count > 1 else { return unique }
        let shared = commonPrefix(unique)
        // Never shorten what the user typed when candidates disagree before its end.
        let replacement = shared.count >= word.count ? shared : word
        return [replacement] + unique
    }
}
