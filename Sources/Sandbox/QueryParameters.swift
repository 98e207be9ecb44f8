import Foundation

/// A request's query string, decoded: brackets in either form, empty values treated as absent.
struct QueryParameters {
    /// Decoded name-value pairs with a non-empty value, in the order sent.
    private(set) var pairs: [(String, String)] = []
    /// The include list with `-` spelled `_`, as the docs name includes; read once here, as
    /// a list of runs asks for it once a run.
    private(set) var includes: [String] = []

    /// Parses `query` (without the `?`).
    init(_ query: String) {
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if !value.isEmpty { pairs.append((name, value)) }
        }
        let hyphen = UInt8(ascii: "-")
        includes = (list("include") ?? []).map { name in
            String(decoding: name.utf8.map { $0 == hyphen ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
        }
    }

    private static func decode(_ text: Substring) -> String {
        // Most names and values need neither step, and both are slow on Linux.
        let spaced =
            text.utf8.contains(UInt8(ascii: "+"))
            ? text.replacingOccurrences(of: "+", with: " ") : String(text)
        guard spaced.utf8.contains(UInt8(ascii: "%")) else { return spaced }
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The last value sent for `name`.
    subscript(_ name: String) -> String? {
        pairs.last { $0.0 == name }?.1
    }

    /// A comma-separated value split into its trimmed, non-empty items.
    func list(_ name: String) -> [String]? {
        guard let value = self[name] else { return nil }
        let items = value.split(separator: ",").map(Self.trimmed).filter { !$0.isEmpty }
        return items.isEmpty ? nil : items
    }

    /// `item` without the spaces and tabs around it.
    private static func trimmed(_ item: Substring) -> String {
        let scalars = item.unicodeScalars
        let isBlank = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The parameters other than paging and include, encoded again, for pagination links.
    var linkQuery: String {
        pairs.filter { !$0.0.hasPrefix("page[") && $0.0 != "include" }
            .map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics
        set.insert(charactersIn: "-._~")
        return set
    }()

    /// Percent-encodes everything but unreserved characters.
    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

/// `page[number]` and `page[size]`, clamped as the API does.
struct PageRequest {
    /// 1-based page number.
    var number: Int
    /// Items a page, 1 to 100.
    var size: Int

    /// Reads the page parameters of `query`, with the defaults 1 and 20.
    init(_ query: QueryParameters) {
        number = max(1, Int(query["page[number]"] ?? "") ?? 1)
        size = min(100, max(1, Int(query["page[size]"] ?? "") ?? 20))
    }

    /// The offset of the page's first item.
    var offset: Int { (number - 1) * size }
}
