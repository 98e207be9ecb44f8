import Foundation
import SandboxServer
import TerraformCloud
import TestSupport
import Testing

@testable import TFCShell

/// Example scripts replayed over a bad network end as they do over a good one.
///
/// Every script, replayed over HTTP with each fault kind injected on 20% of requests, ends with
/// the sandbox exactly as a replay without faults leaves it: no run created twice, no action on
/// the wrong run. A turn may read differently only where it reports a failure.
///
/// The server and client run in this process with short waits (injected 429s ask for 20 ms,
/// backoff starts at 10 ms), so the sweep is quick; `scripts/fault-sweep` runs the binary with
/// the real waits over eight seeds.
@Suite("Replays over a bad network")
struct FaultReplayTests {
    static let scripts = ["first-day-tour", "incident-drill", "run-management"]
    static let faults = ["429=0.2@20ms", "500=0.2", "drop=0.2", "slow=0.2@50ms"]
    static let seeds: [UInt64] = [1, 2, 3]

    /// The client's retries, with the real counts but waits short enough for a test.
    static let quickRetries = RetryPolicy(
        maxAttempts: RetryPolicy.standard.maxAttempts,
        baseDelay: 0.01,
        maxDelay: 0.05,
        rateLimitBudget: RetryPolicy.standard.rateLimitBudget
    )

    /// What a replay left: its transcript, turn by turn, and the sandbox's final state.
    struct Ending: Sendable {
        var turns: [String]
        var state: String

        /// The IDs of the runs in the final state, in creation order.
        var runIDs: [String] {
            state.split(separator: "\n").compactMap { line in
                line.hasPrefix("run-") ? line.split(separator: " ").first.map(String.init) : nil
            }
        }
    }

    @Test("a fault kind at 20% leaves the same final state", arguments: scripts, faults)
    func sameEnding(script: String, spec: String) async throws {
        let clean = try await Self.cleanEndings.ending(of: script)
        #expect(Set(clean.runIDs).count == clean.runIDs.count)
        for seed in Self.seeds {
            var plan = try FaultPlan(parsing: spec)
            plan.seed = seed
            let faulted = try await Self.replay(script, faults: plan)
            let label = "\(script) with \(spec), seed \(seed)"
            #expect(faulted.runIDs == clean.runIDs, "\(label): runs created differ")
            #expect(
                faulted.state == clean.state,
                "\(label): final state differs:\n\(difference(faulted.state, clean.state))"
            )
            expectDifferencesReported(faulted.turns, clean.turns, label: label)
        }
    }

    /// The replays without faults, each made once and shared by the cases that need it.
    static let cleanEndings = CleanEndings()

    /// Replays without faults, by script.
    actor CleanEndings {
        private var endings: [String: Task<Ending, any Error>] = [:]

        func ending(of script: String) async throws -> Ending {
            if let task = endings[script] { return try await task.value }
            let task = Task { try await FaultReplayTests.replay(script, faults: .none) }
            endings[script] = task
            return try await task.value
        }
    }

    /// Turns may differ only where the faulted one reports a failure and what to do about it.
    private func expectDifferencesReported(_ faulted: [String], _ clean: [String], label: String) {
        #expect(faulted.count == clean.count, "\(label): the replay stopped early")
        for (index, (got, want)) in zip(faulted, clean).enumerated() where got != want {
            let reported = Self.failureWords.contains { got.localizedCaseInsensitiveContains($0) }
            let message =
                "\(label): turn \(index + 1) differs without reporting a failure:\n"
                + difference(got, want)
            #expect(reported, Comment(rawValue: message))
            #expect(!got.contains("Fatal error") && !got.contains("Error Domain="))
        }
    }

    /// Words every failure message uses to say what to do next.
    static let failureWords = ["try again", "before trying again", "could not be"]

    static func replay(_ script: String, faults: FaultPlan) async throws -> Ending {
        let path = SharedDirectory.packageRoot.appendingPathComponent("prompts/\(script).txt")
        let steps = try PromptScript.load(path: path.path)
        let record = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-faults-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: record) }
        var options = ShellOptions()
        options.showsCalls = false
        let silent = try #require(FileHandle(forWritingAtPath: "/dev/null"))
        let session = try ReplayCommand.makeSession(
            options: options,
            served: faults,
            retryPolicy: Self.quickRetries,
            console: Console(output: silent)
        )
        defer { session.connection.server?.stop() }
        try session.startRecording(path: record, title: script)
        _ = await ReplayCommand.play(steps, session: session, keepGoing: true)
        session.stopRecording()
        let text = try String(contentsOfFile: record, encoding: .utf8)
        let turns = Array(text.components(separatedBy: "**User**: ")[1...])
        let state = try #require(session.connection.sandbox).stateSummary()
        return Ending(turns: turns, state: state)
    }

    /// The first line where `got` and `want` differ, for a failure message.
    private func difference(_ got: String, _ want: String) -> String {
        let left = got.split(separator: "\n", omittingEmptySubsequences: false)
        let right = want.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? String(left[index]) : "<end>"
            let b = index < right.count ? String(right[index]) : "<end>"
            if a != b { return "line \(index + 1): got \"\(a)\"\n want \"\(b)\"" }
        }
        return "(no difference)"
    }
}
