import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

extension TerraformCloudClient {
    /// What one attempt came to.
    private enum Outcome {
        case success(Data, HTTPURLResponse)
        /// A 429: not processed, so safe to send again after the wait it asks for, if any.
        case rateLimited(asked: Double?, TerraformCloudError)
        /// A failure of a request that is safe to repeat, after `after` seconds.
        case retry(after: Double, TerraformCloudError)
        case failure(TerraformCloudError)
    }

    /// The shortest wait after a 429, so that a reset of "0.000" does not spin.
    private static let shortestRateLimitWait = 0.01

    /// Sends a request with retries and returns a 2xx response, or throws a mapped error.
    ///
    /// 429s are waited out, for any method, until the policy's budget of waiting is spent;
    /// they do not count as failed attempts. Other failures count, and only GETs repeat them.
    func send(_ request: APIRequest) async throws -> (Data, HTTPURLResponse) {
        let urlRequest = try makeURLRequest(request)
        var failures = 0
        var rateLimits = 0
        var waited = 0.0
        while true {
            let delay: Double
            switch await attemptOnce(urlRequest, request, failures: failures) {
            case .success(let data, let response):
                return (data, response)
            case .failure(let error):
                throw error
            case .rateLimited(let asked, let error):
                rateLimits += 1
                delay = max(
                    asked ?? retryPolicy.backoff(retry: rateLimits),
                    Self.shortestRateLimitWait
                )
                guard waited + delay <= retryPolicy.rateLimitBudget else { throw error }
                waited += delay
            case .retry(let after, let error):
                failures += 1
                guard failures < retryPolicy.maxAttempts else { throw error }
                delay = after
            }
            log(.debug, "retrying \(request.method) \(request.loggedURL) in \(delay) s")
            try await sleeper.sleep(seconds: delay)
        }
    }

    /// Adds the headers; refuses to put the token on an insecure or foreign URL.
    func makeURLRequest(_ request: APIRequest) throws -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        urlRequest.httpBody = request.body
        urlRequest.setValue(configuration.userAgent, forHTTPHeaderField: "User-Agent")
        if request.authenticated {
            urlRequest.setValue("application/vnd.api+json", forHTTPHeaderField: "Accept")
            try authorize(&urlRequest)
        }
        // The API answers 415 to a mutating request without this header, even with no body.
        if request.isMutating {
            urlRequest.setValue("application/vnd.api+json", forHTTPHeaderField: "Content-Type")
        }
        return urlRequest
    }

    private func authorize(_ urlRequest: inout URLRequest) throws {
        guard let token = configuration.token, let url = urlRequest.url else { return }
        guard configuration.isSameOrigin(url) else { return }
        try configuration.checkTokenTransport()
        urlRequest.setValue("Bearer \(token.secret)", forHTTPHeaderField: "Authorization")
    }

    /// Sends `urlRequest` once; `failures` is how many attempts failed before, for backoff.
    private func attemptOnce(
        _ urlRequest: URLRequest,
        _ request: APIRequest,
        failures: Int
    ) async -> Outcome {
        let attempt = failures + 1
        let start = ContinuousClock.now
        let data: Data
        let response: HTTPURLResponse
        do {
            (data, response) = try await transport.send(urlRequest)
        } catch {
            log(.debug, "\(request.method) \(request.loggedURL) failed after \(elapsed(start))")
            return transportOutcome(error, request, attempt: attempt)
        }
        let status = response.statusCode
        log(.debug, "\(request.method) \(request.loggedURL) \(status) \(elapsed(start))")
        if (200..<300).contains(status) {
            return .success(data, response)
        }
        let error = ErrorMapping.error(
            status: status,
            body: Data(scrub(String(decoding: data, as: UTF8.self)).utf8),
            response: response,
            context: request.context
        )
        return statusOutcome(error, status: status, response, request, attempt: attempt)
    }

    private func statusOutcome(
        _ error: TerraformCloudError,
        status: Int,
        _ response: HTTPURLResponse,
        _ request: APIRequest,
        attempt: Int
    ) -> Outcome {
        let asked = RetryPolicy.rateLimitDelay(from: response)
        if status == 429 {
            // Not processed, so safe to repeat even for a POST.
            return .rateLimited(asked: asked, error)
        }
        guard (500...599).contains(status) else { return .failure(error) }
        if request.isMutating {
            return .failure(unknownOutcome(request, reason: "the server answered \(status)"))
        }
        let delay = min(asked ?? retryPolicy.backoff(retry: attempt), retryPolicy.maxDelay)
        return .retry(after: delay, error)
    }

    private func transportOutcome(
        _ error: any Error,
        _ request: APIRequest,
        attempt: Int
    ) -> Outcome {
        if let mapped = error as? TerraformCloudError {
            return .failure(mapped)
        }
        let reason = ErrorMapping.describe(error)
        let failure = TerraformCloudError.transport(
            subject: request.context.subject,
            reason: reason
        )
        let cancelled = error is CancellationError || (error as? URLError)?.code == .cancelled
        if cancelled {
            // The caller's choice (Ctrl-C), not a failure worth repeating or resending.
            return .failure(
                .cancelled(
                    subject: request.context.subject,
                    howToCheck: request.isMutating
                        ? request.context.howToCheck ?? "check its current state" : nil
                )
            )
        }
        if !request.isMutating {
            return .retry(after: retryPolicy.backoff(retry: attempt), failure)
        }
        if ErrorMapping.wasNotSent(error) {
            return .failure(failure)
        }
        return .failure(unknownOutcome(request, reason: reason))
    }

    private func unknownOutcome(_ request: APIRequest, reason: String) -> TerraformCloudError {
        .outcomeUnknown(
            subject: request.context.subject,
            reason: reason,
            howToCheck: request.context.howToCheck ?? "check its current state"
        )
    }

    /// Logs a line with the token scrubbed out, whatever the line holds.
    func log(_ level: LogLevel, _ message: @autoclosure () -> String) {
        guard logger.isEnabled(level) else { return }
        logger.log(level, scrub(message()))
    }

    /// `text` with every occurrence of the token replaced, so no message can carry it.
    func scrub(_ text: String) -> String {
        guard let secret = configuration.token?.secret, !secret.isEmpty else { return text }
        return text.replacingOccurrences(of: secret, with: "[redacted]")
    }

    private func elapsed(_ start: ContinuousClock.Instant) -> String {
        let duration = ContinuousClock.now - start
        let milliseconds =
            Double(duration.components.seconds) * 1000
            + Double(duration.components.attoseconds) / 1e15
        return "\(Int(milliseconds.rounded())) ms"
    }
}
