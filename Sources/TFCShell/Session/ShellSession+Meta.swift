import Conversation
import Foundation
import Intents
import TerraformCloud

extension ShellSession {
    /// The meta-commands, with what each does, for `/help`.
    static let metaCommands: [(String, String)] = [
        ("/help", "what tfcsh can do, with example sentences"),
        ("/org NAME", "work in another organization"),
        ("/use WORKSPACE", "put a workspace in focus, so sentences need not name it"),
        ("/calls on|off", "show or hide the API calls under each reply"),
        ("/explain SENTENCE", "say what a sentence would do, without doing it"),
        ("/record FILE", "record the conversation as Markdown into FILE"),
        ("/stop", "stop recording"),
        ("/wait DURATION", "let sandbox time pass, as in '/wait 2m' (sandbox only)"),
        ("/quit", "leave (Ctrl-D does too)"),
    ]

    /// Carries out a meta-command.
    func meta(_ line: String) async -> Outcome {
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let command = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch command {
        case "/help": return metaHelp()
        case "/quit", "/exit": return .quit
        case "/org": return await switchOrganization(argument)
        case "/use": return await focus(argument)
        case "/calls": return setCalls(argument)
        case "/explain": return await explain(argument)
        case "/record": return record(argument)
        case "/stop": return stop()
        case "/wait":
            guard let seconds = PromptScript.seconds(in: argument) else {
                emit("Say how long, as in '/wait 90s', '/wait 2m' or '/wait 1h'.")
                return .failed
            }
            return await wait(seconds: seconds)
        default:
            let known = Self.metaCommands.map { String($0.0.split(separator: " ")[0]) }
            let hint = ArgumentParser.closest(to: command, in: known).map { " Did you mean \($0)?" }
            emit("Unknown command \(command).\(hint ?? "") Type /help for the list.")
            return .failed
        }
    }

    private func metaHelp() -> Outcome {
        var lines = ["Say what you want in a sentence. For example:", ""]
        for topic in HelpText.topics {
            lines.append("  \(topic.title):")
            lines += topic.examples.map { "    \($0)" }
        }
        lines += ["", "Commands:"]
        let width = Self.metaCommands.map(\.0.count).max() ?? 0
        for (command, meaning) in Self.metaCommands {
            lines.append(
                "  " + command.padding(toLength: width + 2, withPad: " ", startingAt: 0) + meaning
            )
        }
        lines.append("")
        lines.append("Destructive steps always ask first; the answer is No unless you type y.")
        emit(lines.joined(separator: "\n") + "\n")
        return .ok
    }

    private func switchOrganization(_ name: String) async -> Outcome {
        guard !name.isEmpty else {
            emit("Name the organization, as in '/org example-org'.")
            return .failed
        }
        let current = await engine.context.organization
        do {
            _ = try await connection.client.organization(named: name)
        } catch TerraformCloudError.notFound {
            emit(
                "No organization named '\(name)' is visible to this token; still working in "
                    + "\(current)."
            )
            return .failed
        } catch {
            emit("Could not check the organization '\(name)': \(error.localizedDescription)")
            return .failed
        }
        await engine.use(organization: name)
        emit("Now working in \(name).\n")
        return .ok
    }

    private func focus(_ workspace: String) async -> Outcome {
        guard !workspace.isEmpty else {
            emit("Name the workspace, as in '/use staging'.")
            return .failed
        }
        let names = await engine.workspaceNames()
        guard names.isEmpty || names.contains(workspace) else {
            let suggestion = ArgumentParser.closest(to: workspace, in: names)
            let hint = suggestion.map { " Did you mean \($0)?" } ?? ""
            let organization = await engine.context.organization
            emit("No workspace named '\(workspace)' in \(organization).\(hint)")
            return .failed
        }
        await engine.focus(workspace: workspace)
        emit("\(workspace) is in focus: sentences that name no workspace mean it.\n")
        return .ok
    }

    private func setCalls(_ setting: String) -> Outcome {
        switch setting.lowercased() {
        case "on": showsCalls = true
        case "off": showsCalls = false
        default:
            emit("Say '/calls on' or '/calls off'.")
            return .failed
        }
        emit("API calls are \(showsCalls ? "shown" : "hidden").\n")
        return .ok
    }

    private func explain(_ sentence: String) async -> Outcome {
        guard !sentence.isEmpty else {
            emit("Give a sentence, as in '/explain apply the pending run in staging'.")
            return .failed
        }
        let result = await engine.explain(sentence)
        emit(Self.summary(of: result))
        let safety =
            result.isDestructive
            ? "This would change infrastructure or a run; tfcsh would ask you first."
            : "This would change nothing."
        emit(safety + "\n")
        return .ok
    }

    /// What `/explain` shows: the intent, its arguments one a line, and any question asked;
    /// `tfcsh explain` gives the same as JSON.
    static func summary(of result: MatchResult) -> String {
        let confidence = String(format: "%.2f", result.confidence)
        var lines = ["Intent: \(result.name.rawValue) (confidence \(confidence))"]
        let json = Data(ExplainJSON.line(for: result).utf8)
        let object = try? JSONDecoder().decode([String: JSONValue].self, from: json)
        if case .object(let arguments)? = object?["arguments"], !arguments.isEmpty {
            lines.append("Arguments:")
            for key in arguments.keys.sorted() {
                lines.append("- \(key): \(describe(arguments[key] ?? .null))")
            }
        }
        if let candidate = result.candidate {
            lines.append("Closest intent: \(candidate.rawValue)")
        }
        if let question = result.question {
            lines.append("It would ask: \(question)")
        }
        if !result.choices.isEmpty {
            lines.append("Choices: \(result.choices.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }

    /// A JSON value in words: strings as they are, lists joined, objects as key=value.
    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "none"
        case .bool(let flag): return flag ? "yes" : "no"
        case .integer(let number): return String(number)
        case .number(let number): return String(number)
        case .string(let text): return text
        case .array(let list): return list.map(describe).joined(separator: ", ")
        case .object(let object):
            return object.keys.sorted().map { "\($0)=\(describe(object[$0] ?? .null))" }
                .joined(separator: ", ")
        }
    }

    private func record(_ path: String) -> Outcome {
        guard !path.isEmpty else {
            emit("Name a file, as in '/record session.md'.")
            return .failed
        }
        do {
            try startRecording(path: path, title: "tfcsh session")
            emit("Recording to \(path); /stop ends it.\n")
            return .ok
        } catch {
            emit(error.description)
            return .failed
        }
    }

    private func stop() -> Outcome {
        guard let path = stopRecording() else {
            emit("Nothing is being recorded.")
            return .ok
        }
        emit("Stopped recording; the transcript is in \(path).\n")
        return .ok
    }
}
