import Foundation
import Synchronization
import TerraformCloud
import TestSupport

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One canned answer: an HTTP response or a transport failure.
enum StubReply: Sendable {
    case response(status: Int, headers: [String: String] = [:], body: Data = Data())
    case failure(URLError.Code)

    /// A 200 with a body.
    static func ok(_ body: Data) -> StubReply {
        .response(status: 200, headers: ["Content-Type": "application/vnd.api+json"], body: body)
    }

    /// A JSON:API error response.
    static func error(_ status: Int, detail: String, pointer: String? = nil) -> StubReply {
        var object: [String: Any] = ["status": String(status), "title": "error", "detail": detail]
        if let pointer { object["source"] = ["pointer": pointer] }
        let body = (try? JSONSerialization.data(withJSONObject: ["errors": [object]])) ?? Data()
        return .response(status: status, body: body)
    }
}

/// A transport that records requests and answers from a handler, for tests.
final class StubTransport: HTTPTransport {
    typealias Handler = @Sendable (URLRequest, Int) -> StubReply

    private let handler: Handler
    private let recorded = Mutex<[URLRequest]>([])

    /// Answers request number `n` (0-based) with `handler(request, n)`.
    init(handler: @escaping Handler) {
        self.handler = handler
    }

    /// Answers with `replies` in order, repeating the last one.
    convenience init(replies: [StubReply]) {
        self.init { _, index in
            replies[min(index, replies.count - 1)]
        }
    }

    func send(_ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
        let index = recorded.withLock {
            $0.append(request)
            return $0.count - 1
        }
        switch handler(request, index) {
        case .failure(let code):
            throw URLError(code)
        case .response(let status, let headers, let body):
            let url = request.url ?? URL(fileURLWithPath: "/")
            let response = HTTPURLResponse(
                url: url,
                statusCode: status,
                httpVersion: "HTTP/1.1",
                headerFields: headers
            )
            guard let response else { throw URLError(.badServerResponse) }
            return (body, response)
        }
    }

    var requests: [URLRequest] { recorded.withLock { $0 } }
    var count: Int { recorded.withLock { $0.count } }
}

/// Records the waits it is asked for and returns at once.
final class RecordingSleeper: Sleeper {
    private let waits = Mutex<[Double]>([])

    func sleep(seconds: Double) async throws {
        waits.withLock { $0.append(seconds) }
    }

    var delays: [Double] { waits.withLock { $0 } }
}

/// Builders shared by the tests.
enum TestClient {
    static let token = "s3cr3t.atlasv1.testtokenvalue"

    static func configuration(
        address: String = "https://app.terraform.io",
        organization: String? = "example-org"
    ) throws -> ClientConfiguration {
        try ClientConfiguration(
            address: address,
            token: APIToken(token),
            tokenSource: .explicit,
            organization: organization
        )
    }

    static func make(
        _ transport: StubTransport,
        address: String = "https://app.terraform.io",
        logger: any LogHandler = NullLogHandler(),
        sleeper: RecordingSleeper = RecordingSleeper()
    ) throws -> TerraformCloudClient {
        TerraformCloudClient(
            configuration: try configuration(address: address),
            transport: transport,
            logger: logger,
            sleeper: sleeper
        )
    }
}

extension URLRequest {
    /// The query as name/value pairs, decoded.
    var queryPairs: [String: String] {
        guard let url, let parts = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            return [:]
        }
        var pairs: [String: String] = [:]
        for item in parts.queryItems ?? [] {
            pairs[item.name] = item.value ?? ""
        }
        return pairs
    }

    /// The body parsed as JSON, for comparing bodies by value.
    var jsonBody: JSONValue? {
        guard let httpBody else { return nil }
        return try? JSONDecoder().decode(JSONValue.self, from: httpBody)
    }
}

/// The official sample payloads and this target's own fixtures.
enum Fixture {
    static func shared(_ name: String) throws -> Data {
        try SharedDirectory.data("api/fixtures/\(name)")
    }

    static func local(_ name: String) throws -> Data {
        let url = SharedDirectory.packageRoot
            .appendingPathComponent("Tests/TerraformCloudTests/Fixtures")
            .appendingPathComponent(name)
        return try Data(contentsOf: url)
    }

    /// A sample payload read the way the client reads responses.
    static func document(_ name: String) throws -> JSONAPIDocument {
        try JSONAPIDocument.decode(shared(name), expecting: name)
    }

    static func json(_ data: Data) throws -> JSONValue {
        try JSONValue.parse(data)
    }
}
