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

    static let spec = CommandSpec(
        name: "tfcsh explain",
        flags: ["--sandbox", "--help"],
        options: ["--org"],
        aliases: ["--organization": "--org", "-h": "--help"],
        maxPositionals: .max
    )

    /// Runs the command with the arguments after `explain`; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try parse(arguments)
        } catch {
            TFCShell.complain(error.description)
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
    static func parse(_ arguments: [String]) throws(ArgumentError) -> Options {
        let parsed = try ArgumentParser.parse(arguments, spec: spec)
        var options = Options()
        options.organization = parsed.value("--org")
        options.sandbox = parsed.has("--sandbox")
        options.help = parsed.has("--help")
        if !parsed.positionals.isEmpty {
            options.sentence = parsed.positionals.joined(separator: " ")
        }
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
