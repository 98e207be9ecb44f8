import Conversation
import Foundation
import LineEditor
import TerraformCloud

/// `tfcsh [OPTIONS]`: the shell, one-shot sentences (`-c`), or sentences from a pipe.
enum ShellCommand {
    static let spec = CommandSpec(
        name: "tfcsh",
        flags: ShellOptions.flags,
        options: ShellOptions.options,
        aliases: ShellOptions.aliases
    )

    static let usage = """
        usage: tfcsh [OPTIONS]                 start the shell (sentences from a pipe work too)
               tfcsh -c SENTENCE [-c ...]      answer sentences and exit
               tfcsh explain [--org ORG] [--sandbox] [SENTENCE]
               tfcsh replay SCRIPT [--record FILE] [--now TIME] [--over-http [--faults SPEC]]
               tfcsh demo SCRIPT [--auto] [--speed N] [--cast FILE]
               tfcsh sandbox serve [--port N] [--token T] [--latency MS] [--faults SPEC]

        options:
          --sandbox          use the built-in sandbox even when a token is configured
          --org ORG          the organization (else TFE_ORGANIZATION, else example-org)
          --now TIME         freeze the sandbox clock at TIME (2026-12-03T10:00:00Z)
          -y, --yes          confirm destructive steps without asking
          --json             answer in JSON, one object a line
          --color WHEN       auto, always or never (NO_COLOR is honoured)
          --no-calls         hide the API calls under each reply
          --record FILE      record the conversation as Markdown
          --cast FILE        record the terminal session as asciicast v2
          --keep-going       on a pipe, go on after a sentence fails
          --debug            trace HTTP requests on stderr (the token redacted)

        Without a token (TFE_TOKEN, TF_TOKEN_<host> or ~/.terraform.d/credentials.tfrc.json)
        tfcsh works on the built-in sandbox, which touches nothing real.
        """

    static func run(arguments: [String]) async -> Int32 {
        let options: ShellOptions
        do {
            options = try ShellOptions(
                ArgumentParser.parse(arguments, spec: spec),
                command: "tfcsh"
            )
        } catch {
            TFCShell.complain(error.description)
            return 2
        }
        if arguments.contains("--help") || arguments.contains("-h") {
            print(usage)
            return 0
        }
        if arguments.contains("--version") {
            print("tfcsh \(tfcshVersion)")
            return 0
        }
        let connection: ServiceConnection
        do {
            connection = try ServiceConnection.open(options: options)
        } catch {
            TFCShell.complain(error.localizedDescription)
            return 2
        }
        if connection.sandbox != nil, !options.sandbox,
            !Terminal.isInputTerminal
                || !options.commands.isEmpty
        {
            TFCShell.complain(
                "No token configured (TFE_TOKEN, TF_TOKEN_<host> or terraform login): using the "
                    + "built-in sandbox, which touches nothing real."
            )
        }
        return await drive(connection: connection, options: options)
    }

    private static func drive(connection: ServiceConnection, options: ShellOptions) async -> Int32 {
        let console = Console()
        let interactive = Terminal.isInputTerminal && options.commands.isEmpty
        // One editor serves the prompt and the confirmations, so Ctrl-C at a question is No.
        let editor = interactive ? LineEditor() : nil
        let session = ShellSession(
            connection: connection,
            confirmer: confirmer(options: options, editor: editor, console: console),
            rendering: rendering(options: options),
            showsCalls: options.showsCalls,
            console: console
        )
        editor?.refuse(secrets: session.secrets)
        if let path = options.cast {
            do {
                try startCast(path, session: session)
            } catch {
                TFCShell.complain(error.description)
                return 2
            }
        }
        if let path = options.record {
            do {
                try session.startRecording(path: path, title: "tfcsh session")
            } catch {
                TFCShell.complain(error.description)
                return 2
            }
        }
        if !options.commands.isEmpty {
            return await answer(options.commands, session: session, keepGoing: options.keepGoing)
        }
        if let editor {
            return await Repl(session: session, options: options, editor: editor).run()
        }
        return await answerStandardInput(session: session, keepGoing: options.keepGoing)
    }

