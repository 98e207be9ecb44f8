/// What one command accepts: flags, options with a value, and positional arguments.
public struct CommandSpec: Sendable {
    /// The command's name as typed, for messages (`tfcsh replay`).
    public var name: String
    /// Flags that take no value (`--yes`).
    public var flags: Set<String>
    /// Options that take one value (`--org ORG`); a repeated option keeps every value.
    public var options: Set<String>
    /// Short spellings of flags and options (`-c` for `--command`).
    public var aliases: [String: String]
    /// The most positional arguments accepted.
    public var maxPositionals: Int

    /// Creates a spec.
    public init(
        name: String,
        flags: Set<String> = [],
        options: Set<String> = [],
        aliases: [String: String] = [:],
        maxPositionals: Int = 0
    ) {
        self.name = name
        self.flags = flags
        self.options = options
        self.aliases = aliases
        self.maxPositionals = maxPositionals
    }
}

/// The arguments of one command, parsed against its `CommandSpec`.
public struct ParsedArguments: Sendable, Equatable {
    /// The flags that were given.
    public var flags: Set<String> = []
    /// Each option's values, in the order given.
    public var options: [String: [String]] = [:]
    /// The positional arguments, in order.
    public var positionals: [String] = []

    /// Whether `flag` was given.
    public func has(_ flag: String) -> Bool {
        flags.contains(flag)
    }

    /// The last value given for `option`, if any.
    public func value(_ option: String) -> String? {
        options[option]?.last
    }

    /// Every value given for `option`, in order.
    public func values(_ option: String) -> [String] {
        options[option] ?? []
    }
}

/// Why a command line could not be parsed; each message says what to type instead.
public enum ArgumentError: Error, Equatable, CustomStringConvertible {
    /// An option or flag the command does not know.
    case unknownOption(command: String, option: String, suggestion: String?)
    /// An option that needs a value came last.
    case missingValue(command: String, option: String)
    /// A flag was given a value (`--yes=no`).
    case unexpectedValue(command: String, flag: String)
    /// More positional arguments than the command takes.
    case unexpectedArgument(command: String, argument: String)
    /// A value that is not of the form the option needs.
    case invalidValue(command: String, option: String, value: String, expected: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .unknownOption(let command, let option, let suggestion):
            let hint = suggestion.map { " Did you mean \($0)?" } ?? ""
            return "\(command): unknown option '\(option)'.\(hint) See '\(command) --help'."
        case .missingValue(let command, let option):
            return "\(command): \(option) needs a value, as in '\(option) VALUE'."
        case .unexpectedValue(let command, let flag):
            return "\(command): \(flag) takes no value; write it alone."
        case .unexpectedArgument(let command, let argument):
            return "\(command): unexpected argument '\(argument)'. Quote a sentence that has "
                + "spaces, or see '\(command) --help'."
        case .invalidValue(let command, let option, let value, let expected):
            return
                "\(command): '\(value)' is not a valid value for \(option): expected \(expected)."
        }
    }
}

/// A small command-line parser: `--name value`, `--name=value`, short aliases, and `--`.
public enum ArgumentParser {
    /// Parses `arguments` against `spec`.
    public static func parse(
        _ arguments: [String],
        spec: CommandSpec
    ) throws(ArgumentError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                try addPositional(argument, to: &parsed, spec: spec)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var (name, inlineValue) = split(argument)
            name = spec.aliases[name] ?? name
            if spec.flags.contains(name) {
                guard inlineValue == nil else {
                    throw .unexpectedValue(command: spec.name, flag: name)
                }
                parsed.flags.insert(name)
            } else if spec.options.contains(name) {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    throw .missingValue(command: spec.name, option: name)
                }
                parsed.options[name, default: []].append(value)
            } else {
                let known = Array(spec.flags) + Array(spec.options)
                throw .unknownOption(
                    command: spec.name,
                    option: name,
                    suggestion: closest(to: name, in: known)
                )
            }
        }
        return parsed
    }

    private static func addPositional(
        _ argument: String,
        to parsed: inout ParsedArguments,
        spec: CommandSpec
    ) throws(ArgumentError) {
        guard parsed.positionals.count < spec.maxPositionals else {
            throw .unexpectedArgument(command: spec.name, argument: argument)
        }
        parsed.positionals.append(argument)
    }

    private static func split(_ argument: String) -> (String, String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
            return (argument, nil)
        }
        let name = String(argument[..<equals])
        let value = String(argument[argument.index(after: equals)...])
        return (name, value)
    }

    /// The known name nearest to `name` within a small edit distance, for "Did you mean".
    static func closest(to name: String, in known: [String]) -> String? {
        let scored = known.map { ($0, editDistance(name, $0)) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else {
            return nil
        }
        return best.1 <= max(2, name.count / 3) ? best.0 : nil
    }

    private static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
