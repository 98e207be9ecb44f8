import Testing

@testable import Intents

/// The lexicon's word tables answer as `Set` and `Dictionary` would.
@Suite("Word tables")
struct WordTableTests {
    @Test(
        "a word set agrees with Set, for ASCII and Unicode-equivalent spellings",
        arguments: [
            "apply", "Apply", "appl", "applyy", "", "\u{212A}", "K", "caf\u{E9}", "cafe\u{301}",
        ]
    )
    func agreesWithSet(word: String) {
        for words in [["apply", "cancel", "K", "a", "ab"], ["apply", "K", "caf\u{E9}"]] {
            #expect(WordSet(words).contains(word) == Set(words).contains(word))
        }
    }

    @Test("a word table returns the value stored under a word, and nil for others")
    func values() {
        let table: WordTable<Int> = ["one": 1, "two": 2, "three": 3]
        #expect(table["two"] == 2)
        #expect(table["four"] == nil)
        #expect(Set(table.keys) == ["one", "two", "three"])
    }

    @Test("every lexicon word is known")
    func lexicon() {
        for word in Lexicon.verbs.keys + Lexicon.statuses.keys + Lexicon.fillers.words {
            #expect(Lexicon.isKnown(word), "\(word)")
        }
    }
}
