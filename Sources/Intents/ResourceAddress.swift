/// Recognizes Terraform resource addresses such as `module.a.aws_x.y` or `aws_instance.web[0]`.
enum ResourceAddress {
    /// Whether `text` is a resource or module address.
    static func isAddress(_ text: String) -> Bool {
        guard text.utf8.count <= 512, text.utf8.contains(0x2E), let parts = split(text),
            !parts.isEmpty
        else { return false }
        var index = 0
        var modules = 0
        while index < parts.count, parts[index] == "module" {
            guard index + 1 < parts.count, isName(parts[index + 1], indexAllowed: true) else {
                return false
            }
            modules += 1
            index += 2
        }
        if index == parts.count { return modules > 0 }
        if parts[index] == "data" { index += 1 }
        guard parts.count - index == 2 else { return false }
        let type = parts[index]
        return type.contains("_") && isName(type, indexAllowed: false)
            && isName(parts[index + 1], indexAllowed: true)
    }

    /// Splits on dots outside brackets; `nil` when brackets do not balance.
    private static func split(_ text: String) -> [Substring]? {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth < 0 { return nil }
            case "." where depth == 0:
                parts.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        guard depth == 0 else { return nil }
        parts.append(text[start...])
        return parts
    }

    /// Whether `part` is an identifier, optionally followed by one `[index]`.
    private static func isName(_ part: Substring, indexAllowed: Bool) -> Bool {
        var name = part
        if let open = part.firstIndex(of: "[") {
            guard indexAllowed, part.last == "]",
                part.index(after: open) < part.index(before: part.endIndex)
            else { return false }
            name = part[..<open]
        }
        guard let first = name.unicodeScalars.first, first == "_" || isLetter(first) else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            isLetter($0) || isDigit($0) || $0 == "_" || $0 == "-"
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
