/// A small deterministic random source (SplitMix64) for IDs, secrets and seeded history.
///
/// The same seed gives the same sequence on every platform, which keeps sandboxes reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    private static let alphabet = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    )

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A fresh identifier such as `run-CZcmD7eagjhyX0vN`: the prefix, a dash, 16 letters/digits.
    mutating func identifier(_ prefix: String) -> String {
        "\(prefix)-\(token(length: 16))"
    }

    /// `length` random letters and digits.
    mutating func token(length: Int) -> String {
        var text = ""
        text.reserveCapacity(length)
        for _ in 0..<length {
            text.append(Self.alphabet[Int(next() % UInt64(Self.alphabet.count))])
        }
        return text
    }

    /// A number in `0..<1` with 53 random bits.
    public mutating func fraction() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// A whole number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }
}
