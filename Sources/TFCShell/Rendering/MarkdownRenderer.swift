import Conversation

/// Renders a reply as Markdown in the style of the example conversations, for transcripts and
/// pipes.
public struct MarkdownRenderer: Sendable {
    /// Whether the API calls are shown, in a fenced block after the opening.
    public var showsCalls: Bool

    /// Creates a renderer.
    public init(showsCalls: Bool = true) {
        self.showsCalls = showsCalls
    }

    /// The reply as Markdown, without a trailing newline.
    public func render(_ reply: Reply) -> String {
        var paragraphs = reply.notices
        paragraphs.append(reply.opening)
        paragraphs.append(reply.confirmations.map { "> \($0)" }.joined(separator: "\n"))
        if showsCalls, !reply.calls.isEmpty {
            paragraphs.append(callBlock(reply.calls))
        }
        paragraphs += reply.blocks.map(render)
        if let closing = reply.closing {
            paragraphs.append(closing)
        }
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The calls as a fenced block, one call a line with its result as a comment.
    public func callBlock(_ calls: [Call]) -> String {
        let lines = calls.map { call in
            let line = CallFormatter.signature(call)
            guard let result = call.result else {
                return line
            }
            return "\(line)  # -> \(result)"
        }
        return (["```python"] + lines + ["```"]).joined(separator: "\n")
    }

    private func render(_ block: Block) -> String {
        switch block {
        case .text(let text):
            return text
        case .fields(let title, let fields):
            let lines = fields.flatMap { field in fieldLines(field, indent: "") }
            return (["**\(title):**"] + lines).joined(separator: "\n")
        case .items(let items):
            return items.enumerated().map { offset, item in
                let title = item.title.map { " - \"\($0)\"" } ?? ""
                let head = "\(offset + 1). **\(item.id)**\(title)"
                let lines = item.fields.flatMap { fieldLines($0, indent: "   ") }
                return ([head] + lines).joined(separator: "\n")
            }
            .joined(separator: "\n\n")
        }
    }

    private func fieldLines(_ field: Field, indent: String) -> [String] {
        let head: String
        if field.value.isEmpty, field.list.isEmpty {
            head = "\(indent)- \(field.label)"
        } else {
            head = "\(indent)- \(field.label):" + (field.value.isEmpty ? "" : " \(field.value)")
        }
        return [head] + field.list.map { "\(indent)  - \($0)" }
    }
}

/// Writes a call the way the example conversations write them: `tool(name="value", flag=True)`.
public enum CallFormatter {
    /// The call's name and arguments.
    public static func signature(_ call: Call) -> String {
        let arguments = call.arguments.map { "\($0.name)=\(literal($0.value))" }
        return "\(call.tool)(\(arguments.joined(separator: ", ")))"
    }

    /// One value as a Python-like literal.
    public static func literal(_ value: Call.Value) -> String {
        switch value {
        case .string(let text): return quoted(text)
        case .bool(let flag): return flag ? "True" : "False"
        case .int(let number): return String(number)
        case .strings(let list): return "[" + list.map(quoted).joined(separator: ", ") + "]"
        case .pairs(let pairs):
            let entries = pairs.map {
                "{\"key\": \(quoted($0.key)), \"value\": \(quoted($0.value))}"
            }
            return "[" + entries.joined(separator: ", ") + "]"
        }
    }

    private static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\""
    }
}
