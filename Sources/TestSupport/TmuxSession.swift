import Foundation

/// A key tmux can send by name.
public enum TmuxKey: String, Sendable {
    /// Return.
    case enter = "Enter"
    /// Tab, for completion.
    case tab = "Tab"
    /// Ctrl-C, the interrupt.
    case ctrlC = "C-c"
    /// Ctrl-D, end of input on an empty line.
    case ctrlD = "C-d"
    /// Ctrl-R, reverse history search.
    case ctrlR = "C-r"
    /// The up arrow, the previous history entry.
    case up = "Up"
    /// The down arrow, the next history entry.
    case down = "Down"
    /// Backspace.
    case backspace = "BSpace"
    /// Escape.
    case escape = "Escape"
}

/// Drives a command on a real terminal through tmux, the way a person would, for end-to-end
/// tests.
///
/// Each session runs on a tmux server of its own (`-L` with a unique name, sockets in a private
/// folder, no user configuration), so tests never touch the user's tmux. The pane stays after
/// the command exits, so its last output and exit status can still be read.
public final class TmuxSession: Sendable {
    /// The name of this session's private tmux server.
    public let socketName: String
    /// The session's name on that server.
    public let sessionName = "test"
    /// What the wrapper shell prints before the exit status, closed by `]`.
    static let exitMarker = "[exited with status "

    /// The folder holding the server's socket and configuration; removed on `kill()`.
    private let folder: URL

    /// Starts `command` detached in a `width` x `height` terminal with `environment` added to
    /// the inherited one.
    public init(
        command: [String],
        environment: [String: String] = [:],
        width: Int = 100,
        height: Int = 30
    ) throws {
        socketName = "tfcsh-test-\(UUID().uuidString.prefix(8))"
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(socketName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let configuration = "set -g remain-on-exit on\nset -g status off\n"
        try Data(configuration.utf8).write(to: folder.appendingPathComponent("tmux.conf"))

        let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // A small shell reports the exit status on screen: tmux was seen to leave the command
        // unreaped when started from the test runner, so its own pane_dead_status stayed empty.
        // The no-op INT trap keeps that shell alive through Ctrl-C; the command gets SIGINT.
        let reporter = "trap : INT; \"$@\"; echo \"\(Self.exitMarker)$?]\""
        let shellCommand = (["sh", "-c", reporter, "sh", "env"] + assignments + command)
            .map(Self.shellQuoted)
            .joined(separator: " ")
        try run([
            "new-session", "-d", "-s", sessionName, "-x", String(width), "-y", String(height),
            shellCommand,
        ])
    }

    deinit {
        kill()
    }

    /// Types `text` literally, with no key names interpreted.
    public func send(text: String) throws {
        try run(["send-keys", "-t", sessionName, "-l", text])
    }

    /// Presses `keys` in order.
    public func send(keys: TmuxKey...) throws {
        try run(["send-keys", "-t", sessionName] + keys.map(\.rawValue))
    }

    /// Types `line` then presses Enter.
    public func submit(_ line: String) throws {
        try send(text: line)
        try send(keys: .enter)
    }

    /// The scrollback and the visible screen, wrapped lines joined, trailing blank lines
    /// dropped; the scrollback keeps a long answer from pushing what a test awaits out of view.
    public func capture() throws -> String {
        let screen = try run(["capture-pane", "-p", "-J", "-S", "-", "-t", sessionName])
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) {
            lines.removeLast()
        }
        return lines.joined(separator: "\n")
    }

