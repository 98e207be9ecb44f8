import Conversation
import Foundation
import LineEditor
import Sandbox
import Synchronization

/// `tfcsh demo SCRIPT`: plays a prompt script in a live shell on a fresh sandbox, typing each
/// sentence as a person would, so a trainer can present it and take over at any point.
enum DemoCommand {
    static let spec = CommandSpec(
        name: "tfcsh demo",
        flags: ["--auto", "--no-calls", "--json"],
        options: ["--speed", "--now", "--cast", "--color"],
        maxPositionals: 1
    )

    static let usage = """
        usage: tfcsh demo SCRIPT [--auto] [--speed CHARS_PER_SECOND] [--cast FILE]

        Plays SCRIPT on a fresh sandbox as if typed. Between steps it waits: press Enter for
        the next step, or type a sentence of your own to take over (Enter then goes on with
        the script). With --auto it plays straight through. When the script ends the shell
        stays open.
        """

    static func run(arguments: [String]) async -> Int32 {
        let parsed: ParsedArguments
        let options: ShellOptions
        do {
            parsed = try ArgumentParser.parse(arguments, spec: spec)
            options = try ShellOptions(parsed, command: spec.name)
        } catch {
            TFCShell.complain(error.description)
            return 2
        }
        guard let path = parsed.positionals.first else {
            TFCShell.complain(usage)
            return 2
        }
        let speed = Double(parsed.value("--speed") ?? "30") ?? 0
        guard speed > 0 else {
            TFCShell.complain("tfcsh demo: --speed takes characters a second, such as 30.")
            return 2
        }
        do {
            let script = try PromptScript.load(path: path)
            let editor = Terminal.isInputTerminal ? LineEditor() : nil
            let console = Console()
            let rendering = ShellCommand.rendering(options: options)
            let confirmer = DemoConfirmer(
                terminal: editor.map { TerminalConfirmer(editor: $0, console: console) },
                console: console,
                showsAnswers: rendering != .markdown && rendering != .json
            )
            let session = try ReplayCommand.makeSession(
                options: options,
                confirmer: confirmer,
                rendering: rendering,
                console: console
            )
            editor?.refuse(secrets: session.secrets)
            if let cast = options.cast {
                try ShellCommand.startCast(cast, session: session)
            }
            if rendering != .json {
                let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                console.line(
                    "tfcsh \(tfcshVersion) demo of \(name) on \(session.connection.description).\n"
                )
            }
            let player = DemoPlayer(
                session: session,
                editor: editor,
                confirmer: confirmer,
                auto: parsed.has("--auto") || editor == nil,
                secondsPerCharacter: 1 / speed
            )
            return await player.play(script, options: options)
        } catch let error as ScriptError {
            TFCShell.complain(error.description)
        } catch let error as TranscriptError {
            TFCShell.complain(error.description)
        } catch {
            TFCShell.complain(error.localizedDescription)
        }
        return 2
    }
}

/// Answers the script's confirmations as a replay does (yes), showing each question and its
/// answer; once the trainer types a sentence of their own, asks on the terminal instead.
final class DemoConfirmer: Confirmer, Sendable {
    /// Asks the trainer, when there is a terminal.
    let terminal: TerminalConfirmer?
    /// Where the scripted answers are shown.
    let console: Console
    /// Whether scripted answers are written out (the Markdown rendering quotes them itself).
    let showsAnswers: Bool
    private let scripted = Atomic<Bool>(true)

    init(terminal: TerminalConfirmer?, console: Console, showsAnswers: Bool) {
        self.terminal = terminal
        self.console = console
        self.showsAnswers = showsAnswers
    }

    /// Whether the line being answered comes from the script (true) or the trainer (false).
    func answersForScript(_ on: Bool) {
        scripted.store(on, ordering: .sequentiallyConsistent)
    }

    func confirm(_ question: String) async -> Bool {
        guard let terminal, !scripted.load(ordering: .sequentiallyConsistent) else {
            if showsAnswers {
                console.line("\(question) y")
            }
            return true
        }
        return await terminal.confirm(question)
    }
}

/// Types a script's sentences into a session, pausing between steps.
struct DemoPlayer {
    let session: ShellSession
    let editor: LineEditor?
    let confirmer: DemoConfirmer
    let auto: Bool
    let secondsPerCharacter: Double

    func play(_ script: PromptScript, options: ShellOptions) async -> Int32 {
        let pausing = auto ? nil : editor
        var handOver = "(End of the script. The shell is yours.)\n"
        steps: for step in script.steps {
            // Ctrl-C during autoplay stops the script, not the shell: the trainer takes over.
            if editor != nil, InterruptTrap.consume() {
                handOver = "\n(Autoplay stopped. The shell is yours.)\n"
                Terminal.discardTypeahead()
                break steps
            }
            switch step {
            case .comment(let text):
                session.console.line("# \(text)")
            case .wait(let seconds):
                _ = await session.wait(seconds: seconds)
            case .say(let sentence):
                if let pausing, await trainerTookOver(pausing) == .quit {
                    return 0
                }
                let prompt = await Repl.prompt(for: session.engine)
                session.console.write(prompt)
                // A credential in a script is neither shown to the room nor cast.
                let shown = SecretDetector.redact(sentence, known: session.secrets)
                guard await type(shown) else {
                    continue steps
                }
                confirmer.answersForScript(true)
                if await session.handle(sentence) == .quit {
                    return 0
                }
            }
        }
        confirmer.answersForScript(false)
        session.console.line(handOver)
        guard let editor else {
            return 0
        }
        return await Repl(session: session, options: options, editor: editor)
            .run(showBanner: false)
    }

    /// Waits for Enter, answering any sentence typed instead; `.quit` means stop.
    private func trainerTookOver(_ editor: LineEditor) async -> ShellSession.Outcome {
        while true {
            let prompt = await Repl.prompt(for: session.engine) + "[Enter: next step] "
            let input = await editor.nextLine(prompt: prompt)
            if case .line(let line) = input {
                // The line editor wrote this past the console; the cast must see it too, or
                // taking the pause prompt back would erase a line of the cast's output.
                session.console.echoed(prompt + line + "\n")
            }
            switch input {
            case .line(let line) where line.trimmingCharacters(in: .whitespaces).isEmpty:
                // Take the pause prompt's line back, so the typed sentence replaces it.
                session.console.write("\u{1B}[1A\r\u{1B}[2K")
                return .ok
            case .line(let line):
                confirmer.answersForScript(false)
                if await session.handle(line) == .quit {
                    return .quit
                }
            case .interrupted:
                continue
            case .endOfInput:
                return .quit
            }
        }
    }

    /// Types `sentence` as a person would; false when Ctrl-C cut the typing short, leaving the
    /// Ctrl-C pending so the player stops.
    private func type(_ sentence: String) async -> Bool {
        for character in sentence {
            if editor != nil, InterruptTrap.isPending {
                // The terminal echoed the ^C itself; the cast needs it too.
                session.console.echoed("^C")
                session.console.line()
                return false
            }
            session.console.write(String(character))
            try? await Task.sleep(for: .milliseconds(Int(secondsPerCharacter * 1000)))
        }
        session.console.line()
        return true
    }
}
