import Foundation
import Testing

@testable import LineEditor

@Suite("History store rules")
struct HistoryStoreTests {
    @Test("records a plain line and keeps lines in order")
    func recordsInOrder() {
        var store = HistoryStore()
        let firstRecorded = store.record("list runs in staging")
        #expect(firstRecorded)
        let secondRecorded = store.record("show workspace billing")
        #expect(secondRecorded)
        #expect(store.entries == ["list runs in staging", "show workspace billing"])
    }

    @Test("skips a line equal to the one before it but keeps a repeat further back")
    func skipsConsecutiveDuplicates() {
        var store = HistoryStore()
        store.record("a")
        let repeatRecorded = store.record("a")
        #expect(!repeatRecorded)
        store.record("b")
        let laterRepeatRecorded = store.record("a")
        #expect(laterRepeatRecorded)
        #expect(store.entries == ["a", "b", "a"])
    }

    @Test(
        "does not record blank lines or lines starting with a space",
        arguments: ["", "   ", " secret plan", "\tindented"]
    )
    func skipsBlankAndSpacePrefixed(line: String) {
        var store = HistoryStore()
        let blankRecorded = store.record(line)
        #expect(!blankRecorded)
        #expect(store.entries.isEmpty)
    }

    @Test("does not record a line carrying a token")
    func skipsSecrets() {
        var store = HistoryStore()
        let atlasTokenRecorded = store.record(
            "login with abcdefghijklmn.atlasv1.ZYXWVUTSRQPONMLKJIH0123456789"
        )
        #expect(!atlasTokenRecorded)
        let envTokenRecorded = store.record("export TFE_TOKEN=whatever-it-is")
        #expect(!envTokenRecorded)
        #expect(store.entries.isEmpty)
    }

    @Test("keeps only the newest entries up to the limit")
    func capsEntries() {
        var store = HistoryStore(limit: 3)
        for index in 1...5 {
            store.record("line \(index)")
        }
        #expect(store.entries == ["line 3", "line 4", "line 5"])
    }

    @Test("the default limit is a thousand entries")
    func defaultLimit() {
        var store = HistoryStore()
        for index in 0..<1_005 {
            store.record("line \(index)")
        }
        #expect(store.entries.count == 1_000)
        #expect(store.entries.first == "line 5")
    }

    @Test("encoding then decoding gives back the same entries, backslashes included")
    func roundTrips() {
        let store = HistoryStore(entries: [#"path C:\temp\new"#, "café", "plain"])
        let decoded = HistoryStore.decode(store.encoded())
        #expect(decoded.entries == store.entries)
    }

    @Test(
        "garbled data decodes to an empty history",
        arguments: [
            Data([0xFF, 0xFE, 0x00, 0x80]),
            Data("_HiStOrY_V2_\nlist\\040runs\n".utf8),
            Data(),
        ]
    )
    func garbledIsEmpty(data: Data) {
        #expect(HistoryStore.decode(data).entries.isEmpty)
    }

    @Test("decoding a file longer than the limit keeps its newest entries")
    func decodeCaps() {
        let data = HistoryStore(entries: ["a", "b", "c", "d"]).encoded()
        #expect(HistoryStore.decode(data, limit: 2).entries == ["c", "d"])
    }
}
