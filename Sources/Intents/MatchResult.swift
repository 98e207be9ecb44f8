/// What the matcher decided a sentence means.
public struct MatchResult: Sendable, Equatable {
    /// The intent.
    public var name: IntentName
    /// The arguments the sentence gave; empty for help, unknown and clarify.
    public var arguments: IntentArguments
    /// How sure the matcher is, from 0 to 1.
    public var confidence: Double
    /// For `clarify`: the question to ask.
    public var question: String?
    /// For `clarify`: the intent the sentence most likely wants.
    public var candidate: IntentName?
    /// For `clarify`: the answers to offer (intent names, run IDs or workspace names).
    public var choices: [String]

    /// Makes a result.
    public init(
        name: IntentName,
        arguments: IntentArguments = IntentArguments(),
        confidence: Double,
        question: String? = nil,
        candidate: IntentName? = nil,
        choices: [String] = []
    ) {
        self.name = name
        self.arguments = arguments
        self.confidence = confidence
        self.question = question
        self.candidate = candidate
        self.choices = choices
    }

    /// Whether running this result changes infrastructure or a run (the shell confirms these).
    public var isDestructive: Bool {
        name.isDestructive
            || (name == .createRun
                && (arguments.isDestroy == true || arguments.autoApply == true))
    }

    /// A result for a sentence no tool fits.
    static func unknown(confidence: Double = 0.9) -> MatchResult {
        MatchResult(name: .unknown, confidence: confidence)
    }

    /// A result for a question about how tfcsh works.
    static func help(confidence: Double = 0.9) -> MatchResult {
        MatchResult(name: .help, confidence: confidence)
    }

    /// A question back to the user about `candidate`.
    static func clarify(
        _ question: String,
        candidate: IntentName?,
        choices: [String] = []
    ) -> MatchResult {
        MatchResult(
            name: .clarify,
            confidence: 0.5,
            question: question,
            candidate: candidate,
            choices: choices
        )
    }
}
