import TerraformCloud

/// A value that can say in a few words what an API call gave back (`run-...`, `5 runs`).
protocol CallSummarizable {
    /// The summary shown after the call, or nil for none.
    var callSummary: String? { get }
    /// What a list of these is called ("runs").
    static var callNoun: String { get }
}

extension CallSummarizable {
    static var callNoun: String { "results" }
}

extension Run: CallSummarizable {
    var callSummary: String? { id }
    static var callNoun: String { "runs" }
}

extension RunDetails: CallSummarizable {
    var callSummary: String? { run.status.rawValue }
    static var callNoun: String { "runs" }
}

extension Workspace: CallSummarizable {
    var callSummary: String? { id }
    static var callNoun: String { "workspaces" }
}

extension WorkspaceResource: CallSummarizable {
    var callSummary: String? { address }
    static var callNoun: String { "resources" }
}

extension User: CallSummarizable {
    var callSummary: String? { username }
}

extension String: CallSummarizable {
    // Logs are long; the call line says only that one was read.
    var callSummary: String? { nil }
}

extension Array: CallSummarizable where Element: CallSummarizable {
    var callSummary: String? {
        count == 1 ? "1 \(Element.callNoun.dropLast())" : "\(count) \(Element.callNoun)"
    }
}

/// What a run action's call gave back: the service accepted it.
struct Accepted: CallSummarizable {
    var callSummary: String? { "202 Accepted" }
}
