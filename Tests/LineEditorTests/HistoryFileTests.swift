import Foundation
import Testing

@testable import LineEditor

@Suite("History file on disk")
final class HistoryFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test("a missing file loads as an empty history")
    func missingIsEmpty() throws {
        let file = HistoryFile(url: folder.appendingPathComponent("none/history"))
        #expect(try file.load().entries.isEmpty)
    }

    @Test("saving creates the folders owner-only and the file readable by its owner alone")
    func createsPrivateFile() throws {
        let url = folder.appendingPathComponent("state/tfcsh/history")
        let file = HistoryFile(url: url)
        try file.save(HistoryStore(entries: ["list runs"]))

        #expect(try mode(url) == 0o600)
        #expect(try mode(url.deletingLastPathComponent()) == 0o700)
        #expect(try mode(folder.appendingPathComponent("state")) == 0o700)
        #expect(try file.load().entries == ["list runs"])
    }

    @Test("loading tightens an existing file that others could read")
    func tightensLooseFile() throws {
        let url = folder.appendingPathComponent("history")
        try HistoryStore(entries: ["old"]).encoded().write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)

        let loaded = try HistoryFile(url: url).load()

        #expect(loaded.entries == ["old"])
        #expect(try mode(url) == 0o600)
    }

    @Test("saving over a looser file leaves it owner-only")
    func saveTightens() throws {
        let url = folder.appendingPathComponent("history")
        try Data("x".utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: url.path)

        try HistoryFile(url: url).save(HistoryStore(entries: ["new"]))

        #expect(try mode(url) == 0o600)
    }

    @Test("a rewrite replaces the whole file and leaves no temporary file behind")
    func rewriteIsWhole() throws {
        let url = folder.appendingPathComponent("history")
        let file = HistoryFile(url: url)
        try file.save(HistoryStore(entries: (1...50).map { "long entry number \($0)" }))
        try file.save(HistoryStore(entries: ["short"]))

        #expect(try file.load().entries == ["short"])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["history"])
    }

    @Test("a save that cannot write its temporary file throws and keeps the old history")
    func failedSaveKeepsOldFile() throws {
        let url = folder.appendingPathComponent("history")
        let file = HistoryFile(url: url)
        try file.save(HistoryStore(entries: ["kept"]))
        // A folder where the temporary file should go makes the write fail, even for root.
        let blocker = url.path + ".tmp-\(getpid())"
        try FileManager.default.createDirectory(
            atPath: blocker + "/x",
            withIntermediateDirectories: true
        )

        #expect(throws: HistoryError.self) {
            try file.save(HistoryStore(entries: ["lost"]))
        }
        #expect(try file.load().entries == ["kept"])
    }

    @Test("a garbled file loads as an empty history instead of failing")
    func garbledFile() throws {
        let url = folder.appendingPathComponent("history")
        try Data([0xC3, 0x28, 0xFF, 0x0A]).write(to: url)
        #expect(try HistoryFile(url: url).load().entries.isEmpty)
    }

    @Test("the error for a failed write names the path and says what to check")
    func errorMessage() {
        let error = HistoryError.cannotWrite(path: "/x/history", reason: "No space left")
        let message = error.errorDescription ?? ""
        #expect(message.contains("/x/history"))
        #expect(message.contains("permissions"))
    }

    @Test("two shells appending to one file both keep their lines, in order, owner-only")
    func appendsFromTwoShells() throws {
        let url = folder.appendingPathComponent("state/tfcsh/history")
        let first = HistoryFile(url: url)
        let second = HistoryFile(url: url)
        try first.append("list runs in dev")
        try second.append("list runs in staging")
        try first.append("watch it")

        #expect(try mode(url) == 0o600)
        #expect(
            try first.load().entries == ["list runs in dev", "list runs in staging", "watch it"]
        )
    }

    @Test("appends racing from many threads all survive")
    func concurrentAppends() async throws {
        let url = folder.appendingPathComponent("history")
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    let file = HistoryFile(url: url)
                    for line in 0..<25 {
                        try? file.append("writer \(writer) line \(line)")
                    }
                }
            }
        }
        let entries = try HistoryFile(url: url).load().entries
        #expect(entries.count == 100)
        #expect(Set(entries).count == 100)
    }

    @Test("past the cap the file keeps the newest lines of every shell")
    func capMergesShells() throws {
        let url = folder.appendingPathComponent("history")
        let first = HistoryFile(url: url)
        let second = HistoryFile(url: url)
        for index in 0..<6 {
            try first.append("first \(index)", limit: 4)
            try second.append("second \(index)", limit: 4)
        }
        #expect(
            try first.load().entries == ["first 4", "second 4", "first 5", "second 5"]
        )
    }
}
