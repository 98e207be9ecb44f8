import Foundation

/// Where the shell writes: standard output, and an asciicast recording when one is on.
public final class Console: @unchecked Sendable {
    // @unchecked: writes are serialized by `lock`.
    private let lock = NSLock()
    private let output: FileHandle
    private var cast: CastRecorder?

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

    /// Writes `text` as is.
    public func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        output.write(Data(text.utf8))
        cast?.output(text)
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
        for secret in secrets {
            clean = clean.replacingOccurrences(of: secret, with: "[redacted]")
        }
        let elapsed = (Date().timeIntervalSince(start) * 1_000_000).rounded() / 1_000_000
        append([elapsed, "o", clean])
    }

    private func append(_ value: Any) {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
        else {
            return
        }
        handle.write(data + Data("\n".utf8))
    }

    deinit {
        try? handle.close()
    }
}
