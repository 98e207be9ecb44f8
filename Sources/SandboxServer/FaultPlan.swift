import Foundation

/// The faults a served sandbox injects, each at a rate, from a spec such as
/// `429=0.2,500=0.1,drop=0.05,slow=0.2@1500ms,seed=7`; `429=0.2@100ms` sets the wait a fault's
/// 429 asks for.
///
/// Draws come from a seeded generator, so the same spec and the same requests in the same
/// order meet the same faults.
public struct FaultPlan: Sendable, Equatable {
    /// One kind of fault.
    public enum Kind: String, Sendable, CaseIterable {
        /// A `429 Too many requests` with `Retry-After`, before the request is carried out.
        case rateLimited = "429"
        /// A `500` before the request is carried out.
        case serverError = "500"
        /// The connection closes with no answer, before or after the request is carried out.
        case drop
        /// The answer comes late, after `slowDelay`.
        case slow
    }

    /// Each kind's probability per request, from 0 to 1.
    public var rates: [Kind: Double]
    /// How late a slow answer comes, in seconds.
    public var slowDelay: Double
    /// The wait, in seconds, an injected 429 asks for.
    public var rateLimitWait: Double
    /// Seeds the draws.
    public var seed: UInt64

    /// No faults at all.
    public static let none = FaultPlan(rates: [:])

    /// Creates a plan.
    public init(
        rates: [Kind: Double],
        slowDelay: Double = 1.5,
        rateLimitWait: Double = 0.5,
        seed: UInt64 = 1
    ) {
        self.rates = rates
        self.slowDelay = slowDelay
        self.rateLimitWait = rateLimitWait
        self.seed = seed
    }

    /// Parses `429=0.2,500=0.1,drop=0.05,slow=0.2@1500ms,seed=7`; `20%` works as a rate too,
    /// and `@` gives the delay of a slow answer or the wait of a 429.
    public init(parsing spec: String) throws(ServerError) {
        self.init(rates: [:])
        for item in spec.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard parts.count == 2 else { throw .badFaultSpec(String(item)) }
            if parts[0] == "seed" {
                guard let seed = UInt64(parts[1]) else { throw .badFaultSpec(String(item)) }
                self.seed = seed
                continue
            }
            guard let kind = Kind(rawValue: parts[0]) else { throw .badFaultSpec(String(item)) }
            let (rate, delay) = try Self.rateAndDelay(parts[1], item: String(item))
            switch (kind, delay) {
            case (_, nil): break
            case (.slow, let delay?): slowDelay = delay
            case (.rateLimited, let delay?): rateLimitWait = delay
            default: throw .badFaultSpec(String(item))
            }
            rates[kind] = rate
        }
        guard rates.values.reduce(0, +) <= 1 else { throw .faultRatesOverOne(spec) }
    }

    /// `0.2`, `20%`, optionally followed by `@1500ms` or `@2s`.
    private static func rateAndDelay(_ text: String, item: String) throws(ServerError)
        -> (Double, Double?)
    {
        let pieces = text.split(separator: "@", maxSplits: 1).map(String.init)
        var rateText = pieces[0]
        var scale = 1.0
        if rateText.hasSuffix("%") {
            rateText.removeLast()
            scale = 100
        }
        guard let raw = Double(rateText), raw >= 0, raw / scale <= 1 else {
            throw .badFaultSpec(item)
        }
        guard pieces.count == 2 else { return (raw / scale, nil) }
        guard let delay = Duration.seconds(parsing: pieces[1]) else { throw .badFaultSpec(item) }
        return (raw / scale, delay)
    }

    /// The fault for a draw in `0..<1`, or nil for none; kinds share the interval in a fixed
    /// order so that one draw picks at most one fault.
    func fault(for draw: Double) -> Kind? {
        var upper = 0.0
        for kind in Kind.allCases {
            upper += rates[kind] ?? 0
            if draw < upper { return kind }
        }
        return nil
    }

    /// Whether any fault has a rate above zero.
    public var isEmpty: Bool {
        !rates.values.contains { $0 > 0 }
    }
}

extension Duration {
    /// Seconds from `250ms`, `2s` or a bare number of milliseconds; nil when not of that form.
    static func seconds(parsing text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let value: Double?
        if trimmed.hasSuffix("ms") {
            value = Double(trimmed.dropLast(2)).map { $0 / 1000 }
        } else if trimmed.hasSuffix("s") {
            value = Double(trimmed.dropLast())
        } else {
            value = Double(trimmed).map { $0 / 1000 }
        }
        guard let value, value >= 0, value.isFinite else { return nil }
        return value
    }
}
