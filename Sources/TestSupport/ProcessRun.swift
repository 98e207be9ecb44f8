import Foundation

/// The result of running a program to completion.
public struct ProcessResult: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String
}

/// Runs programs for end-to-end tests, with input on a pipe and a time limit.
public enum ProcessRun {
    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    ///
    /// `environment` is added to a minimal environment (PATH, HOME pointed at a fresh temporary
    /// folder unless given, no token variables), so a developer's own credentials never leak
    /// into a test. The process is killed after `timeout` seconds.
    public static func run(
        _ executable: URL,
        _ arguments: [String],
        input: String = "",
        environment: [String: String] = [:],
        timeout: TimeInterval = 60
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        env["HOME"] =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-home-\(UUID().uuidString)").path
        env["LANG"] = "C.UTF-8"
        env["TZ"] = "UTC"
        env.merge(environment) { _, new in new }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let deadline = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: deadline)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a full pipe never blocks the child.
        let group = DispatchGroup()
        let errorBox = DataBox()
        group.enter()
        DispatchQueue.global().async {
            errorBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        deadline.cancel()
        return ProcessResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errorBox.data, as: UTF8.self)
        )
    }
}

private final class DataBox: @unchecked Sendable {
    // @unchecked: written once on one queue before `group.wait()` returns on another.
    var data = Data()
}
