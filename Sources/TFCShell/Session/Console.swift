import Foundation
import LineEditor

/// Where the shell writes: standard output, and an asciicast recording when one is on.
///
/// It also owns the live status line, so that any output erases the status first and a reply
/// never runs on from the end of "Ctrl-C stops watching".
public final class Console: @unchecked Sendable {
    // @unchecked: writes are serialized by `lock`.
    private let lock = NSLock()
    private let output: FileHandle
    private var cast: CastRecorder?
    /// Whether a status line is on screen and must be erased before the next output.
    private var statusShown = false

    /// Creates a console writing to `output` (standard output by default).
    public init(output: FileHandle = .standardOutput) {
        self.output = output
    }

    /// Starts recording what is written as asciicast v2 into `recorder`.
    public func record(into recorder: CastRecorder?) {
        lock.lock()
        defer { lock.unlock() }
        cast = recorder
    }

    /// Writes `text` as is, erasing the status line first if one is shown.
    public func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        eraseStatus()
        output.write(Data(text.utf8))
        cast?.output(text)
    }

    /// Shows `text` as the live status line, replacing the last one, fitted to `width`.
    public func status(_ text: String, width: Int = Terminal.width) {
        lock.lock()
        defer { lock.unlock() }
        let bytes = StatusLine.render(text, width: width)
        output.write(Data(bytes.utf8))
        cast?.output(bytes)
        statusShown = true
    }

    /// Erases the status line, if one is shown, leaving the cursor at the start of the line.
    public func clearStatus() {
        lock.lock()
        defer { lock.unlock() }
        eraseStatus()
    }

    /// Erases the status line; the caller holds the lock.
    private func eraseStatus() {
        guard statusShown else { return }
        statusShown = false
        output.write(Data(StatusLine.rewind.utf8))
        cast?.output(StatusLine.rewind)
    }

    /// Writes `text` and a newline.
    public func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Records, without writing, text the terminal already shows (what the user typed).
    public func echoed(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        cast?.output(text)
    }

    /// Whether an asciicast recording is on.
    public var isRecordingCast: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cast != nil
    }
}

/// Writes a terminal session in asciicast v2: a header line, then one event a line.
public final class CastRecorder: @unchecked Sendable {
    // @unchecked: used only through Console, which holds its lock around every call.
    private let handle: FileHandle
    private let start = Date()
    private let secrets: [String]

    /// Creates `path` (replacing it) and writes the header for a `width` x `height` terminal.
    public init(path: String, width: Int, height: Int, secrets: [String]) throws(TranscriptError) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw TranscriptError.cannotOpen(path: path)
        }
        self.handle = handle
        self.secrets = secrets.filter { $0.count >= 8 }
        let header: [String: Any] = [
            "version": 2, "width": width, "height": height,
            "timestamp": Int(start.timeIntervalSince1970),
            "env": [
                "SHELL": "tfcsh", "TERM": ProcessInfo.processInfo.environment["TERM"] ?? "xterm",
            ],
        ]
        append(header)
    }

    /// Records output written at this moment.
    func output(_ text: String) {
        var clean = text.replacingOccurrences(of: "\n", with: "\r\n")
        clean = SecretDetector.redact(clean, known: secrets)
        let elapsed = (Date().timeIntervalSince(start) * 1_000_000).rounded() / 1_000_000
        append([elapsed, "o", clean])
    }

    private func append(_ value: Any) {
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options)
        else {
            return
        }
        handle.write(data + Data("\n".utf8))
    }

    deinit {
        try? handle.close()
    }
}
