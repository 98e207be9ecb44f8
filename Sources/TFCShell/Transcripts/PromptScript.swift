import Foundation

/// A scripted conversation from `prompts/`: one sentence a line, `#` comments, and `/wait`
/// lines that let sandbox time pass.
public struct PromptScript: Sendable, Equatable {
    /// One step of a script.
    public enum Step: Sendable, Equatable {
        /// A sentence (or a meta-command such as `/use staging`) typed by the user.
        case say(String)
        /// Let this many seconds of sandbox time pass.
        case wait(seconds: Int)
        /// A comment, kept so that demos can show it between steps.
        case comment(String)
    }

    /// The steps in order.
    public var steps: [Step]

    /// Creates a script from its steps.
    public init(steps: [Step]) {
        self.steps = steps
    }

    /// Parses a script's text; a malformed `/wait` is an error naming its line.
    public init(parsing text: String) throws(ScriptError) {
        var steps: [Step] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                continue
            }
            if line.hasPrefix("#") {
                steps.append(.comment(line.dropFirst().trimmingCharacters(in: .whitespaces)))
            } else if line == "/wait" || line.hasPrefix("/wait ") {
                let amount = line.dropFirst("/wait".count).trimmingCharacters(in: .whitespaces)
                guard let seconds = Self.seconds(in: amount) else {
                    throw ScriptError.badWait(line: offset + 1, text: line)
                }
                steps.append(.wait(seconds: seconds))
            } else {
                steps.append(.say(line))
            }
        }
        self.steps = steps
    }

    /// Reads and parses the script at `path`.
    public static func load(path: String) throws(ScriptError) -> PromptScript {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw ScriptError.unreadable(path: path)
        }
        return try PromptScript(parsing: text)
    }

    /// The seconds in an amount such as `90s`, `2m`, `1h`, `1m30s` or a bare `45`.
    public static func seconds(in amount: String) -> Int? {
        if let plain = Int(amount), plain >= 0 {
            return plain
        }
        var total = 0
        var digits = ""
        var sawUnit = false
        for character in amount.lowercased() {
            if character.isNumber {
                digits.append(character)
                continue
            }
            let unit: Int
            switch character {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3600
            default: return nil
            }
            guard let value = Int(digits) else {
                return nil
            }
            total += value * unit
            digits = ""
            sawUnit = true
        }
        return sawUnit && digits.isEmpty ? total : nil
    }
}

/// Why a prompt script could not be used.
public enum ScriptError: Error, Equatable, CustomStringConvertible {
    /// A `/wait` line whose amount is not understood.
    case badWait(line: Int, text: String)
    /// The file could not be read as UTF-8 text.
    case unreadable(path: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .badWait(let line, let text):
            return "line \(line): '\(text)' is not a wait tfcsh understands; write '/wait 90s', "
                + "'/wait 2m' or '/wait 1h'."
        case .unreadable(let path):
            return "cannot read the script \(path): check that the file exists and is UTF-8 text."
        }
    }
}
