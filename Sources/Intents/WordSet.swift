/// A fixed set of words, looked up like `WordTable` by a byte hash instead of SipHash.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordTable<Bool>

    /// Makes a set of `words`.
    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        table = WordTable(Dictionary(words.map { ($0, true) }) { first, _ in first })
    }

    /// Makes a set from a literal.
    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The words, in no particular order.
    var words: [String] { table.keys }

    /// Whether `word` is in the set.
    func contains(_ word: String) -> Bool {
        table[word] != nil
    }
}
