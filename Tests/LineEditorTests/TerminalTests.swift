import Foundation
import Testing

@testable import LineEditor

@Suite("Terminal helpers")
struct TerminalTests {
    @Test("a status line returns to the line start and erases it before the text")
    func statusRewinds() {
        #expect(StatusLine.render("planning", width: 80) == "\r\u{1B}[Kplanning")
    }

    @Test("a status line is cut to fit the width so it never wraps")
    func statusFits() {
        let rendered = StatusLine.render(String(repeating: "x", count: 100), width: 20)
        #expect(rendered == "\r\u{1B}[K" + String(repeating: "x", count: 18) + "…")
    }

    @Test("a status line shows only its first line")
    func statusSingleLine() {
        #expect(StatusLine.render("one\ntwo", width: 80) == "\r\u{1B}[Kone")
    }

    @Test("a descriptor that is not a terminal has no width")
    func widthOfPipe() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer {
            close(descriptors[0])
            close(descriptors[1])
        }
        #expect(Terminal.width(ofDescriptor: descriptors[1]) == nil)
        #expect(Terminal.defaultWidth == 80)
    }

    @Test(
        "UTF-8 sequences read byte by byte decode to their scalar",
        arguments: [
            ([UInt8(0x61)], "a"),
            ([0xC3, 0xA9], "é"),
            ([0xE6, 0x97, 0xA5], "日"),
            ([0xF0, 0x9F, 0x99, 0x82], "🙂"),
            ([0xC3, 0x28], "\u{FFFD}"),
            ([0xFF], "\u{FFFD}"),
        ]
    )
    func decodes(bytes: [UInt8], expected: String) {
        let length = UTF8Decoding.sequenceLength(lead: bytes[0])
        #expect(length == bytes.count || expected == "\u{FFFD}")
        #expect(String(UTF8Decoding.scalar(bytes)) == expected)
    }
}
