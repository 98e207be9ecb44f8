import Foundation
import Synchronization

/// Reads lines from a person at a terminal (with editing, history, Tab completion and Ctrl-C)
/// or from a pipe (plain lines, no prompt), through one API so the shell treats both alike.
///
/// libedit's state is process-wide: create one editor per process.
public final class LineEditor: Sendable {
    /// Whether input comes from a terminal; false for a pipe or a file.
    public let isInteractive: Bool

    /// Where accepted lines are saved, or nil to keep history in memory only.
    public let historyFile: HistoryFile?

    /// The history and the last problem saving it.
    private let state: Mutex<State>

    /// Held for the whole of one read, since readline is not reentrant.
    private let readLock = NSLock()

    private struct State {
        var history: HistoryStore
        var lastHistoryError: HistoryError?
    }

    /// Creates an editor; on a terminal it installs the Ctrl-C trap and loads the history file.
    ///
    /// - Parameters:
    ///   - historyFile: where to keep history; defaults to the XDG state location.
    ///   - historyLimit: the most entries kept.
    ///   - interactive: overrides the check of whether standard input is a terminal.
    public init(
        historyFile: URL? = HistoryLocation.file(),
        historyLimit: Int = HistoryStore.defaultLimit,
        interactive: Bool = Terminal.isInputTerminal
    ) {
        isInteractive = interactive
        // History is a record of what a person typed; piped scripts do not add to it.
        self.historyFile = interactive ? historyFile.map(HistoryFile.init) : nil
        var history = HistoryStore(limit: historyLimit)
        var loadError: HistoryError?
        do {
            history = try self.historyFile?.load(limit: historyLimit) ?? history
        } catch {
            loadError = error
        }
        state = Mutex(State(history: history, lastHistoryError: loadError))
        guard interactive else { return }
        InterruptTrap.install()
        LibEdit.initialize()
        LibEdit.setHistory(history.entries, limit: history.limit)
    }

    /// The history entries, oldest first.
    public var history: [String] {
        state.withLock { $0.history.entries }
    }

    /// The last failure to read or save the history file, for the shell to report once.
    public var lastHistoryError: HistoryError? {
        state.withLock { $0.lastHistoryError }
    }

    /// Keeps lines holding any of `secrets` (the configured token) out of history, even when
    /// they do not look like one.
    public func refuse(secrets: [String]) {
        state.withLock { $0.history.knownSecrets = secrets }
    }

    /// Sets what Tab offers; nil turns completion off.
    public func setCompletionProvider(_ provider: CompletionProvider?) {
        LibEdit.setCompletionProvider(provider)
    }

    /// Reads one line, blocking the calling thread; prefer `nextLine(prompt:)` from async code.
    ///
    /// With `remembering` false the line stays out of history (answers to a question).
    public func readLine(prompt: String, remembering: Bool = true) -> LineInput {
        readLock.lock()
        defer { readLock.unlock() }
        guard isInteractive else {
            return Swift.readLine(strippingNewline: true).map(LineInput.line) ?? .endOfInput
        }

        // A Ctrl-C pressed earlier, while no prompt was up, must not cancel this line:
        // `whileReading` clears the flag once the read can be interrupted.
        let line = InterruptTrap.whileReading { LibEdit.readLine(prompt: prompt) }
        // Ctrl-C wins over whatever libedit made of the cut-short read.
        if InterruptTrap.consume() {
            newLine()
            return .interrupted
        }
        guard let line else {
            newLine()
            return .endOfInput
        }
        if remembering {
            remember(line)
        }
        return .line(line)
    }

    /// Moves to a fresh line: libedit leaves the cursor after the abandoned text.
    private func newLine() {
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Reads one line on a thread of its own, so the blocking read never holds one of Swift
    /// concurrency's few cooperative threads.
    public func nextLine(prompt: String, remembering: Bool = true) async -> LineInput {
        await withCheckedContinuation { continuation in
            let thread = Thread {
                continuation.resume(
                    returning: self.readLine(prompt: prompt, remembering: remembering)
                )
            }
            thread.name = "tfcsh line editor"
            thread.start()
        }
    }

    /// Records an accepted line in memory, in libedit and in the file, if the rules allow.
    private func remember(_ line: String) {
        let limit: Int? = state.withLock { state in
            state.history.record(line) ? state.history.limit : nil
        }
        guard let limit else { return }
        LibEdit.addHistory(line)
        guard let historyFile else { return }
        do {
            // Appended, not rewritten, so another shell's lines in the file survive.
            try historyFile.append(line, limit: limit)
        } catch {
            state.withLock { $0.lastHistoryError = error }
        }
    }
}