    /// The visible screen with its colours and styles as escape sequences.
    public func captureWithEscapes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", sessionName])
    }

    /// The command's exit status once it has exited, or nil while it runs.
    public func exitStatus() throws -> Int32? {
        let screen = try capture()
        guard
            let line = screen.split(separator: "\n").last(where: { $0.hasPrefix(Self.exitMarker) })
        else {
            return nil
        }
        return Int32(line.dropFirst(Self.exitMarker.count).prefix { $0.isNumber })
    }

    /// Polls the screen until `predicate` holds and returns it; throws `TmuxTimeout` with the
    /// last screen when `timeout` passes first.
    @discardableResult
    public func waitUntil(
        _ what: String,
        timeout: Duration = .seconds(15),
        _ predicate: (String) -> Bool
    ) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen = try capture()
        while !predicate(screen) {
            guard clock.now < deadline else {
                throw TmuxTimeout(waitingFor: what, screen: screen)
            }
            try await Task.sleep(for: .milliseconds(50))
            screen = try capture()
        }
        return screen
    }

    /// Polls until the screen contains `text` and returns the screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(15)) async throws -> String {
        try await waitUntil("screen to contain \"\(text)\"", timeout: timeout) {
            $0.contains(text)
        }
    }

    /// Polls until the command has exited and returns its exit status.
    public func waitForExit(timeout: Duration = .seconds(15)) async throws -> Int32 {
        try await waitUntil("the command to exit", timeout: timeout) { _ in
            (try? self.exitStatus()) != nil
        }
        return try exitStatus() ?? -1
    }

    /// Stops the private tmux server and removes its folder; safe to call more than once.
    public func kill() {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs tmux against this session's server and returns its standard output.
    ///
    /// Output goes through files, not pipes: the tmux server forks from the first client and
    /// keeps its descriptors open, so a pipe would never reach end of file.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX_TMPDIR"] = folder.path
        environment["TMUX"] = nil
        let name = UUID().uuidString
        let outputURL = folder.appendingPathComponent("\(name).out")
        let errorURL = folder.appendingPathComponent("\(name).err")
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }

        let status = try ChildProcess.run(
            "tmux",
            arguments: [
                "-u", "-L", socketName, "-f", folder.appendingPathComponent("tmux.conf").path,
            ]
                + arguments,
            environment: environment,
            output: outputURL.path,
            errors: errorURL.path
        )
        let output = (try? Data(contentsOf: outputURL)) ?? Data()
        guard status == 0 else {
            let message = (try? Data(contentsOf: errorURL)) ?? Data()
            throw TmuxFailure(
                arguments: arguments,
                status: status,
                message: String(decoding: message, as: UTF8.self)
            )
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `value` in single quotes for `sh`, with embedded single quotes closed and reopened.
    static func shellQuoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Thrown when a tmux command fails (tmux missing, session gone, bad arguments).
public struct TmuxFailure: Error, CustomStringConvertible {
    /// The tmux arguments after the server options.
    public let arguments: [String]
    /// tmux's exit status.
    public let status: Int32
    /// What tmux wrote to standard error.
    public let message: String

    /// Says which command failed and why.
    public var description: String {
        "tmux \(arguments.joined(separator: " ")) exited with \(status): \(message); "
            + "check that tmux is installed (apt-get install tmux)"
    }
}

/// Thrown when the screen never reached the awaited state; carries the last screen seen.
public struct TmuxTimeout: Error, CustomStringConvertible {
    /// What was awaited.
    public let waitingFor: String
    /// The screen when the wait gave up.
    public let screen: String

    /// Says what did not happen and shows the screen.
    public var description: String {
        "timed out waiting for \(waitingFor); the screen was:\n\(screen)"
    }
}

/// Runs a program to completion with `posix_spawn` and `waitpid`, its standard streams
/// connected to files.
///
/// Foundation's `Process` was seen to leave tmux's client unreaped inside the test runner,
/// so `waitUntilExit()` never returned; waiting on the pid directly cannot miss the exit.
public enum ChildProcess {
    /// Runs `executable` to completion and returns its exit status (128 + signal if killed).
    ///
    /// Standard input comes from `input`, output and errors go to the given paths; each
    /// defaults to /dev/null.
    public static func run(
        _ executable: String,
        arguments: [String],
        environment: [String: String],
        input: String = "/dev/null",
        output: String = "/dev/null",
        errors: String = "/dev/null"
    ) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp {
                free(pointer)
            }
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        resetSignals(&attributes)

        var pid = pid_t()
        let spawned = posix_spawnp(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnFailure(executable: executable, code: spawned) }
        return waitForExit(pid)
    }

    /// Starts the child with no signals blocked and the usual ones at their defaults.
    ///
    /// Test threads are dispatch workers that block most signals, and a child inherits that
    /// mask: a tmux server started that way never saw SIGCHLD, so it could not report exit
    /// statuses, and ignored SIGTERM.
    static func resetSignals(_ attributes: inout posix_spawnattr_t) {
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [
            SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGHUP, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU,
        ] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    }

    /// Blocks until `pid` exits and decodes its status.
    static func waitForExit(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

/// Thrown when a program could not be started at all.
public struct SpawnFailure: Error, CustomStringConvertible {
    /// The program that was to run.
    public let executable: String
    /// The error number `posix_spawnp` returned.
    public let code: Int32

    /// Says which program failed to start and why.
    public var description: String {
        "could not start \(executable): \(String(cString: strerror(code))); check that it is "
            + "installed and on PATH"
    }
}
