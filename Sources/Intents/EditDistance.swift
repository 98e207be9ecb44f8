/// Bounded edit distance (insertions, deletions, substitutions and adjacent transpositions).
enum EditDistance {
    /// The distance between `a` and `b`, or `nil` as soon as it must exceed `limit`.
    ///
    /// Only the band of cells within `limit` of the diagonal is worked out: a cell outside it is
    /// already past the limit, so the band gives the same answer as the full table for a fraction
    /// of the work, and a whole band row past the limit stops the comparison early.
    static func bounded(
        _ a: UnsafeBufferPointer<UInt8>,
        _ b: UnsafeBufferPointer<UInt8>,
        limit: Int
    ) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let width = b.count + 1
        // Three rows in one scratch buffer on the stack: no allocation per comparison.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: width * 3) { rows in
            var before = 0
            var previous = width
            var current = width * 2
            let far = limit + 1
            for j in 0...min(b.count, far) { rows[previous + j] = min(j, far) }
            for i in 1...a.count {
                let low = max(1, i - limit)
                let high = min(b.count, i + limit)
                // Column 0 and the cells just outside the band are read by this row and the
                // next; they hold "past the limit" rather than stale values of older rows.
                rows[current] = min(i, far)
                rows[current + low - 1] = low == 1 ? min(i, far) : far
                if high < b.count { rows[current + high + 1] = far }
                var rowMinimum = rows[current]
                for j in low...high {
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
