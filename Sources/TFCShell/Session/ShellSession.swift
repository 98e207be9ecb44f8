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
        /// The turn failed; a script should stop unless told to go on.
        case failed
        /// tfcsh declined or asked a question, so nothing was done; a script stops as on a
        /// failure, except a replayed demo, where refusals are part of the lesson.
        case refused
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
    /// What meta-commands wrote during the current line, for the transcript.
    var emitted: [String] = []
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
        self.secrets =
            (connection.client.configuration.token.map { [$0.secret] } ?? [])
            + connection.unusedSecrets
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
            emitted = []
            let outcome = await meta(trimmed)
            // Starting or stopping a recording, or leaving, is not itself part of the
            // conversation.
            if !trimmed.hasPrefix("/record"), !trimmed.hasPrefix("/stop"),
                !trimmed.hasPrefix("/wait"), outcome != .quit
            {
                let text = emitted.joined(separator: "\n").trimmingCharacters(
                    in: .whitespacesAndNewlines
                )
                transcript?.record(user: trimmed, reply: text)
            }
            return outcome
        }
        var reply = await engine.respond(to: trimmed)
        let asked = await confirmations.drain()
        let refusedUnasked = !confirmations.asksSomeone
        reply.confirmations = asked.map { entry in
            guard refusedUnasked else {
                return "\(entry.question) \(entry.answer ? "y" : "n")"
            }
            // Nobody answered: say why it counts as No rather than showing an answer.
            return "\(entry.question) (refused: no terminal to ask on, and no --yes)"
        }
        show(reply)
        transcript?.record(
            user: trimmed,
            reply: MarkdownRenderer(showsCalls: showsCalls).render(reply)
        )
        // A declined destructive step stops a script as a failure does.
        let declined = asked.contains { !$0.answer }
        if reply.outcome == .failed || declined {
            return .failed
        }
        switch reply.outcome {
        case .refused, .clarify, .confirm: return .refused
        case .done, .failed: return .ok
        }
    }

    /// Lets `seconds` of sandbox time pass (scripts' `/wait`).
    ///
    /// The sandbox's clock is moved forward at once, whether it is frozen (scripts) or follows
    /// real time (a live shell): nobody should sit through two real minutes to see a plan end.
    public func wait(seconds: Int) async -> Outcome {
        guard let sandbox = connection.sandbox else {
            console.line(
                "/wait works only on the sandbox; on the real service time passes by itself."
            )
            return .failed
        }
        sandbox.advance(by: Double(seconds))
        let words = RelativeTime.duration(Double(seconds))
        transcript?.note("\(words) pass.")
        if rendering != .json {
            console.line("(\(words) pass)\n")
        }
        return .ok
    }

    /// Writes a meta-command's output line and keeps it for the transcript.
    func emit(_ text: String) {
        console.line(text)
        emitted.append(text)
    }

    func show(_ reply: Reply) {
        switch rendering {
        case .json:
            console.line(JSONRenderer().render(reply))
        case .markdown:
            console.line(MarkdownRenderer(showsCalls: showsCalls).render(reply) + "\n")
        case .terminal(let styled):
            let renderer = TerminalRenderer(styled: styled, showsCalls: showsCalls)
            console.line(renderer.render(reply) + "\n")
        }
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
        self.asksSomeone = confirmer.asksSomeone
    }

    /// Whether the confirmer it passes on to asks a person.
    nonisolated let asksSomeone: Bool

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
