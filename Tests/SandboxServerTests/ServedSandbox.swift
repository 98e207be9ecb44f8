import Foundation
import Sandbox
import SandboxServer
import Synchronization

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A sandbox served on a free loopback port for one test, with a plain URLSession to reach it.
final class ServedSandbox: Sendable {
    let sandbox = Sandbox()
    let server: SandboxServer
    let port: Int
    let token: String

    init(
        token: String = "test-token-\(UUID().uuidString)",
        latency: Double = 0,
        faults: FaultPlan = .none,
        rateLimits: Bool = true
    ) throws {
        self.token = token
        let box = LogBox()
        server = SandboxServer(
            handler: sandbox,
            configuration: ServerConfiguration(
                token: token,
                latency: latency,
                faults: faults,
                enforcesRateLimits: rateLimits,
                log: { line in box.append(line) }
            )
        )
        port = try server.start()
        logBox = box
    }

    private let logBox: LogBox

    deinit {
        server.stop()
    }

    /// The lines the server logged so far.
    var log: [String] {
        logBox.lines
    }

    /// Sends one request and returns status, headers and body; throws on a transport failure.
    func send(
        _ pathAndQuery: String,
        method: String = "GET",
        token: String?? = .none,
        scheme: String = "Bearer",
        body: Data? = nil
    ) async throws -> (status: Int, headers: [String: String], body: Data) {
        guard let url = URL(string: "http://127.0.0.1:\(port)\(pathAndQuery)") else {
            throw URLError(.badURL)
        }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        let bearer: String? = token ?? self.token
        if let bearer {
            request.setValue("\(scheme) \(bearer)", forHTTPHeaderField: "Authorization")
        }
        request.setValue("application/vnd.api+json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await ServedSandbox.session.data(for: request)
        let http = response as? HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http?.allHeaderFields ?? [:] {
            headers[String(describing: key).lowercased()] = String(describing: value)
        }
        return (http?.statusCode ?? 0, headers, data)
    }

    /// The decoded JSON of `data`.
    static func json(_ data: Data) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    private static let session = URLSession(configuration: .ephemeral)
}

/// Collects log lines from the server's threads.
final class LogBox: Sendable {
    private let stored = Mutex<[String]>([])

    func append(_ line: String) {
        stored.withLock { $0.append(line) }
    }

    var lines: [String] {
        stored.withLock { $0 }
    }
}
