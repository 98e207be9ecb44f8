import Testing

@testable import LineEditor

@Suite("Completion candidates")
struct CompletionTests {
    @Test("candidates are the distinct words starting with the prefix, sorted")
    func candidates() {
        let words = ["staging", "production", "prod-eu", "staging", "dev"]
        #expect(Completion.candidates(from: words, matching: "pro") == ["prod-eu", "production"])
        #expect(Completion.candidates(from: words, matching: "x").isEmpty)
        #expect(Completion.candidates(from: words, matching: "").count == 4)
    }

    @Test("the fixed-word provider ignores the rest of the line")
    func fixedWords() {
        let provider = Completion.fixedWords(["staging", "production"])
        #expect(provider("list runs in sta", "sta") == ["staging"])
    }

    @Test(
        "the common prefix never splits a character",
        arguments: [
            (["production", "prod-eu"], "prod"),
            (["café", "cafés"], "café"),
            (["café", "cafe"], "caf"),
            (["one"], "one"),
            ([], ""),
            (["abc", "xyz"], ""),
        ]
    )
    func commonPrefix(strings: [String], expected: String) {
        #expect(Completion.commonPrefix(strings) == expected)
    }

    @Test("a unique match is returned alone so readline completes it")
    func uniqueMatch() {
        #expect(Completion.readlineMatches(["staging"], word: "sta") == ["staging"])
        #expect(Completion.readlineMatches(["staging", "staging"], word: "sta") == ["staging"])
    }

    @Test("several matches come after their common prefix")
    func severalMatches() {
        let matches = Completion.readlineMatches(["production", "prod-eu"], word: "p")
        #expect(matches == ["prod", "production", "prod-eu"])
    }

    @Test("no match gives nothing, and disagreeing matches never shorten the typed word")
    func noShortening() {
        #expect(Completion.readlineMatches([], word: "x").isEmpty)
        let matches = Completion.readlineMatches(["Staging", "stable"], word: "sta")
        #expect(matches.first == "sta")
    }
}
