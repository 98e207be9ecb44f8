/// Bounded edit distance (insertions, deletions, substitutions and adjacent transpositions).
enum EditDistance {
    /// The distance between `a` and `b`, or `nil` as soon as it must exceed `limit`.
    ///
    /// Works on two rows plus the one before them, and stops when a whole row is past the limit,
    /// so a far-off pair costs a few columns rather than the full table.
    static func bounded(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        // Three rows in one scratch buffer on the stack: no allocation per comparison.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows in
            var before = 0
            var previous = width
            var current = width * 2
            for j in 0..<width {
                rows[previous + j] = j
                rows[before + j] = 0
            }
            for i in 1...a.count {
                rows[current] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var value = min(
                        rows[previous + j] + 1,
                        rows[current + j - 1] + 1,
                        rows[previous + j - 1] + cost
                    )
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, rows[before + j - 2] + 1)
                    }
                    rows[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return nil }
                (before, previous, current) = (previous, current, before)
            }
            let distance = rows[previous + b.count]
            return distance <= limit ? distance : nil
        }
    }

    /// How many edits a word of `length` bytes may be away from a known word and still match.
    static func allowance(forLength length: Int) -> Int {
        switch length {
        case ..<4: 0
        case 4...7: 1
        default: 2
        }
    }
}
