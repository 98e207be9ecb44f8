import Foundation
import TestSupport

/// Finds and runs the built `tfcsh` binary for the end-to-end tests of `explain`.
enum ExplainBinary {
    /// Why the binary or its helpers could not be found.
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    /// The `tfcsh` beside the test bundle, else in `.build/debug` or `.build/release`.
    static func url() throws -> URL {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var directory = URL(fileURLWithPath: first).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent("tfcsh"))
                directory.deleteLastPathComponent()
            }
        }
        candidates.append(
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("tfcsh")
        )
        let build = SharedDirectory.packageRoot.appendingPathComponent(".build")
        candidates.append(build.appendingPathComponent("debug/tfcsh"))
        candidates.append(build.appendingPathComponent("release/tfcsh"))
        if let found = candidates.first(where: {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }) {
            return found
        }
        throw Missing(
            description: "the tfcsh binary is not built (looked in \(candidates.map(\.path))); "
                + "run `swift build --build-tests` first"
        )
    }

    /// `python3` on the PATH, or an error saying it is needed.
    static func python() throws -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(
                "python3"
            )
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw Missing(
            description:
                "python3 is not on the PATH; the scorer ../shared/tools/score-intents needs it"
        )
    }

    /// Runs `executable` with `arguments`, feeding `input`; returns stdout, stderr and status.
    static func run(
        _ executable: URL,
        _ arguments: [String],
        input: Data = Data(),
        directory: URL? = nil
    ) throws -> (output: Data, error: Data, status: Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorReader = ErrorCollector(handle: stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (output, errorReader.finish(), process.terminationStatus)
    }
}

/// Reads a pipe to its end on its own thread so that a full pipe never blocks the child.
final class ErrorCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(handle: FileHandle) {
        Thread {
            let read = handle.readDataToEndOfFile()
            self.lock.lock()
            self.data = read
            self.lock.unlock()
            self.done.signal()
        }.start()
    }

    /// Waits for the end of the pipe and returns what was read.
    func finish() -> Data {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
