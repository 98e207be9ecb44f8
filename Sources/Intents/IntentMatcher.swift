/// Turns one typed sentence into an intent: deterministic, no network, no model.
///
/// The sentence is read in stages: protected spans first (notes, run IDs, variables, resource
/// addresses), then typo correction of command words, time windows, counts, flags, statuses,
/// places and references, and last the verbs. `Decision` then picks the intent, preferring a
/// read-only reading or a question back whenever a destructive one is not plainly asked for.
public enum IntentMatcher {
    /// Sentences longer than this many Unicode scalars are not read.
    public static let maximumLength = 1_000

    /// What `sentence` means in `context`.
    public static func match(_ sentence: String, context: MatchContext) -> MatchResult {
        var count = 0
        var scalars: [Unicode.Scalar] = []
        for scalar in sentence.unicodeScalars {
            count += 1
            // Limitation: a sentence past the maximum is answered `unknown` rather than read in
            // part, because its beginning alone could be a destructive order cut off mid-way.
            guard count <= maximumLength else { return .unknown(confidence: 0.3) }
            scalars.append(scalar)
        }
        var reading = Sentence(scalars: scalars, context: context)
        guard !reading.tokens.isEmpty else { return .unknown(confidence: 1) }
        reading.readSpans()
        let mood = reading.readMood()
        reading.readTrailingComment()
        reading.correctTypos()
        reading.readTimeWindow()
        reading.readCount()
        reading.readFlags()
        reading.readStatuses()
        reading.readDestroyWords()
        reading.readPlaces()
        reading.readReferences()
        let verbs = reading.readVerbs()
        let decision = Decision(sentence: reading, verbs: verbs, mood: mood)
        var result = decision.result()
        let named =
            [result.arguments.workspaceName].compactMap { $0 }
            + (result.arguments.filterWorkspaceNames ?? [])
        let typed = reading.typedWorkspaces.filter { named.contains($0.key) }
        if !typed.isEmpty { result.arguments.typedWorkspaceNames = typed }
        return result
    }

    /// What `sentence` means with no organization, no known workspaces and no conversation.
    public static func match(_ sentence: String) -> MatchResult {
        match(sentence, context: MatchContext())
    }
}
