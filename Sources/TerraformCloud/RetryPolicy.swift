import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How often and how long the client retries.
///
/// A 429 is retried for any method, since the server did not process the request. Server
/// errors and transport failures are retried only for GETs: repeating a POST could queue a
/// second run or apply twice.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The first backoff delay in seconds; it doubles on each retry.
    public var baseDelay: Double
    /// The longest backoff delay in seconds.
    public var maxDelay: Double
    /// The longest wait a 429 may ask for before the client gives up instead.
    public var maxRateLimitWait: Double

    /// Creates a policy.
    public init(
        maxAttempts: Int = 4,
        baseDelay: Double = 0.5,
        maxDelay: Double = 8,
        maxRateLimitWait: Double = 60
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRateLimitWait = maxRateLimitWait
    }

    /// The default policy: four attempts, backoff from half a second.
    public static let standard = RetryPolicy()

    /// One attempt only.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The backoff before retry number `retry` (1 for the first retry).
    public func backoff(retry: Int) -> Double {
        min(maxDelay, baseDelay * pow(2, Double(max(0, retry - 1))))
    }

    /// The seconds a 429 asks to wait: `Retry-After`, else `X-RateLimit-Reset` (floats).
    public static func rateLimitDelay(from response: HTTPURLResponse) -> Double? {
        for name in ["Retry-After", "X-RateLimit-Reset"] {
            if let text = response.value(forHTTPHeaderField: name),
                let seconds = Double(text.trimmingCharacters(in: .whitespaces)),
                seconds.isFinite, seconds >= 0
            {
                return seconds
            }
        }
        return nil
    }
}
