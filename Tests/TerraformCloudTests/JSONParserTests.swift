import Foundation
import TestSupport
import Testing

@testable import TerraformCloud

@Suite("The JSON parser every response goes through")
struct JSONParserTests {
    /// Where two values first differ, counting `1` and `1.0` as one number; `nil` if nowhere.
    private func difference(_ a: JSONValue, _ b: JSONValue, at path: String = "$") -> String? {
        switch (a, b) {
        case (.array(let x), .array(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) vs \(y.count) elements" }
            return zip(x, y).enumerated().lazy
                .compactMap { self.difference($1.0, $1.1, at: "\(path)[\($0)]") }.first
        case (.object(let x), .object(let y)):
            guard Set(x.keys) == Set(y.keys) else {
                return "\(path): keys \(Set(x.keys).symmetricDifference(y.keys).sorted())"
            }
            return x.keys.sorted().lazy
                .compactMap { key in
                    self.difference(x[key] ?? .null, y[key] ?? .null, at: "\(path).\(key)")
                }
                .first
        case (.integer, _), (.number, _):
            return a.doubleValue != nil && a.doubleValue == b.doubleValue
                ? nil : "\(path): \(a) vs \(b)"
        default:
            return a == b ? nil : "\(path): \(a) vs \(b)"
        }
    }

    @Test("every official sample payload parses to what JSONDecoder reads")
    func sharedFixtures() throws {
        let folder = try SharedDirectory.file("api/fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 20, "only \(names.count) fixtures in \(folder.path)")
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let parsed = try JSONValue.parse(data)
            let decoded = try JSONDecoder().decode(JSONValue.self, from: data)
            // The workspace samples repeat `current-configuration-version` in one object:
            // JSONDecoder keeps the first, the parser the last, as JavaScript does.
            let different = difference(parsed, decoded).flatMap {
                name.hasPrefix("workspace-")
                    && $0.hasSuffix("current-configuration-version: keys [\"links\"]")
                    ? nil : $0
            }
            #expect(different == nil, "\(name) parses differently at \(different ?? "")")
        }
    }

    @Test(
        "escapes, surrogate pairs, numbers and literals",
        arguments: [
            (#""a\"b\\c\/d\n\t\r\b\f""#, JSONValue.string("a\"b\\c/d\n\t\r\u{8}\u{C}")),
            (#""caf\u00e9 \ud83d\ude00""#, .string("café 😀")),
            (#""lone \ud83d here""#, .string("lone \u{FFFD} here")),
            (#""naïve""#, .string("naïve")),
            ("-12", .integer(-12)), ("0", .integer(0)), ("2.5", .number(2.5)),
            ("1e3", .number(1000)), ("-0.25E-2", .number(-0.0025)),
            ("99999999999999999999", .number(1e20)),
            ("true", .bool(true)), ("false", .bool(false)), ("null", .null),
            (" [ 1 , {\"a\" : [ ] } ] ", .array([.integer(1), .object(["a": .array([])])])),
            ("\u{FEFF}{}", .object([:])),
            (#"{"a": 1, "a": 2}"#, .object(["a": .integer(2)])),
        ]
    )
    func values(text: String, expected: JSONValue) throws {
        #expect(try JSONValue.parse(Data(text.utf8)) == expected)
    }

    @Test(
        "malformed text is refused with the place it went wrong",
        arguments: [
            "", "   ", "[1,]", "{\"a\":1,}", "{a:1}", "01", "1.", "-", "1e", "[1 2]", "\"open",
            "\"bad \\x escape\"", "\"tab\there\"", "tru", "nulls", "{\"a\" 1}", "[1]]", "\"\\u12\"",
        ]
    )
    func malformed(text: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data(text.utf8)) }
    }

    @Test("deep nesting is refused, not a crash")
    func depth() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(Data(deep.utf8)) }
        let fine = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(try JSONValue.parse(Data(fine.utf8)).arrayValue?.count == 1)
    }

    @Test("random bytes never crash the parser, and valid documents survive a round trip")
    func randomBytes() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<64, using: &generator)
            let alphabet = Array("{}[]\",:0123456789-.eE truefalsn\\u".utf8) + [0xC3, 0xA9, 0xFF]
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let data = Data(bytes)
            // Whatever JSONSerialization accepts as a document, the parser accepts too.
            let accepted =
                (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
            let parsed = try? JSONValue.parse(data)
            if accepted && String(data: data, encoding: .utf8) != nil {
                #expect(parsed != nil, "refused \(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }

    @Test("the API's timestamps read the same without a format style")
    func fastDates() throws {
        let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let seconds = Double(Int.random(in: -2_000_000_000...4_000_000_000, using: &generator))
            let millis = Double(Int.random(in: 0..<1000, using: &generator)) / 1000
            let date = Date(timeIntervalSince1970: seconds + millis)
            let text = style.format(date)
            let fast = try #require(APIDate.parseUTC(text), "\(text) was not read")
            let slow = try style.parse(text)
            #expect(abs(fast.timeIntervalSince(slow)) < 0.000_001, "\(text)")
            let whole = Date.ISO8601FormatStyle().format(date)
            let offset = whole.replacingOccurrences(of: "Z", with: "+00:00")
            let wholeSlow = try Date.ISO8601FormatStyle().parse(whole)
            #expect(APIDate.parseUTC(whole) == wholeSlow, "\(whole)")
            #expect(APIDate.parseUTC(offset) == wholeSlow, "\(offset)")
        }
        #expect(APIDate.parseUTC("2024-02-29T12:00:00Z") != nil)
        for odd in [
            "2023-02-29T12:00:00Z", "2021-13-01T00:00:00Z", "2021-04-31T00:00:00Z",
            "2021-05-24T24:00:00Z", "2021-05-24T07:38:04+02:00", "2021-05-24T07:38:04.Z",
            "2021-05-24 07:38:04Z", "2021-05-24T07:38:04",
        ] {
            #expect(APIDate.parseUTC(odd) == nil, "\(odd) was read")
        }
        // Another offset is still read, by the format style.
        let offset = try #require(APIDate.parse("2021-05-24T09:38:04+02:00"))
        #expect(offset == APIDate.parse("2021-05-24T07:38:04Z"))
    }
}
