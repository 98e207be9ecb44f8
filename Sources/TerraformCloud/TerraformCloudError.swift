import Foundation

/// Everything that can go wrong talking to HCP Terraform.
///
/// Each message says what happened and what to do next, and none contains the API token.
public enum TerraformCloudError: Error, LocalizedError, Sendable, Equatable {
    /// An ID or name was malformed, so no request was sent.
    case invalidIdentifier(kind: String, value: String, rule: String)
    /// An operation needs an organization and none was given or configured.
    case missingOrganization
    /// The configured address is not a usable URL.
    case invalidAddress(String, reason: String)
    /// A token would have gone over plain HTTP to a host that is not loopback.
    case insecureAddress(String)
    /// The Terraform CLI credentials file exists but cannot be read.
    case malformedCredentials(path: String, reason: String)
    /// 401: the token was missing, expired or revoked.
    case unauthorized(detail: String?)
    /// 403: the token is valid but may not do this.
    case forbidden(subject: String, detail: String?)
    /// 404: not found, or not visible to this token.
    case notFound(subject: String, detail: String?)
    /// 409: the resource's state does not allow the request.
    case conflict(subject: String, action: RunAction?, reason: String)
    /// 422: the server rejected a field of the request.
    case unprocessable(subject: String, field: String?, detail: String)
    /// 429: still rate limited after the client waited as long as it may.
    case rateLimited(subject: String, retryAfter: Double?)
    /// 5xx from a request that is safe to repeat, after the allowed retries.
    case serverError(subject: String, status: Int, detail: String?)
    /// Any other unexpected HTTP status.
    case httpError(subject: String, status: Int, detail: String?)
    /// The request did not reach the server, or its answer did not come back.
    case transport(subject: String, reason: String)
    /// A request that changes something failed in a way that leaves its effect unknown.
    case outcomeUnknown(subject: String, reason: String, howToCheck: String)
    /// The server answered with something this client cannot read.
    case unexpectedResponse(String)
    /// The caller stopped the request (Ctrl-C) before its answer came; `howToCheck` is set when
    /// the request changes something, whose effect is then unknown.
    case cancelled(subject: String, howToCheck: String?)

    /// What happened and what to do next.
    public var errorDescription: String? {
        switch self {
        case .invalidIdentifier(let kind, let value, let rule):
            return "'\(value)' is not a valid \(kind): \(rule). Check it and try again."
        case .missingOrganization:
            return "No organization was given. Name one (e.g. 'in example-org') "
                + "or set TFE_ORGANIZATION."
        case .invalidAddress(let address, let reason):
            return "The address '\(address)' cannot be used: \(reason). Set TFE_ADDRESS to a URL "
                + "such as https://app.terraform.io."
        case .insecureAddress(let address):
            return "Refusing to send the API token over plain HTTP to \(address). Use an https:// "
                + "address in TFE_ADDRESS (plain http is allowed only for localhost)."
        case .malformedCredentials(let path, let reason):
            return "The credentials file \(path) cannot be read: \(reason). Fix or remove it, "
                + "run 'terraform login', or set TFE_TOKEN."
        default:
            return httpDescription
        }
    }

