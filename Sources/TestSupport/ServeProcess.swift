import Foundation

/// `tfcsh sandbox serve` running in the background for a test, on a port it picked itself.
public final class ServeProcess: @unchecked Sendable {
    // @unchecked: `process` and the pipes are set up in init and only read afterwards.
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    /// The address the server announced, such as `http://127.0.0.1:41234`.
    public let address: String

    /// Starts the server with `arguments` after `sandbox serve --port 0`, and waits (at most
    /// ten seconds) for the line that names its address.
    public init(arguments: [String] = []) throws {
        process.executableURL = try BuiltBinary.tfcsh()
        process.arguments = ["sandbox", "serve", "--port", "0"] + arguments
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8", "TZ": "UTC",
        ]
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        address = try Self.readAddress(from: output.fileHandleForReading, process: process)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Sends `signal` (SIGINT, SIGTERM) to the server without waiting.
    public func send(signal: Int32) {
        if process.isRunning { kill(process.processIdentifier, signal) }
    }

    /// Waits up to `timeout` seconds for the server to end by itself, then kills it; returns
    /// the exit status (9 when killed), everything it wrote on stderr, and the seconds waited.
    public func waitForExit(timeout: Double) -> (status: Int32, log: String, waited: Double) {
        let start = Date()
        let deadline = start.addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let waited = Date().timeIntervalSince(start)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let log = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: log, as: UTF8.self), waited)
    }

    /// Sends SIGTERM and returns the exit status and everything the server wrote on stderr;
    /// a server still running five seconds later is killed (status 9).
    public func stop() -> (status: Int32, log: String) {
        if process.isRunning { process.terminate() }
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let log = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: log, as: UTF8.self))
    }

    private static func readAddress(from handle: FileHandle, process: Process) throws -> String {
        var seen = Data()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
            let text = String(decoding: seen, as: UTF8.self)
            if let line = text.split(separator: "\n").first, text.contains("\n"),
                let range = line.range(of: "http://")
            {
                return String(line[range.lowerBound...])
            }
        }
        process.terminate()
        throw ServeFailure(output: String(decoding: seen, as: UTF8.self))
    }
}

/// The server did not announce an address.
public struct ServeFailure: Error, CustomStringConvertible {
    /// What it printed instead.
    public let output: String

    /// Says what went wrong.
    public var description: String {
        "tfcsh sandbox serve did not announce its address; it printed: \(output)"
    }
}