    /// Records the terminal session as asciicast v2 into `path`.
    static func startCast(_ path: String, session: ShellSession) throws(TranscriptError) {
        let recorder = try CastRecorder(
            path: path,
            width: Terminal.width,
            height: Terminal.height,
            secrets: session.secrets
        )
        session.console.record(into: recorder)
    }

    /// Answers each sentence in turn; stops at the first failure, refusal or question unless
    /// `keepGoing`, and the exit status is 1 when there was any.
    static func answer(_ sentences: [String], session: ShellSession, keepGoing: Bool) async -> Int32
    {
        var status: Int32 = 0
        for sentence in sentences {
            switch await session.handle(sentence) {
            case .ok: continue
            case .quit: return status
            case .failed, .refused:
                status = 1
                if !keepGoing {
                    return status
                }
            }
        }
        return status
    }

    private static func answerStandardInput(session: ShellSession, keepGoing: Bool) async -> Int32 {
        var status: Int32 = 0
        while let line = Swift.readLine(strippingNewline: true) {
            switch await session.handle(line) {
            case .ok: continue
            case .quit: return status
            case .failed, .refused:
                status = 1
                if !keepGoing {
                    return status
                }
            }
        }
        return status
    }

    static func rendering(options: ShellOptions) -> ShellSession.Rendering {
        if options.json {
            return .json
        }
        let environment = ProcessInfo.processInfo.environment
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        switch options.color {
        case "always": return .terminal(styled: true)
        case "never": return Terminal.isOutputTerminal ? .terminal(styled: false) : .markdown
        default:
            // Sentences from a pipe get plain Markdown, even when the answers go to a terminal.
            guard Terminal.isOutputTerminal, Terminal.isInputTerminal else {
                return .markdown
            }
            return .terminal(styled: !noColor && environment["TERM"] != "dumb")
        }
    }

    static func confirmer(options: ShellOptions, editor: LineEditor?, console: Console)
        -> any Confirmer
    {
        if options.yes {
            return AlwaysConfirm()
        }
        if let editor {
            return TerminalConfirmer(editor: editor, console: console)
        }
        if Terminal.isInputTerminal {
            return TerminalConfirmer(editor: nil, console: console)
        }
        return PipeConfirmer()
    }
}

/// Refuses destructive steps when there is no terminal to ask on, and says how to allow them.
struct PipeConfirmer: Confirmer {
    var asksSomeone: Bool { false }

    func confirm(_ question: String) async -> Bool {
        TFCShell.complain(
            "Not confirmed: \(question.replacingOccurrences(of: " [y/N]", with: "")) "
                + "There is no terminal to ask on; run with --yes to confirm destructive steps."
        )
        return false
    }
}

/// Asks on the terminal; anything but y or yes, Ctrl-C and Ctrl-D included, is No.
///
/// The question and the answer go into an asciicast recording too: the line editor writes the
/// prompt straight to the terminal, past the console.
struct TerminalConfirmer: Confirmer {
    /// The shell's line editor, when there is one; else a plain line is read.
    let editor: LineEditor?
    /// Where the shell writes, so a status line is erased first and a cast sees the exchange.
    let console: Console

    func confirm(_ question: String) async -> Bool {
        console.clearStatus()
        let answer: String?
        if let editor {
            switch await editor.nextLine(prompt: question + " ", remembering: false) {
            case .line(let line): answer = line
            case .interrupted: answer = "^C"
            case .endOfInput: answer = nil
            }
        } else {
            console.write(question + " ")
            answer = await Task.detached { Swift.readLine(strippingNewline: true) }.value
        }
        let word = (answer ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        // The terminal already shows what was typed; the cast must see it too.
        let shown = editor == nil ? "" : question + " "
        console.echoed(shown + (answer ?? "") + "\n")
        return word == "y" || word == "yes"
    }
}
