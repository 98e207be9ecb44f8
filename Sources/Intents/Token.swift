/// One word of a sentence: as typed, normalized, where it sat and what followed it.
struct Token: Sendable {
    /// The word as typed, without quotes and trailing punctuation.
    var text: String
    /// The word lowercased with straight apostrophes; a contraction's parts get one token each.
    var word: String
    /// Whether the word was a quoted string.
    var isQuoted = false
    /// Where the token starts in the sentence's scalars.
    var start: Int
    /// Where the token ends (exclusive) in the sentence's scalars.
    var end: Int
    /// Whether a comma or semicolon followed the word.
    var commaAfter = false
    /// Whether a colon followed the word.
    var colonAfter = false
    /// Whether a question mark followed the word.
    var questionAfter = false
    /// Whether the word was corrected from a typo to a command word.
    var isCorrected = false
    /// Whether a protected span (run ID, variable, address, message) took the word.
    var isConsumed = false
}
