import Foundation
import Intents
import Sandbox

/// `tfcsh explain`: prints what a sentence means as JSON, touching no network.
public enum ExplainCommand {
    /// The options `explain` takes.
    struct Options: Equatable {
        var organization: String?
        var sandbox = false
        var sentence: String?
        var help = false
    }

    /// The usage line of `explain`.
    static let usage =
        "usage: tfcsh explain [--org ORG] [--sandbox] [SENTENCE]\n"
        + "  prints what SENTENCE means as one JSON line; without SENTENCE, reads one sentence\n"
        + "  a line on stdin and prints one JSON line for each. Touches no network.\n"

    /// Why the arguments of `explain` were refused.
    enum UsageError: LocalizedError, Equatable {
        case unknownFlag(String)
        case missingValue(String)

        var errorDescription: String? {
            switch self {
            case .unknownFlag(let flag):
                "tfcsh explain: unknown option \(flag); "
                    + "usage: tfcsh explain [--org ORG] [--sandbox] [SENTENCE]"
            case .missingValue(let flag):
                "tfcsh explain: \(flag) needs a value, for example \(flag) example-org"
            }
        }
    }

    /// Runs the command with the arguments after `explain`; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try parse(arguments)
        } catch {
            FileHandle.standardError.write(Data((error.localizedDescription + "\n").utf8))
            return 2
        }
        if options.help {
            FileHandle.standardOutput.write(Data(usage.utf8))
            return 0
        }
        let context = makeContext(options)
        if let sentence = options.sentence {
            let line = ExplainJSON.line(for: IntentMatcher.match(sentence, context: context)) + "\n"
            FileHandle.standardOutput.write(Data(line.utf8))
            return 0
        }
        explainStandardInput(context: context)
        return 0
    }

    /// Parses `--org ORG`, `--sandbox` and the sentence (the remaining words joined).
    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var words: [String] = []
        var index = 0
        var flagsDone = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if flagsDone || !argument.hasPrefix("-") || argument == "-" {
                words.append(argument)
                continue
            }
            switch argument {
            case "--": flagsDone = true
            case "--sandbox": options.sandbox = true
            case "--help", "-h": options.help = true
            case "--org", "--organization":
                guard index < arguments.count else { throw UsageError.missingValue(argument) }
                options.organization = arguments[index]
                index += 1
            default:
                if argument.hasPrefix("--org=") {
                    options.organization = String(argument.dropFirst("--org=".count))
                } else {
                    throw UsageError.unknownFlag(argument)
                }
            }
        }
        if !words.isEmpty { options.sentence = words.joined(separator: " ") }
        return options
    }

    /// The matching context: the sandbox's workspace names with `--sandbox`.
    static func makeContext(_ options: Options) -> MatchContext {
        let organization =
            options.organization
            ?? (options.sandbox ? ExampleOrganization.name : nil)
        let names = options.sandbox ? ExampleOrganization.workspaceNames : []
        return MatchContext(
            defaultOrganization: organization,
            workspaces: WorkspaceIndex(names: names)
        )
    }

    /// Reads all of stdin at once and writes one JSON line per input line, buffered.
    private static func explainStandardInput(context: MatchContext) {
        let input = FileHandle.standardInput.readDataToEndOfFile()
        var output = Data()
        output.reserveCapacity(input.count * 4 + 64)
        var lines = input.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if input.last == UInt8(ascii: "\n") { lines.removeLast() }
        for line in lines {
            var bytes = line
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            let sentence = String(decoding: bytes, as: UTF8.self)
            let json = ExplainJSON.line(for: IntentMatcher.match(sentence, context: context))
            output.append(contentsOf: json.utf8)
            output.append(UInt8(ascii: "\n"))
            if output.count > 1 << 20 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
    }
}
