import Foundation
import Synchronization

/// The API's documented rate limits, per token: 30 requests a second to most endpoints, and
/// 30 a minute to the two run lists, as token buckets on real (not sandbox) time.
final class RateLimiter: Sendable {
    /// One bucket's size and refill.
    struct Limit: Sendable {
        /// Requests allowed in a burst, and the number `X-RateLimit-Limit` reports.
        let capacity: Double
        /// Requests added back each second.
        let perSecond: Double
    }

    /// Most endpoints: 30 a second.
    static let general = Limit(capacity: 30, perSecond: 30)
    /// Listing runs in a workspace or an organization: 30 a minute.
    static let runLists = Limit(capacity: 30, perSecond: 0.5)

    private struct Bucket {
        var tokens: Double
        var updated: Double
    }

    private let buckets = Mutex<[String: Bucket]>([:])
    private let now: @Sendable () -> Double

    /// Creates a limiter reading seconds from `now` (monotonic by default).
    init(now: @escaping @Sendable () -> Double = RateLimiter.monotonicSeconds) {
        self.now = now
    }

    /// Takes one request from each bucket `path` counts against; nil when allowed, else the
    /// seconds until it would be, with the limit that was hit.
    func admit(identity: String, method: String, path: String) -> (wait: Double, limit: Limit)? {
        var limits = [("all", Self.general)]
        if method == "GET" && Self.isRunList(path) { limits.append(("runs", Self.runLists)) }
        let time = now()
        return buckets.withLock { buckets in
            for (name, limit) in limits {
                let key = identity + "\u{0}" + name
                let bucket = refilled(buckets[key], limit: limit, at: time)
                if bucket.tokens < 1 {
                    buckets[key] = bucket
                    return ((1 - bucket.tokens) / limit.perSecond, limit)
                }
            }
            // Only charge when every bucket has room, so a refusal costs nothing.
            for (name, limit) in limits {
                let key = identity + "\u{0}" + name
                var bucket = refilled(buckets[key], limit: limit, at: time)
                bucket.tokens -= 1
                buckets[key] = bucket
            }
            return nil
        }
    }

    private func refilled(_ bucket: Bucket?, limit: Limit, at time: Double) -> Bucket {
        guard let bucket else { return Bucket(tokens: limit.capacity, updated: time) }
        let tokens = min(limit.capacity, bucket.tokens + (time - bucket.updated) * limit.perSecond)
        return Bucket(tokens: tokens, updated: time)
    }

    /// Whether `path` lists runs: `/api/v2/workspaces/ID/runs` or `/api/v2/organizations/ORG/runs`.
    static func isRunList(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return segments.count == 5 && segments[0] == "api" && segments[1] == "v2"
            && (segments[2] == "workspaces" || segments[2] == "organizations")
            && segments[4] == "runs"
    }

    /// Seconds on a monotonic clock.
    @Sendable static func monotonicSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
