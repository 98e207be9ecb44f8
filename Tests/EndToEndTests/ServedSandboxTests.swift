import Foundation
import TestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The built binary serving the sandbox, and the built binary using it as the real service.
@Suite("tfcsh sandbox serve, end to end")
struct ServedSandboxTests {
    @Test("tfcsh pointed at the served sandbox answers as it does in process")
    func sameAnswers() throws {
        // Both sandboxes start at the same second. Without `--now` the local one would start at
        // its own fraction of a later second, and timestamps could differ by one.
        let now = ISO8601DateFormatter().string(from: Date())
        let server = try ServeProcess(arguments: ["--token", "e2e-token-42", "--now", now])
        let sentences = ["-c", "list runs in production", "-c", "show run run-K3jR7m9zXpYw2Ctn"]
        let remote = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["--no-calls"] + sentences,
            environment: [
                "TFE_ADDRESS": server.address, "TFE_TOKEN": "e2e-token-42",
                "TFE_ORGANIZATION": "example-org",
            ]
        )
        // The same start second for both: seeded times are reckoned from it, and a local
        // sandbox started on its own would seed from a later, unrounded wall-clock time.
        let local = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["--sandbox", "--now", now, "--no-calls"] + sentences
        )
        let (status, log) = server.stop()
        #expect(remote.status == 0, "\(remote.standardError)")
        #expect(!remote.standardOutput.isEmpty)
        #expect(remote.standardOutput == local.standardOutput)
        #expect(status == 0)
        let lines = log.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("GET /api/v2/organizations/example-org/workspaces") })
        #expect(
            lines.contains {
                $0.hasPrefix("GET /api/v2/runs/run-K3jR7m9zXpYw2Ctn") && $0.contains(" 200 ")
            }
        )
        #expect(!log.contains("e2e-token-42"))
    }

    @Test("a wrong token gives the 401 message and a failing exit, not a trace")
    func wrongToken() throws {
        let server = try ServeProcess(arguments: ["--token", "right-token"])
        let result = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["-c", "list runs in production"],
            environment: [
                "TFE_ADDRESS": server.address, "TFE_TOKEN": "wrong-token",
                "TFE_ORGANIZATION": "example-org",
            ]
        )
        _ = server.stop()
        let all = result.standardOutput + result.standardError
        #expect(result.status != 0)
        #expect(all.contains("token"), "\(all)")
        #expect(all.contains("terraform login") || all.contains("TFE_TOKEN"), "\(all)")
        #expect(!all.contains("wrong-token"))
        #expect(!all.contains("Fatal error"))
    }

    @Test("SIGTERM stops the server cleanly and it says so")
    func stopsOnSignal() throws {
        let server = try ServeProcess(arguments: ["--quiet"])
        let (status, log) = server.stop()
        #expect(status == 0)
        #expect(log.contains("Stopping"))
    }

    @Test("a stop during a slow request lets it finish with its answer first")
    func stopDrainsRequests() throws {
        let server = try ServeProcess(arguments: ["--latency", "1500"])
        let port = try #require(server.address.split(separator: ":").last.flatMap { Int($0) })
        // A socket of our own, so the request is surely in before the signal is sent.
        let connection = try RawConnection(port: port)
        try connection.write(
            "GET /api/v2/runs/run-K3jR7m9zXpYw2Ctn HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: bearer any-token\r\nConnection: close\r\n\r\n"
        )
        // Long enough for the server to read the request, well short of its 1.5 s latency.
        usleep(500_000)
        server.send(signal: SIGTERM)
        let answer = connection.readAll()
        let (status, log, _) = server.waitForExit(timeout: 10)
        #expect(answer.hasPrefix("HTTP/1.1 200"), "the client got: \(answer.prefix(200))")
        #expect(answer.contains("run-K3jR7m9zXpYw2Ctn"))
        #expect(status == 0)
        #expect(log.contains("finishing the request under way"), "\(log)")
        #expect(log.contains("GET /api/v2/runs/run-K3jR7m9zXpYw2Ctn 200"), "\(log)")
    }

    @Test("a second Ctrl-C stops the server at once, even with a request under way")
    func secondInterruptForces() throws {
        let server = try ServeProcess(arguments: ["--latency", "20000"])
        let port = try #require(server.address.split(separator: ":").last.flatMap { Int($0) })
        let connection = try RawConnection(port: port)
        try connection.write("GET /api/v2/ping HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        usleep(500_000)
        server.send(signal: SIGINT)
        usleep(300_000)
        server.send(signal: SIGINT)
        let (status, log, waited) = server.waitForExit(timeout: 10)
        #expect(log.contains("finishing the request under way"), "\(log)")
        #expect(status == 128 + SIGINT)
        #expect(waited < 3, "the second Ctrl-C took \(waited) s to stop the server")
        #expect(log.contains("Stopping at once."), "\(log)")
    }

    @Test(
        "bad options are refused with what to type",
        arguments: [
            ["--port", "70000"], ["--faults", "drop=lots"], ["--latency", "-5"], ["--bogus"],
        ]
    )
    func badOptions(arguments: [String]) throws {
        let result = try ProcessRun.run(
            BuiltBinary.tfcsh(),
            ["sandbox", "serve"] + arguments,
            timeout: 10
        )
        #expect(result.status == 2)
        #expect(result.standardError.contains("tfcsh sandbox serve"), "\(result.standardError)")
    }
}

/// A plain TCP connection to 127.0.0.1, for tests that need to know a request is sent.
private final class RawConnection {
    private let socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard socket >= 0, connected == 0 else { throw URLError(.cannotConnectToHost) }
    }

    deinit {
        close(socket)
    }

    func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.write(socket, bytes, bytes.count) == bytes.count else {
            throw URLError(.networkConnectionLost)
        }
    }

    /// Everything the server sends until it closes the connection.
    func readAll() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(socket, &buffer, buffer.count)
            guard count > 0 else { break }
            received += buffer[0..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }
}
