/// A sentence being read: its tokens and everything found in it so far.
///
/// The stages run in order (protected spans, typo correction, filters and flags, places,
/// references, verbs); each marks the tokens it takes so that later stages skip them.
struct Sentence {
    /// Where a note (message or comment) came from.
    enum NoteKind: Equatable {
        case message, comment, either
    }

    /// The sentence's Unicode scalars, as typed.
    let scalars: [Unicode.Scalar]
    /// The organization, known workspaces and conversation it is read in.
    let context: MatchContext
    /// The tokens, marked as the stages take them.
    var tokens: [Token]

    /// Run IDs, exactly as typed.
    var runIDs: [String] = []
    /// Run variables in the typed order.
    var variables: [IntentArguments.Variable] = []
    /// Resource addresses to target.
    var targetAddrs: [String] = []
    /// Whether a target word ("target", "-target=", "limited to") led to a resource address.
    var namesTargets = false
    /// Resource addresses to replace.
    var replaceAddrs: [String] = []
    /// A message or comment, as typed.
    var note: (text: String, kind: NoteKind)?
    /// Whether the sentence talks about variables ("with custom variables").
    var mentionsVariables = false
    /// How many words were corrected from typos.
    var corrections = 0
    /// How many words meant nothing to the matcher.
    var strayWords = 0

    /// API run status names the sentence filters on.
    var statuses: [String] = []
    /// API operation names the sentence filters on.
    var operations: [String] = []
    /// The time window in days.
    var sinceDays: Int?
    /// How many runs to list.
    var pageSize: Int?
    /// Whether a plan-only run was asked for.
    var planOnly: Bool?
    /// Whether auto-apply was asked for (`false` when turned off).
    var autoApply: Bool?
    /// Whether a destroy word was used and not negated.
    var isDestroy = false
    /// Whether a destroy word follows "the", "that", ...: it describes a run that exists.
    var destroyDescribesRun = false
    /// Whether that destroy word came from a typo correction.
    var destroyIsCorrected = false
    /// Whether a refresh-only run was asked for.
    var refreshOnly = false
    /// Whether the sentence says not to apply.
    var negatedApply = false
    /// Whether a run kind was named ("plan only", "speculative", "refresh only").
    var namesRunKind = false
    /// How many verbs were negated ("don't discard").
    var refusedVerbs = 0

    /// Workspace names, known ones corrected, unknown explicit ones as typed.
    var workspaces: [String] = []
    /// The corrected workspace names, each mapped to the text as typed.
    var typedWorkspaces: [String: String] = [:]
    /// Known names that a word where a name goes abbreviates ("prod"), to ask which one.
    var placeChoices: [String] = []
    /// An unknown word where a name goes ("in jenkins"), not taken as a workspace.
    var unknownPlace: String?
    /// The organization the sentence names.
    var organization: String?
    /// Whether the sentence speaks of the whole organization.
    var organizationWide = false
    /// A reference to a run of the conversation.
    var runReference: RunReference?
    /// Whether "it" follows the sentence's one workspace name ("the plan in dev is wrong,
    /// discard it"): the workspace's run is what "it" stands for.
    var referenceFollowsPlace = false
    /// Whether the sentence refers to the conversation's workspace ("there").
    var workspaceReference = false

    /// A reference to a run of the conversation.
    enum RunReference: Equatable {
        /// "it", "this run", "that one".
        case last
        /// "the second one": a position (from 1) in the last list, or the last of it.
        case position(Int)
        case lastOfList
    }

    /// Reads `scalars` into tokens.
    init(scalars: [Unicode.Scalar], context: MatchContext) {
        self.scalars = scalars
        self.context = context
        self.tokens = Tokenizer.tokenize(scalars)
    }

    /// The normalized word at `index`, or "" outside the sentence.
    func word(_ index: Int) -> String {
        tokens.indices.contains(index) ? tokens[index].word : ""
    }

    /// Whether the token at `index` exists and no stage has taken it.
    func isFree(_ index: Int) -> Bool {
        tokens.indices.contains(index) && !tokens[index].isConsumed
    }

    /// Whether the free, unquoted token at `index` is `word`.
    func isWord(_ index: Int, _ word: String) -> Bool {
        isFree(index) && !tokens[index].isQuoted && tokens[index].word == word
    }

    /// Whether the free, unquoted token at `index` is one of `words`.
    func isWord(_ index: Int, in words: WordSet) -> Bool {
        isFree(index) && !tokens[index].isQuoted && words.contains(tokens[index].word)
    }

    /// Index of the first free token at or after `start` that is `word`, if any.
    func find(_ word: String, from start: Int = 0) -> Int? {
        guard start < tokens.count else { return nil }
        return (start..<tokens.count).first { isWord($0, word) }
    }

    /// Whether any free token is one of `words`.
    func contains(_ words: WordSet) -> Bool {
        tokens.indices.contains { isWord($0, in: words) }
    }

    /// Whether the words `phrase` appear in a row among free tokens; returns the first index.
    func findPhrase(_ phrase: [String]) -> Int? {
        guard let first = phrase.first, tokens.count >= phrase.count else { return nil }
        var start = 0
        while let index = find(first, from: start) {
            if phrase.indices.allSatisfy({ isWord(index + $0, phrase[$0]) }) { return index }
            start = index + 1
        }
        return nil
    }

    /// Marks tokens `range` as taken.
    mutating func consume(_ range: Range<Int>) {
        for index in range where tokens.indices.contains(index) {
            tokens[index].isConsumed = true
        }
    }

    /// Marks the token at `index` as taken.
    mutating func consume(_ index: Int) {
        consume(index..<(index + 1))
    }

    /// The sentence as typed from token `index` to the end, trimmed of spaces and end marks.
    func text(from index: Int, through last: Int? = nil) -> String {
        guard tokens.indices.contains(index) else { return "" }
        let end = last.map { tokens[$0].end } ?? scalars.count
        var low = tokens[index].start
        var high = max(low, end)
        while low < high, Tokenizer.isSpace(scalars[low]) { low += 1 }
        while high > low,
            Tokenizer.isSpace(scalars[high - 1])
                || ".!?,;".unicodeScalars.contains(scalars[high - 1])
        {
            high -= 1
        }
        if high - low >= 2, isQuote(scalars[low]), isQuote(scalars[high - 1]) {
            low += 1
            high -= 1
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[low..<high])
        return result
    }

    private func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        "\"'\u{201C}\u{201D}\u{2018}\u{2019}".unicodeScalars.contains(scalar)
    }
}
