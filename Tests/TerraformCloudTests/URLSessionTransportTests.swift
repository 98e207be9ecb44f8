import Foundation
import Synchronization
import TerraformCloud
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Answers every request in-process and remembers what it saw.
final class EchoURLProtocol: URLProtocol {
    static let seen = Mutex<[URLRequest]>([])
    /// Whether a POST's body reached the protocol, directly or as a stream.
    static let bodyArrived = Mutex(false)

    override class func canInit(with request: URLRequest) -> Bool { true }

    override class func canonicalRequest(for request: URLRequest) -> URLRequest { request }

    override func startLoading() {
        Self.seen.withLock { $0.append(request) }
        let isPost = request.httpMethod == "POST"
        if isPost, Self.readBody(request).contains(UInt8(ascii: "{")) {
            Self.bodyArrived.withLock { $0 = true }
        }
        let sample = (try? Fixture.shared("run-show.response.json")) ?? Data()
        let body = isPost ? Data() : sample
        let url = request.url ?? URL(fileURLWithPath: "/")
        let response = HTTPURLResponse(
            url: url,
            statusCode: isPost ? 202 : 200,
            httpVersion: "HTTP/1.1",
            headerFields: ["Content-Type": "application/vnd.api+json"]
        )
        if let response {
            client?.urlProtocol(self, didReceive: response, cacheStoragePolicy: .notAllowed)
        }
        client?.urlProtocol(self, didLoad: body)
        client?.urlProtocolDidFinishLoading(self)
    }

    override func stopLoading() {}

    /// The body, which URLSession may hand over as a stream instead of bytes.
    private static func readBody(_ request: URLRequest) -> Data {
        if let body = request.httpBody { return body }
        guard let stream = request.httpBodyStream else { return Data() }
        stream.open()
        defer { stream.close() }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while stream.hasBytesAvailable {
            let count = stream.read(&buffer, maxLength: buffer.count)
            guard count > 0 else { break }
            data.append(buffer, count: count)
        }
        return data
    }
}

@Suite("The URLSession transport works with a custom URLProtocol")
struct URLSessionTransportTests {
    @Test("a run is read through URLSession with the headers intact")
    func throughURLSession() async throws {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.protocolClasses = [EchoURLProtocol.self]
        let recording = RecordingTransport(URLSessionTransport(configuration: configuration))
        let client = TerraformCloudClient(
            configuration: try TestClient.configuration(address: "https://sandbox.tfcsh.test"),
            transport: recording
        )
        let details = try await client.run(id: "run-CZcmD7eagjhyX0vN")
        #expect(details.run.id == "run-CZcmD7eagjhyX0vN")
        #expect(recording.count == 1)
        let seen = try #require(EchoURLProtocol.seen.withLock { $0.last })
        #expect(seen.url?.host == "sandbox.tfcsh.test")
        #expect(seen.value(forHTTPHeaderField: "Authorization") == "Bearer \(TestClient.token)")
        #expect(seen.value(forHTTPHeaderField: "Accept") == "application/vnd.api+json")

        try await client.applyRun(id: "run-CZcmD7eagjhyX0vN", comment: "Looks good to me")
        let posted = try #require(EchoURLProtocol.seen.withLock { $0.last })
        #expect(posted.httpMethod == "POST")
        #expect(posted.value(forHTTPHeaderField: "Content-Type") == "application/vnd.api+json")
        let expected = JSONValue.object(["comment": .string("Looks good to me")])
        #expect(recording.requests.last?.jsonBody == expected)
        #expect(EchoURLProtocol.bodyArrived.withLock { $0 })
    }
}

/// Sends every request on to another host with a 307, as a hostile or misconfigured server
/// might, and remembers each request that reached it.
final class RedirectingURLProtocol: URLProtocol {
    static let seen = Mutex<[URLRequest]>([])

    override class func canInit(with request: URLRequest) -> Bool { true }

    override class func canonicalRequest(for request: URLRequest) -> URLRequest { request }

    override func startLoading() {
        Self.seen.withLock { $0.append(request) }
        let url = request.url ?? URL(fileURLWithPath: "/")
        let target = URL(string: "https://elsewhere.tfcsh.test/collect") ?? url
        let response = HTTPURLResponse(
            url: url,
            statusCode: 307,
            httpVersion: "HTTP/1.1",
            headerFields: ["Location": target.absoluteString]
        )
        // The 307 is handed over as a response: URLSession on Linux cannot redirect from a
        // custom protocol, so this checks what the client does with a 3xx it is given.
        if let response {
            client?.urlProtocol(self, didReceive: response, cacheStoragePolicy: .notAllowed)
        }
        client?.urlProtocol(self, didLoad: Data())
        client?.urlProtocolDidFinishLoading(self)
    }

    override func stopLoading() {}
}

@Suite("Redirects are never followed")
struct RedirectTests {
    @Test("a 307 to another host is reported as an error, and nothing is sent there")
    func refused() async throws {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.protocolClasses = [RedirectingURLProtocol.self]
        let client = TerraformCloudClient(
            configuration: try TestClient.configuration(address: "https://sandbox.tfcsh.test"),
            transport: URLSessionTransport(configuration: configuration)
        )
        let error = await #expect(throws: TerraformCloudError.self) {
            _ = try await client.run(id: "run-CZcmD7eagjhyX0vN")
        }
        let message = error?.errorDescription ?? ""
        #expect(message.contains("redirect (HTTP 307)"), "\(message)")
        #expect(message.contains("TFE_ADDRESS"))
        let seen = RedirectingURLProtocol.seen.withLock { $0 }
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0.url?.host == "sandbox.tfcsh.test" })
    }
}
