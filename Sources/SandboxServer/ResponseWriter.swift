import CMicroHTTPD
import Foundation
import Sandbox

/// Hands a sandbox answer to libmicrohttpd.
enum ResponseWriter {
    /// Queues `response` on `connection`; MHD copies the body, so nothing outlives the call.
    static func queue(_ response: SandboxResponse, on connection: OpaquePointer) -> MHD_Result {
        let created = response.body.withUnsafeBytes { bytes in
            MHD_create_response_from_buffer(
                bytes.count,
                bytes.count == 0 ? nil : UnsafeMutableRawPointer(mutating: bytes.baseAddress),
                .RESPMEM_MUST_COPY
            )
        }
        guard let created else { return .NO }
        defer { MHD_destroy_response(created) }
        for (name, value) in response.headers {
            _ = MHD_add_response_header(created, name, value)
        }
        return MHD_queue_response(connection, UInt32(response.status), created)
    }
}
