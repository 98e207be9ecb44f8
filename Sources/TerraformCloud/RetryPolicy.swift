import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How often and how long the client retries.
///
/// A 429 is retried for any method, since the server did not process the request: the client
/// waits as the server asks and keeps trying until `rateLimitBudget` seconds of waiting are
/// spent. Server errors and transport failures are retried only for GETs, up to `maxAttempts`
/// in all: repeating a POST could queue a second run or apply twice.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included, for a GET that meets server errors or a broken
    /// connection.
    public var maxAttempts: Int
    /// The first backoff delay in seconds; it doubles on each retry.
    public var baseDelay: Double
    /// The longest backoff delay in seconds.
    public var maxDelay: Double
    /// The seconds one request may spend waiting out 429s before the client gives up.
    public var rateLimitBudget: Double

    /// Creates a policy.
    public init(
        maxAttempts: Int = 8,
        baseDelay: Double = 0.5,
        maxDelay: Double = 8,
        rateLimitBudget: Double = 60
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.rateLimitBudget = rateLimitBudget
    }

    /// The default policy: eight attempts for a failing GET, backoff from half a second up to
    /// eight seconds (about half a minute in all), and a minute of waiting out rate limits.
    ///
    /// With one request in five failing, eight attempts all fail about three times in a
    /// million.
    public static let standard = RetryPolicy()

    /// One attempt only, and no waiting on rate limits.
    public static let none = RetryPolicy(maxAttempts: 1, rateLimitBudget: 0)

    /// The backoff before retry number `retry` (1 for the first retry).
    public func backoff(retry: Int) -> Double {
        min(maxDelay, baseDelay * pow(2, Double(max(0, retry - 1))))
    }

    /// The seconds a 429 asks to wait, from `Retry-After` (whole seconds, as HTTP has it, or an
    /// HTTP date) and `X-RateLimit-Reset` (fractional seconds, as the API sends it): the shorter
    /// of the two, since the whole number is the same wait rounded up.
    public static func rateLimitDelay(
        from response: HTTPURLResponse,
        now: Date = Date()
    ) -> Double? {
        let asked = ["Retry-After", "X-RateLimit-Reset"].compactMap { name -> Double? in
            guard let text = response.value(forHTTPHeaderField: name) else { return nil }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let seconds = Double(trimmed), seconds.isFinite, seconds >= 0 {
                return seconds
            }
            guard name == "Retry-After", let date = httpDate(trimmed) else { return nil }
            return max(0, date.timeIntervalSince(now))
        }
        return asked.min()
    }

    /// An HTTP date (RFC 9110's IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT`).
    static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text)
    }
}
