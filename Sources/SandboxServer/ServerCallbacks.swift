import CMicroHTTPD
import Foundation
import Sandbox

/// The C callbacks libmicrohttpd calls; they capture nothing and reach the server through
/// the context pointer it was started with.
enum ServerCallbacks {
    /// Called for each request: once when the headers are in, once per body chunk, and once
    /// more at the end, when the answer is queued.
    static let access: MHD_AccessHandlerCallback = {
        context,
        connection,
        url,
        method,
        _,
        upload,
        uploadSize,
        requestContext in
        guard let context, let connection, let requestContext, let uploadSize else { return .NO }
        guard let stored = requestContext.pointee else {
            let server = Unmanaged<SandboxServer>.fromOpaque(context).takeUnretainedValue()
            server.inFlight.add(1, ordering: .acquiringAndReleasing)
            requestContext.pointee = Unmanaged.passRetained(PendingRequest()).toOpaque()
            return .YES
        }
        let pending = Unmanaged<PendingRequest>.fromOpaque(stored).takeUnretainedValue()
        if uploadSize.pointee > 0 {
            if let upload {
                pending.body.append(
                    contentsOf: UnsafeRawBufferPointer(start: upload, count: uploadSize.pointee)
                )
            }
            uploadSize.pointee = 0
            return .YES
        }
        let server = Unmanaged<SandboxServer>.fromOpaque(context).takeUnretainedValue()
        let request = RequestReader.request(
            connection: connection,
            method: method.map { String(cString: $0) } ?? "GET",
            path: url.map { String(cString: $0) } ?? "/",
            body: pending.body
        )
        guard let response = server.answer(request) else { return .NO }
        return ResponseWriter.queue(response, on: connection)
    }

    /// Called when a request ends in any way; frees what the access handler kept for it.
    static let completed: MHD_RequestCompletedCallback = { context, _, requestContext, _ in
        guard let requestContext, let stored = requestContext.pointee else { return }
        Unmanaged<PendingRequest>.fromOpaque(stored).release()
        requestContext.pointee = nil
        if let context {
            let server = Unmanaged<SandboxServer>.fromOpaque(context).takeUnretainedValue()
            server.inFlight.subtract(1, ordering: .acquiringAndReleasing)
        }
    }
}

/// The body of one request as it arrives, chunk by chunk.
final class PendingRequest {
    /// The bytes received so far.
    var body: [UInt8] = []
}
