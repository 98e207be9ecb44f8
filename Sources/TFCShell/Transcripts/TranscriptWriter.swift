import Foundation
import LineEditor

/// Writes a conversation as Markdown in the format of the example conversations, appending and
/// flushing turn by turn so that nothing is lost if the process dies.
public final class TranscriptWriter {
    private let handle: FileHandle
    private let secrets: [String]
    /// The file being written.
    public let path: String

    /// Opens `path` for appending (creating it), and writes `header` when the file is new.
    ///
    /// Every string in `secrets` (a token, say), and whatever else looks like a credential (as
    /// history judges it), is replaced by `[redacted]` before it is written.
    public init(path: String, header: String?, secrets: [String] = []) throws(TranscriptError) {
        let manager = FileManager.default
        let isNew = !manager.fileExists(atPath: path)
        if isNew, !manager.createFile(atPath: path, contents: nil) {
            throw TranscriptError.cannotOpen(path: path)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw TranscriptError.cannotOpen(path: path)
        }
        self.handle = handle
        self.path = path
        self.secrets = secrets.filter { $0.count >= 8 }
        handle.seekToEndOfFile()
        if isNew, let header {
            write(header + "\n")
        }
    }

    deinit {
        try? handle.close()
    }

    /// Records one user turn and tfcsh's Markdown reply.
    public func record(user: String, reply: String) {
        write("\n**User**: \(user)\n\n**tfcsh**: \(reply)\n")
    }

    /// Records a note between turns, in italics (time passing, a recording that stopped).
    public func note(_ text: String) {
        write("\n_\(text)_\n")
    }

    private func write(_ text: String) {
        var clean = text
        clean = SecretDetector.redact(clean, known: secrets)
        handle.write(Data(clean.utf8))
        try? handle.synchronize()
    }
}

/// Why a transcript could not be written.
public enum TranscriptError: Error, Equatable, CustomStringConvertible {
    /// The file could not be created or opened for writing.
    case cannotOpen(path: String)

    /// The message shown to the user.
    public var description: String {
        switch self {
        case .cannotOpen(let path):
            return "cannot write the transcript \(path): check that its folder exists and is "
                + "writable."
        }
    }
}
