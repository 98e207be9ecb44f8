import Conversation
import Foundation
import Intents
import TerraformCloud

/// One conversation in the shell: sentences and meta-commands in, rendered replies out.
///
/// It also records transcripts. The REPL, `-c`, pipes, `replay` and `demo` all go through it.
public final class ShellSession {
    /// How replies are written.
    public enum Rendering: Sendable, Equatable {
        /// Markdown, as in the example conversations (pipes, transcripts).
        case markdown
        /// Styled text for a terminal.
        case terminal(styled: Bool)
        /// One JSON object a reply.
        case json
    }

    /// What one line led to.
    public enum Outcome: Sendable, Equatable {
        /// Answered (or a meta-command done).
        case ok
        /// The turn failed or was refused; a script should stop unless told to go on.
        case failed
        /// The user asked to leave.
        case quit
    }

    /// The connection the conversation runs on.
    public let connection: ServiceConnection
    /// The conversation.
    public let engine: ConversationEngine
    let console: Console
    let confirmations: ConfirmationLog
    var rendering: Rendering
    /// Whether replies show the API calls.
    public var showsCalls: Bool
    var transcript: TranscriptWriter?
    let secrets: [String]

    /// Creates a session; `confirmer` asks before destructive steps.
    public init(
        connection: ServiceConnection,
        confirmer: any Confirmer,
        rendering: Rendering,
        showsCalls: Bool,
        console: Console,
        timeZone: TimeZone = .current
    ) {
        let log = ConfirmationLog(confirmer: confirmer)
        self.connection = connection
        self.confirmations = log
        self.engine = ConversationEngine(
            client: connection.client,
            organization: connection.organization,
            confirmer: log,
            waiter: connection.waiter,
            timeZone: timeZone
        )
        self.rendering = rendering
        self.showsCalls = showsCalls
        self.console = console
        self.secrets = connection.client.configuration.token.map { [$0.secret] } ?? []
    }

    /// Starts recording the conversation as Markdown into `path`, appending to it.
    public func startRecording(path: String, title: String) throws(TranscriptError) {
        let header =
            "# \(title)\n\nRecorded with tfcsh \(tfcshVersion) on \(connection.description)."
        transcript = try TranscriptWriter(path: path, header: header, secrets: secrets)
    }

    /// Stops recording, if a recording is on; returns its path.
    @discardableResult
    public func stopRecording() -> String? {
        defer { transcript = nil }
        return transcript?.path
    }

    /// Answers one line: a sentence, or a meta-command starting with `/`.
    public func handle(_ line: String) async -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            return .ok
        }
        if trimmed.hasPrefix("/") {
            return await meta(trimmed)
        }
        let reply = await engine.respond(to: trimmed)
        let asked = await confirmations.drain()
        show(reply, confirmations: asked)
        transcript?.record(user: trimmed, reply: markdown(reply, confirmations: asked))
        return reply.outcome == .failed ? .failed : .ok
    }

    /// Lets `seconds` of sandbox time pass (scripts' `/wait`).
    public func wait(seconds: Int) async -> Outcome {
        guard connection.sandbox != nil else {
            console.line(
                "/wait works only on the sandbox; on the real service time passes by itself."
            )
            return .failed
        }
        _ = await connection.waiter.wait(seconds: Double(seconds))
        let words = RelativeTime.duration(Double(seconds))
        transcript?.note("\(words) pass.")
        if rendering != .json {
            console.line("(\(words) pass)\n")
        }
        return .ok
    }

    func show(_ reply: Reply, confirmations asked: [ConfirmationLog.Entry]) {
        switch rendering {
        case .json:
            console.line(JSONRenderer().render(reply))
        case .markdown:
            console.line(markdown(reply, confirmations: asked) + "\n")
        case .terminal(let styled):
            let renderer = TerminalRenderer(styled: styled, showsCalls: showsCalls)
            console.line(renderer.render(reply) + "\n")
        }
    }

    func markdown(_ reply: Reply, confirmations asked: [ConfirmationLog.Entry]) -> String {
        var text = MarkdownRenderer(showsCalls: showsCalls).render(reply)
        if !asked.isEmpty {
            let lines = asked.map { "> \($0.question) \($0.answer ? "y" : "n")" }
            text = lines.joined(separator: "\n") + "\n\n" + text
        }
        return text
    }
}

/// Passes confirmations on and keeps each question and answer for the transcript.
actor ConfirmationLog: Confirmer {
    /// One question and its answer.
    struct Entry: Sendable, Equatable {
        var question: String
        var answer: Bool
    }

    private let confirmer: any Confirmer
    private var entries: [Entry] = []

    init(confirmer: any Confirmer) {
        self.confirmer = confirmer
    }

    func confirm(_ question: String) async -> Bool {
        let answer = await confirmer.confirm(question)
        entries.append(Entry(question: question, answer: answer))
        return answer
    }

    /// The entries since the last drain.
    func drain() -> [Entry] {
        defer { entries.removeAll() }
        return entries
    }
}
