import Dispatch
import Foundation
import Sandbox
import SandboxServer

/// `tfcsh sandbox serve`: the sandbox's JSON:API over HTTP on loopback, until Ctrl-C or SIGTERM.
enum ServeCommand {
    static let spec = CommandSpec(
        name: "tfcsh sandbox serve",
        flags: ["--no-rate-limit", "--quiet", "--help"],
        options: [
            "--port", "--host", "--token", "--latency", "--faults", "--now", "--history",
            "--seed",
        ],
        aliases: ["-h": "--help"]
    )

    static let usage = """
        usage: tfcsh sandbox serve [--port N] [--token T] [--latency MS] [--faults SPEC]

        Serves the built-in sandbox (example-org) as HCP Terraform's API v2 on 127.0.0.1.
        Point any client at it: TFE_ADDRESS=http://127.0.0.1:PORT TFE_TOKEN=T tfcsh

        options:
          --port N           the port (default 8080; 0 picks a free one)
          --host ADDR        the IPv4 address to listen on (default 127.0.0.1)
          --token T          the bearer token requests must carry (default: any token)
          --latency MS       milliseconds added before every answer
          --faults SPEC      inject faults, as in 429=0.2,500=0.1,drop=0.05,slow=0.1@1500ms,seed=7
          --no-rate-limit    do not enforce 30 requests/s and 30 run lists/min
          --now TIME         freeze the sandbox clock at TIME (default: real time from now)
          --history N        add N finished runs spread over the past two years
          --seed N           seed the sandbox's IDs (default 2026)
          --quiet            do not log one line per request on stderr
        """

    /// Parses the arguments, starts the server and waits for a signal to stop it.
    static func run(arguments: [String]) async -> Int32 {
        let parsed: ParsedArguments
        let configuration: ServerConfiguration
        let sandbox: Sandbox
        do {
            parsed = try ArgumentParser.parse(arguments, spec: spec)
            if parsed.has("--help") {
                print(usage)
                return 0
            }
            configuration = try serverConfiguration(parsed)
            sandbox = try makeSandbox(parsed)
        } catch let error as ArgumentError {
            TFCShell.complain(error.description)
            return 2
        } catch {
            TFCShell.complain("tfcsh sandbox serve: \(error.localizedDescription)")
            return 2
        }
        let server = SandboxServer(handler: sandbox, configuration: configuration)
        let stopSignal = SignalWaiter(signals: [SIGINT, SIGTERM])
        let port: Int
        do {
            port = try server.start()
        } catch {
            TFCShell.complain("tfcsh sandbox serve: \(error.localizedDescription)")
            return 1
        }
        announce(host: configuration.host, port: port, configuration: configuration)
        let signal = await stopSignal.wait()
        let name = signal == SIGINT ? "Ctrl-C" : "SIGTERM"
        let running = server.requestsInFlight
        if running > 0 {
            let requests = running == 1 ? "the request" : "the \(running) requests"
            TFCShell.complain(
                "Stopping on \(name): finishing \(requests) under way (at most "
                    + "\(Int(drainPatience)) s; press Ctrl-C again to stop at once)."
            )
        } else {
            TFCShell.complain("Stopping on \(name).")
        }
        let unfinished = server.stop(patience: drainPatience)
        if unfinished > 0 {
            TFCShell.complain("Stopped with \(unfinished) request(s) unanswered.")
        }
        return 0
    }

    /// How long a stop waits for the requests under way to be answered.
    static let drainPatience: Double = 10

    private static func serverConfiguration(_ parsed: ParsedArguments) throws
        -> ServerConfiguration
    {
        var configuration = ServerConfiguration(port: 8080)
        configuration.host = parsed.value("--host") ?? configuration.host
        if let text = parsed.value("--port") {
            guard let port = Int(text), (0...65_535).contains(port) else {
                throw invalid("--port", text, "a port from 0 to 65535")
            }
            configuration.port = port
        }
        if let token = parsed.value("--token") {
            guard !token.isEmpty, !token.contains(where: \.isWhitespace) else {
                throw invalid("--token", "(hidden)", "a token with no spaces")
            }
            configuration.token = token
        }
        if let text = parsed.value("--latency") {
            guard let milliseconds = Double(text), milliseconds >= 0, milliseconds <= 60_000
            else {
                throw invalid("--latency", text, "milliseconds from 0 to 60000")
            }
            configuration.latency = milliseconds / 1000
        }
        if let spec = parsed.value("--faults") {
            configuration.faults = try FaultPlan(parsing: spec)
        }
        configuration.enforcesRateLimits = !parsed.has("--no-rate-limit")
        if !parsed.has("--quiet") {
            configuration.log = { line in TFCShell.complain(line) }
        }
        return configuration
    }

    private static func makeSandbox(_ parsed: ParsedArguments) throws -> Sandbox {
        let live = SandboxClock(start: Date(), mode: .realTime(speed: 1))
        var settings = Sandbox.Configuration(clock: live)
        if let text = parsed.value("--now") {
            guard let now = ShellOptions.parseTime(text) else {
                throw invalid("--now", text, "a time such as 2026-12-03T10:00:00Z")
            }
            settings.clock = SandboxClock(start: now, mode: .frozen)
        }
        if let text = parsed.value("--seed") {
            guard let seed = UInt64(text) else { throw invalid("--seed", text, "a whole number") }
            settings.seed = seed
        }
        let sandbox = Sandbox(configuration: settings)
        if let text = parsed.value("--history") {
            guard let count = Int(text), (0...1_000_000).contains(count) else {
                throw invalid("--history", text, "a number of runs up to 1000000")
            }
            sandbox.addHistoricalRuns(count: count, span: 2 * 365 * 86_400)
        }
        return sandbox
    }

    private static func invalid(_ option: String, _ value: String, _ expected: String)
        -> ArgumentError
    {
        .invalidValue(command: spec.name, option: option, value: value, expected: expected)
    }

    /// Says where the server listens and how to point a client at it; never the token.
    private static func announce(host: String, port: Int, configuration: ServerConfiguration) {
        let address = "http://\(host):\(port)"
        let token = configuration.token == nil ? "any-token" : "<the token you gave>"
        var lines = [
            "Serving the tfcsh sandbox (example-org) on \(address)",
            "Point a client at it: TFE_ADDRESS=\(address) TFE_TOKEN=\(token) tfcsh",
        ]
        if configuration.token == nil { lines.append("Any bearer token is accepted.") }
        if configuration.latency > 0 {
            lines.append("Adding \(Int(configuration.latency * 1000)) ms to every answer.")
        }
        if !configuration.faults.isEmpty { lines.append("Injecting faults at random.") }
        lines.append("Ctrl-C stops it.")
        // Written at once, not buffered: scripts read the address from the first line.
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
