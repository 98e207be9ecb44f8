import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What a request was about, so errors can name it.
struct RequestContext: Sendable {
    /// The thing acted on, for messages: "run run-…", "workspace 'staging' in example-org".
    var subject: String
    /// The run action, when the request is one.
    var action: RunAction?
    /// For requests that change something: how to find out whether it happened.
    var howToCheck: String?
}

/// The one place that turns an HTTP status and a JSON:API `errors` body into an error.
enum ErrorMapping {
    /// The error for a non-2xx response.
    static func error(
        status: Int,
        body: Data,
        response: HTTPURLResponse,
        context: RequestContext
    ) -> TerraformCloudError {
        let errors = APIErrorObject.parse(body)
        let detail = joinedMessage(errors)
        let subject = context.subject
        switch status {
        case 401:
            return .unauthorized(detail: detail)
        case 403:
            return .forbidden(subject: subject, detail: detail)
        case 404:
            return .notFound(subject: subject, detail: nil)
        case 409:
            let reason = detail ?? "the server gave no reason"
            return .conflict(subject: subject, action: context.action, reason: reason)
        case 422:
            let field = errors.lazy.compactMap(\.pointer).first
            return .unprocessable(subject: subject, field: field, detail: detail ?? "invalid value")
        case 429:
            let delay = RetryPolicy.rateLimitDelay(from: response)
            return .rateLimited(subject: subject, retryAfter: delay)
        case 500...599:
            return .serverError(subject: subject, status: status, detail: detail)
        default:
            return .httpError(subject: subject, status: status, detail: detail)
        }
    }

    /// Every error's message, in order, without repeats.
    static func joinedMessage(_ errors: [APIErrorObject]) -> String? {
        var seen: [String] = []
        for message in errors.compactMap(\.message) where !seen.contains(message) {
            seen.append(message)
        }
        return seen.isEmpty ? nil : seen.joined(separator: "; ")
    }

    /// Words for a transport failure that never include the URL (a log URL is a secret).
    static func describe(_ error: any Error) -> String {
        if error is CancellationError {
            return "the request was cancelled"
        }
        guard let urlError = error as? URLError else {
            return "\(type(of: error))"
        }
        switch urlError.code {
        case .timedOut: return "the request timed out"
        case .networkConnectionLost: return "the connection was dropped"
        // libcurl's "empty reply from server": the connection closed before any answer.
        case .badServerResponse: return "the server closed the connection without an answer"
        case .cannotConnectToHost: return "could not connect to the server"
        case .cannotFindHost, .dnsLookupFailed: return "the server's name did not resolve"
        case .notConnectedToInternet: return "there is no network connection"
        case .secureConnectionFailed: return "the TLS connection failed"
        case .cancelled: return "the request was cancelled"
        case .unknown:
            // libcurl failures URLSession has no name for, such as a connection to an address
            // that never answers.
            return "the connection to the server failed or got no answer"
        default: return "network error \(urlError.code.rawValue)"
        }
    }

    /// Whether a transport failure proves the request never reached the server.
    static func wasNotSent(_ error: any Error) -> Bool {
        guard let urlError = error as? URLError else { return false }
        let codes: [URLError.Code] = [
            .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
        ]
        return codes.contains(urlError.code)
    }
}
