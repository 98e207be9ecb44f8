import CMicroHTTPD
import Foundation
import Sandbox

/// Turns what libmicrohttpd parsed of a request into the sandbox's transport-free form.
enum RequestReader {
    /// The request on `connection`, with its query re-encoded as the router expects.
    static func request(
        connection: OpaquePointer,
        method: String,
        path: String,
        body: [UInt8]
    ) -> SandboxRequest {
        var headers: [String: String] = [:]
        for (name, value) in values(of: connection, kind: .HEADER_KIND) {
            headers[name] = value
        }
        headers["X-Forwarded-Proto"] = "http"
        let query = values(of: connection, kind: .GET_ARGUMENT_KIND)
            .map { "\(encode($0.0))=\(encode($0.1))" }
            .joined(separator: "&")
        return SandboxRequest(
            method: method,
            path: encodePath(path),
            query: query,
            headers: headers,
            body: Data(body)
        )
    }

    /// Every key and value of `kind` on `connection`, in the order they came.
    private static func values(of connection: OpaquePointer, kind: MHD_ValueKind) -> [(
        String, String
    )] {
        let collector = Collector()
        withExtendedLifetime(collector) {
            _ = MHD_get_connection_values(
                connection,
                kind,
                { context, _, key, value in
                    guard let context, let key else { return .YES }
                    let collector = Unmanaged<Collector>.fromOpaque(context)
                        .takeUnretainedValue()
                    collector.pairs.append(
                        (String(cString: key), value.map { String(cString: $0) } ?? "")
                    )
                    return .YES
                },
                Unmanaged.passUnretained(collector).toOpaque()
            )
        }
        return collector.pairs
    }

    /// The characters a query key or value may carry unencoded.
    private static let unreserved = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
    )

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    /// MHD hands over the path decoded; the router expects it as sent.
    private static func encodePath(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { encode(String($0)) }
            .joined(separator: "/")
    }
}

/// Gathers key-value pairs from MHD's iterator.
private final class Collector {
    var pairs: [(String, String)] = []
}
