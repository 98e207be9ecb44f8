/// Known workspace names, indexed once for exact lookups and for near misses.
///
/// Near misses use deletion neighbourhoods: every name is stored under the hashes of itself with
/// up to two characters deleted, and a typed word is looked up the same way, so a lookup touches
/// only names that share a deletion with it and checks those with a bounded edit distance.
public struct WorkspaceIndex: Sendable {
    private let names: [String]
    private let keys: [[UInt8]]
    private let exact: [String: Int]
    private let deletionNames: [Int32]
    /// An open-addressing table from a deletion hash to its run in `deletionNames`.
    private let slotHashes: [UInt64]
    private let slotStarts: [Int32]
    private let slotCounts: [Int32]
    private let slotMask: Int

    /// How many words the longest name has once split on `-`, `_`, `.` and spaces.
    public let longestNameWords: Int

    /// The first words of names of several words, so that most words skip phrase lookups.
    private let firstWords: Set<Substring>

    /// Indexes `names`; duplicates (ignoring case) keep the first.
    public init(names: [String]) {
        var kept: [String] = []
        var keys: [[UInt8]] = []
        var exact: [String: Int] = [:]
        var longest = 1
        var firstWords = Set<Substring>()
        for name in names {
            let key = Self.key(name)
            guard !key.isEmpty, exact[key] == nil else { continue }
            exact[key] = kept.count
            kept.append(name)
            keys.append(Array(key.utf8))
            let words = key.split(separator: "-")
            longest = max(longest, words.count)
            if words.count > 1, let first = words.first { firstWords.insert(first) }
        }
        var pairs: [(UInt64, Int32)] = []
        for (position, bytes) in keys.enumerated() {
            let fuzzy =
                EditDistance.allowance(forLength: bytes.count) > 0
                && bytes.count <= Self.longestFuzzyKey + 2
            let depth = fuzzy ? 2 : 0
            for hash in Self.deletionHashes(of: bytes, depth: depth) {
                pairs.append((hash, Int32(position)))
            }
        }
        pairs.sort { $0.0 < $1.0 }
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        var slotHashes = [UInt64](repeating: 0, count: capacity)
        var slotStarts = [Int32](repeating: 0, count: capacity)
        var slotCounts = [Int32](repeating: 0, count: capacity)
        var start = 0
        while start < pairs.count {
            var end = start
            while end < pairs.count, pairs[end].0 == pairs[start].0 { end += 1 }
            let hash = Self.slotKey(pairs[start].0)
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slotHashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slotHashes[slot] = hash
            slotStarts[slot] = Int32(start)
            slotCounts[slot] = Int32(end - start)
            start = end
        }
        self.names = kept
        self.keys = keys
        self.exact = exact
        self.deletionNames = pairs.map(\.1)
        self.slotHashes = slotHashes
        self.slotStarts = slotStarts
        self.slotCounts = slotCounts
        self.slotMask = capacity - 1
        self.longestNameWords = longest
        self.firstWords = firstWords
    }

    /// The longest key, in bytes, that near-miss lookups accept.
    static let longestFuzzyKey = 64

    /// Whether some name of several words starts with `word` (lowercased).
    public func startsSomeName(_ word: String) -> Bool {
        firstWords.contains(Substring(word))
    }

    /// How many names are indexed.
    public var count: Int { names.count }

    /// Whether no names are known.
    public var isEmpty: Bool { names.isEmpty }

    /// The name typed as `text` (ignoring case, with `-`, `_`, `.` and spaces alike), if known.
    public func exactName(_ text: String) -> String? {
        exact[Self.key(text)].map { names[$0] }
    }

    /// The one known name closest to `text` within its edit allowance, or `nil` when none is
    /// close or two are equally close.
    public func closestName(to text: String) -> String? {
        let bytes = Array(Self.key(text).utf8)
        let limit = EditDistance.allowance(forLength: bytes.count)
        // A lookup costs the square of the length in deletions, so very long words (noise, not
        // names anyone mistyped) are matched exactly only.
        guard limit > 0, !names.isEmpty, bytes.count <= Self.longestFuzzyKey else { return nil }
        var best: (distance: Int, position: Int32)?
        var tied = false
        var seen = Set<Int32>()
        for hash in Self.deletionHashes(of: bytes, depth: limit) {
            for position in candidates(for: hash) where seen.insert(position).inserted {
                guard
                    let distance = EditDistance.bounded(
                        bytes,
                        keys[Int(position)],
                        limit: limit
                    )
                else { continue }
                if let current = best, current.distance <= distance {
                    tied = tied || current.distance == distance
                    continue
                }
                best = (distance, position)
                tied = false
            }
        }
        guard let best, !tied else { return nil }
        return names[Int(best.position)]
    }

    /// Name positions stored under `hash`, found in the open-addressing table.
    private func candidates(for hash: UInt64) -> ArraySlice<Int32> {
        let key = Self.slotKey(hash)
        var slot = Int(truncatingIfNeeded: key) & slotMask
        while slotHashes[slot] != 0 {
            if slotHashes[slot] == key {
                let start = Int(slotStarts[slot])
                return deletionNames[start..<(start + Int(slotCounts[slot]))]
            }
            slot = (slot + 1) & slotMask
        }
        return []
    }

    /// A hash as stored in the table, where 0 marks an empty slot.
    private static func slotKey(_ hash: UInt64) -> UInt64 {
        hash == 0 ? 1 : hash
    }

    /// The lookup form of a name: lowercased, with `_`, `.` and spaces turned into `-`.
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = text.utf8.map { byte -> UInt8 in
                switch byte {
                case 0x41...0x5A: byte + 0x20
                case 0x5F, 0x2E, 0x20: 0x2D
                default: byte
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "_", ".", " ": result.unicodeScalars.append("-")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Hashes of `bytes` with every choice of up to `depth` deleted positions.
    static func deletionHashes(of bytes: [UInt8], depth: Int) -> Set<UInt64> {
        var hashes: Set<UInt64> = [hash(bytes, skipping: -1, and: -1)]
        guard depth > 0 else { return hashes }
        for first in bytes.indices {
            hashes.insert(hash(bytes, skipping: first, and: -1))
            guard depth > 1 else { continue }
            for second in (first + 1)..<bytes.count {
                hashes.insert(hash(bytes, skipping: first, and: second))
            }
        }
        return hashes
    }

    /// FNV-1a over `bytes` leaving out the two given positions.
    private static func hash(_ bytes: [UInt8], skipping first: Int, and second: Int) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBufferPointer { buffer in
            for position in 0..<buffer.count where position != first && position != second {
                value = (value ^ UInt64(buffer[position])) &* 0x0000_0100_0000_01b3
            }
        }
        return value
    }
}
