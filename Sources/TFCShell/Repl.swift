import Conversation
import Foundation
import Intents
import LineEditor
import Synchronization

/// The interactive shell: a prompt with the organization and workspace in focus, history,
/// Tab completion, Ctrl-C that clears the line, Ctrl-D that leaves.
struct Repl {
    let session: ShellSession
    let options: ShellOptions
    let editor: LineEditor

    /// Words Tab offers besides workspace names and run IDs.
    static let statusWords = [
        "errored", "applied", "planned", "pending", "discarded", "canceled", "running",
        "awaiting approval", "destroy", "plan only",
    ]

    func run(showBanner: Bool = true) async -> Int32 {
        let words = CompletionWords()
        editor.setCompletionProvider { line, word in words.candidates(line: line, word: word) }
        if showBanner {
            session.console.line(banner())
        }
        if let problem = editor.lastHistoryError {
            TFCShell.complain(problem.localizedDescription)
        }
        let console = session.console
        await session.engine.onWatchProgress { update in
            let spinner = ["|", "/", "-", "\\"][Int(update.elapsed / 3) % 4]
            let elapsed = RelativeTime.duration(update.elapsed)
            console.status(
                "\(spinner) \(update.runID): \(update.status) (\(elapsed)); Ctrl-C stops watching"
            )
        }
        // Fetched beside the prompt, not before it: an unreachable service must not keep the
        // shell from starting, and the first prompt comes sooner.
        let engine = session.engine
        Task.detached { await words.update(from: engine) }
        // A moment's grace, so that Tab knows the names at once in the usual case.
        for _ in 0..<30 where !words.hasUpdated {
            try? await Task.sleep(for: .milliseconds(10))
        }
        await session.engine.offerCompletionHints()
        while true {
            let prompt = await Self.prompt(for: session.engine)
            switch await editor.nextLine(prompt: prompt) {
            case .interrupted:
                continue
            case .endOfInput:
                session.console.line("Bye.")
                return 0
            case .line(let line):
                session.console.echoed(prompt + line + "\n")
                let outcome = await Self.interruptibly(TurnSession(session: session), line)
                session.console.clearStatus()
                _ = InterruptTrap.consume()
                Task.detached { await words.update(from: engine) }
                if outcome == .quit {
                    return 0
                }
            }
        }
    }

    /// Answers `line`, cancelling the turn when Ctrl-C is pressed while it runs, so a request
    /// that hangs can be stopped; the turn still ends with a reply that says what happened.
    ///
    /// A wait that watches for Ctrl-C itself (watching a run) is given a moment to stop in its
    /// own words ("Stopped watching; the run goes on") before the turn is cancelled.
    static func interruptibly(_ turn: TurnSession, _ line: String) async -> ShellSession.Outcome {
        let start = InterruptTrap.count
        let finished = TurnFinished()
        let task = Task {
            let outcome = await turn.session.handle(line)
            finished.flag.store(true, ordering: .sequentiallyConsistent)
            return outcome
        }
        let console = turn.session.console
        let watcher = Task {
            while !Task.isCancelled, InterruptTrap.count == start {
                try? await Task.sleep(for: .milliseconds(50))
            }
            guard !Task.isCancelled else { return }
            try? await Task.sleep(for: .milliseconds(500))
            if !finished.flag.load(ordering: .sequentiallyConsistent) {
                // The terminal echoed ^C; the reply goes on the next line.
                console.line()
                task.cancel()
            }
        }
        let outcome = await task.value
        watcher.cancel()
        return outcome
    }

    private func banner() -> String {
        let service = session.connection.description
        return "tfcsh \(tfcshVersion) on \(service).\n"
            + "Say what you want in plain words, or /help for examples. Ctrl-D leaves.\n"
    }

    /// The prompt: the organization, and the workspace in focus.
    static func prompt(for engine: ConversationEngine) async -> String {
        let context = await engine.context
        let focus = context.lastWorkspace.map { "/\($0)" } ?? ""
        return "\(context.organization)\(focus)> "
    }
}

/// What Tab completes: meta-commands, workspace names, run IDs seen, status words.
final class CompletionWords: Sendable {
    private let words = Mutex<[String]>(
        ShellSession.metaCommands.map {
            String($0.0.split(separator: " ")[0])
        } + Repl.statusWords
    )

    private let updated = Atomic<Bool>(false)

    /// Whether the workspace names have been asked for once (whether or not any came).
    var hasUpdated: Bool {
        updated.load(ordering: .sequentiallyConsistent)
    }

    /// Adds the engine's workspace names and the run IDs it has shown.
    func update(from engine: ConversationEngine) async {
        let names = await engine.workspaceNames()
        let runs = await engine.seenRunIDs
        words.withLock { words in
            for word in names + runs where !words.contains(word) {
                words.append(word)
            }
        }
        updated.store(true, ordering: .sequentiallyConsistent)
    }

    /// The candidates for `word`; meta-commands only at the start of the line.
    func candidates(line: String, word: String) -> [String] {
        let all = words.withLock { $0 }
        let atStart = line.trimmingCharacters(in: .whitespaces) == word
        let pool = all.filter { atStart || !$0.hasPrefix("/") }
        return Completion.candidates(from: pool, matching: word)
    }
}

/// Carries the session into the task that answers one line; only that task uses it until the
/// line is answered, as the REPL waits for it.
struct TurnSession: @unchecked Sendable {
    // @unchecked: the REPL hands the session over and waits; nothing else touches it meanwhile.
    let session: ShellSession
}

/// Whether a turn has ended, shared by the task answering it and the one watching for Ctrl-C.
final class TurnFinished: Sendable {
    /// Set when the turn's reply has been written.
    let flag = Atomic<Bool>(false)
}
