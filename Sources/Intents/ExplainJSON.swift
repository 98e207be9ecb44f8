/// The `tfcsh explain` encoding of a match: one JSON object on one line, keys as the spec says.
public enum ExplainJSON {
    /// The JSON line (without a newline) for `result`.
    public static func line(for result: MatchResult) -> String {
        var out = "{\"intent\": "
        appendString(result.name.rawValue, to: &out)
        let arguments = fields(of: result.arguments)
        if ![.help, .unknown, .clarify].contains(result.name) || !arguments.isEmpty {
            out += ", \"arguments\": {"
            out += arguments.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ")
            out += "}"
        }
        out += ", \"confidence\": \(format(result.confidence))"
        if let question = result.question {
            out += ", \"question\": "
            appendString(question, to: &out)
        }
        if let candidate = result.candidate {
            out += ", \"candidate\": "
            appendString(candidate.rawValue, to: &out)
        }
        if result.name == .clarify {
            out += ", \"choices\": " + list(result.choices)
        }
        out += "}"
        return out
    }

    /// The arguments that were said, in the spec's order, as encoded JSON values.
    private static func fields(of arguments: IntentArguments) -> [(key: String, value: String)] {
        var fields: [(key: String, value: String)] = []
        func add(_ key: String, _ value: String?) {
            if let value { fields.append((key, value)) }
        }
        add("workspace_name", arguments.workspaceName.map(quoted))
        add("organization", arguments.organization.map(quoted))
        add("run_id", arguments.runID.map(quoted))
        add("message", arguments.message.map(quoted))
        add("comment", arguments.comment.map(quoted))
        add("plan_only", arguments.planOnly.map(String.init))
        add("is_destroy", arguments.isDestroy.map(String.init))
        add("auto_apply", arguments.autoApply.map(String.init))
        add("refresh_only", arguments.refreshOnly.map(String.init))
        add("target_addrs", arguments.targetAddrs.map(list))
        add("replace_addrs", arguments.replaceAddrs.map(list))
        add("target_query", arguments.targetQuery.map(quoted))
        add("variables", arguments.variables.map(object))
        add("filter_status", arguments.filterStatus.map(list))
        add("filter_operation", arguments.filterOperation.map(list))
        add("filter_workspace_names", arguments.filterWorkspaceNames.map(list))
        add("since_days", arguments.sinceDays.map(String.init))
        add("page_size", arguments.pageSize.map(String.init))
        return fields
    }

    private static func format(_ value: Double) -> String {
        let hundredths = Int((min(1, max(0, value)) * 100).rounded())
        if hundredths == 100 { return "1.0" }
        return hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
    }

    private static func quoted(_ text: String) -> String {
        var out = ""
        appendString(text, to: &out)
        return out
    }

    private static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }

    /// Variables as a JSON object keeping the typed order (a later duplicate key wins).
    private static func object(_ variables: [IntentArguments.Variable]) -> String {
        var seen: [String: Int] = [:]
        var pairs: [(String, String)] = []
        for variable in variables {
            if let position = seen[variable.key] {
                pairs[position].1 = variable.value
            } else {
                seen[variable.key] = pairs.count
                pairs.append((variable.key, variable.value))
            }
        }
        return "{" + pairs.map { "\(quoted($0.0)): \(quoted($0.1))" }.joined(separator: ", ") + "}"
    }

    /// Appends `text` as a JSON string, escaping quotes, backslashes and control characters.
    static func appendString(_ text: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.unicodeScalars.append("\"")
    }
}
