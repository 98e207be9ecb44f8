import Conversation

/// Renders a reply for a terminal: bold and colour instead of asterisks, when styling is on.
public struct TerminalRenderer: Sendable {
    /// Whether ANSI styling is used; off for `NO_COLOR`, `--color never` and non-terminals.
    public var styled: Bool
    /// Whether the API calls are shown (`/calls on|off`).
    public var showsCalls: Bool

    /// Creates a renderer.
    public init(styled: Bool, showsCalls: Bool = true) {
        self.styled = styled
        self.showsCalls = showsCalls
    }

    /// The reply as lines of text for the terminal, without a trailing newline.
    public func render(_ reply: Reply) -> String {
        var paragraphs = reply.notices.map { style($0, .yellow) }
        paragraphs.append(reply.opening)
        if showsCalls, !reply.calls.isEmpty {
            let calls = reply.calls.map { call in
                let result = call.result.map { "  → \($0)" } ?? ""
                return "  " + CallFormatter.signature(call) + result
            }
            paragraphs.append(style(calls.joined(separator: "\n"), .dim))
        }
        paragraphs += reply.blocks.map(render)
        if let closing = reply.closing {
            paragraphs.append(closing)
        }
        return paragraphs.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    private func render(_ block: Block) -> String {
        switch block {
        case .text(let text):
            return text
        case .fields(let title, let fields):
            let lines = fields.flatMap { fieldLines($0, indent: "  ") }
            return ([style(title, .bold)] + lines).joined(separator: "\n")
        case .items(let items):
            return items.enumerated().map { offset, item in
                let title = item.title.map { "  \"\($0)\"" } ?? ""
                let head = "\(offset + 1). " + style(item.id, .bold) + title
                let lines = item.fields.flatMap { fieldLines($0, indent: "   ") }
                return ([head] + lines).joined(separator: "\n")
            }
            .joined(separator: "\n\n")
        }
    }

    private func fieldLines(_ field: Field, indent: String) -> [String] {
        var value = field.value
        if field.label == "Status" {
            value = style(value, color(forStatus: value))
        }
        if value.isEmpty, field.list.isEmpty {
            return ["\(indent)\(field.label)"]
        }
        let head = "\(indent)" + style(field.label + ":", .dim) + (value.isEmpty ? "" : " \(value)")
        return [head] + field.list.map { "\(indent)  • \($0)" }
    }

    private func color(forStatus status: String) -> Style {
        let lowered = status.lowercased()
        if lowered.hasPrefix("errored") || lowered.contains("fail") {
            return .red
        }
        if lowered.hasPrefix("applied") || lowered.hasPrefix("planned and finished") {
            return .green
        }
        if lowered.contains("awaiting") || lowered.contains("pending") {
            return .yellow
        }
        return .plain
    }

    private enum Style: String {
        case plain = ""
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
    }

    private func style(_ text: String, _ style: Style) -> String {
        guard styled, style != .plain, !text.isEmpty else {
            return text
        }
        return "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m"
    }
}