    private var httpDescription: String {
        switch self {
        case .unauthorized(let detail):
            return "HCP Terraform refused the API token (401 Unauthorized)\(suffix(detail)). "
                + "Log in with 'terraform login' or set TFE_TOKEN to a valid user or team token."
        case .forbidden(let subject, let detail):
            return "The token may not act on \(subject) (403 Forbidden)\(suffix(detail)). "
                + "Use a user or team token with permission on the workspace; "
                + "organization tokens cannot queue or act on runs."
        case .notFound(let subject, let detail):
            return "\(subject.capitalizedFirst) was not found, or this token cannot see it "
                + "(404)\(suffix(detail)). Check the name or ID and the organization, "
                + "and that the token has access to it."
        case .conflict(let subject, let action, let reason):
            return conflictDescription(subject: subject, action: action, reason: reason)
        case .unprocessable(let subject, let field, let detail):
            let place = field.map { " (field \($0))" } ?? ""
            return "The server rejected the request for \(subject)\(place) (422): "
                + "\(detail.withFinalPeriod) "
                + "Correct that value and try again."
        case .rateLimited(let subject, let retryAfter):
            // Under a second reads as "0 s"; nobody can wait less than a second by hand.
            let wait = retryAfter.map { "about \(Self.seconds(max(1, $0)))" } ?? "a minute"
            return "HCP Terraform is still rate limiting requests (429) for \(subject) after "
                + "repeated waits. Wait \(wait) and try again."
        case .serverError(let subject, let status, let detail):
            return "HCP Terraform had a server error (\(status)) on \(subject)\(suffix(detail)). "
                + "Try again in a moment; if it persists, check https://status.hashicorp.com."
        case .httpError(let subject, let status, _) where (300..<400).contains(status):
            return
                "The server answered the request for \(subject) with a redirect (HTTP \(status)), "
                + "which tfcsh does not follow, so that the token never goes to another address. "
                + "Check that TFE_ADDRESS is the service's own address, such as https://app.terraform.io."
        case .httpError(let subject, let status, let detail):
            return "The request for \(subject) failed with HTTP \(status)\(suffix(detail)). "
                + "Check the request and try again."
        default:
            return otherDescription
        }
    }

    private var otherDescription: String {
        switch self {
        case .transport(let subject, let reason):
            return "Could not complete the request for \(subject): \(reason). "
                + "Check the network connection and TFE_ADDRESS, then try again."
        case .outcomeUnknown(let subject, let reason, let howToCheck):
            return "The request to \(subject) may or may not have taken effect (\(reason)). "
                + "It was never sent again without first checking that it had not taken effect, "
                + "so it cannot have happened twice; \(howToCheck) before trying again."
        case .cancelled(let subject, nil):
            return "Stopped waiting for \(subject) before an answer came; nothing was changed."
        case .cancelled(let subject, let howToCheck?):
            return "Stopped waiting for \(subject) before an answer came. The request had gone "
                + "out, so it may or may not have taken effect; \(howToCheck) before trying again."
        case .unexpectedResponse(let what):
            return "HCP Terraform sent a response this client cannot read: \(what). "
                + "Try again; if it persists, the API may have changed."
        default:
            return "HCP Terraform request failed."
        }
    }

    private func conflictDescription(subject: String, action: RunAction?, reason: String) -> String
    {
        guard let action else {
            return "The request for \(subject) conflicts with its current state (409): "
                + "\(reason.withFinalPeriod) "
                + "Check its state and try again."
        }
        return "Cannot \(action.verb) \(subject) (409): \(reason.withFinalPeriod) "
            + "Its current state does not allow it: \(action.precondition). "
            + "Show the run to see its status and what it allows now."
    }

    /// ": detail" to go before the sentence's own period, without the detail's final period,
    /// so that the message never reads "..".
    private func suffix(_ detail: String?) -> String {
        var text = detail?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        while text.hasSuffix(".") { text.removeLast() }
        guard !text.isEmpty else { return "" }
        return ": \(text)"
    }

    /// A wait in words, to a tenth of a second: `2 s`, `0.5 s`.
    static func seconds(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) s" : "\(rounded) s"
    }

    /// The HTTP status behind this error, when it came from a response.
    public var httpStatus: Int? {
        switch self {
        case .unauthorized: return 401
        case .forbidden: return 403
        case .notFound: return 404
        case .conflict: return 409
        case .unprocessable: return 422
        case .rateLimited: return 429
        case .serverError(_, let status, _), .httpError(_, let status, _): return status
        default: return nil
        }
    }
}

extension String {
    /// The text with its first letter upper case, to start a sentence.
    var capitalizedFirst: String {
        prefix(1).uppercased() + dropFirst()
    }

    /// The text ending in a period, unless it already ends a sentence.
    var withFinalPeriod: String {
        let trimmed = trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, !".!?".contains(last) else { return trimmed }
        return trimmed + "."
    }
}
