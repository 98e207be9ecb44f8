/// Known workspace names, indexed once for exact lookups and for near misses.
///
/// Near misses use deletion neighbourhoods: every name is stored under the hashes of itself with
/// up to two characters deleted, and a typed word is looked up the same way, so a lookup touches
/// only names that share a deletion with it and checks those with a bounded edit distance.
public struct WorkspaceIndex: Sendable {
    private let names: [String]
    /// Every name's key bytes end to end, so a near-miss check reads one buffer.
    private let keyBytes: [UInt8]
    /// Where each name's key starts in `keyBytes`; one more entry marks the end of the last.
    private let keyStarts: [Int32]
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
    private let firstWords: WordSet

    /// Hashes of every name's short prefixes, sorted, beside the name each came from.
    private let prefixHashes: [UInt64]
    private let prefixPositions: [Int32]

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
        self.keyBytes = keys.flatMap { $0 }
        var starts: [Int32] = [0]
        for bytes in keys { starts.append((starts.last ?? 0) + Int32(bytes.count)) }
        self.keyStarts = starts
        self.exact = exact
        self.deletionNames = pairs.map(\.1)
        self.slotHashes = slotHashes
        self.slotStarts = slotStarts
        self.slotCounts = slotCounts
        self.slotMask = capacity - 1
        self.longestNameWords = longest
        self.firstWords = WordSet(firstWords.map(String.init))
        var prefixes: [(UInt64, Int32)] = []
        for (position, bytes) in keys.enumerated() {
            var value = Self.fnvOffset
            for (length, byte) in bytes.enumerated() {
                value = Self.step(value, byte)
                guard length + 1 >= Self.prefixLengths.lowerBound else { continue }
                guard length + 1 < bytes.count, length + 1 <= Self.prefixLengths.upperBound else {
                    break
                }
                prefixes.append((value, Int32(position)))
            }
        }
        prefixes.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        self.prefixHashes = prefixes.map(\.0)
        self.prefixPositions = prefixes.map(\.1)
    }

    /// The lengths, in bytes, of the prefixes a name can be abbreviated to ("prod", "stag").
    static let prefixLengths = 3...12

    /// Up to `limit` names that start with `text` and are longer than it, in index order.
    ///
    /// An abbreviation is never resolved here: the matcher asks which name was meant.
    public func names(startingWith text: String, limit: Int = 4) -> [String] {
        let bytes = Self.keyBytes(text)
        guard Self.prefixLengths.contains(bytes.count), limit > 0 else { return [] }
        let hash = bytes.withUnsafeBufferPointer { Self.hash($0, from: 0, seed: Self.fnvOffset) }
        var low = 0
        var high = prefixHashes.count
        while low < high {
            let middle = (low + high) / 2
            if prefixHashes[middle] < hash { low = middle + 1 } else { high = middle }
        }
        var found: [String] = []
        var slot = low
        while slot < prefixHashes.count, prefixHashes[slot] == hash, found.count < limit {
            let position = Int(prefixPositions[slot])
            let start = Int(keyStarts[position])
            let end = Int(keyStarts[position + 1])
            // Equal hashes of different prefixes are possible; the bytes decide.
            if end - start > bytes.count,
                keyBytes[start..<(start + bytes.count)].elementsEqual(bytes)
            {
                found.append(names[position])
            }
            slot += 1
        }
        return found
    }

    /// The longest key, in bytes, that near-miss lookups accept.
    static let longestFuzzyKey = 64

    /// Whether some name of several words starts with `word` (lowercased).
    public func startsSomeName(_ word: String) -> Bool {
        firstWords.contains(word)
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
        let bytes = Self.keyBytes(text)
        let limit = EditDistance.allowance(forLength: bytes.count)
        // A lookup costs the square of the length in deletions, so very long words (noise, not
        // names anyone mistyped) are matched exactly only.
        guard limit > 0, !names.isEmpty, bytes.count <= Self.longestFuzzyKey else { return nil }
        let found = bytes.withUnsafeBufferPointer { typed in
            keyBytes.withUnsafeBufferPointer { stored in
                closestPosition(to: typed, limit: limit, keys: stored)
            }
        }
        return found.map { names[$0] }
    }

    /// The position of the one name nearest `typed` among those sharing a deletion with it.
    private func closestPosition(
        to typed: UnsafeBufferPointer<UInt8>,
        limit: Int,
        keys: UnsafeBufferPointer<UInt8>
    ) -> Int? {
        var best = (distance: Int.max, position: -1)
        var tied = false
        // One bit a name: a name shares many deletions with the word, and is checked once.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (names.count + 63) / 64) { seen in
            seen.initialize(repeating: 0)
            Self.forEachDeletionHash(of: typed, depth: limit) { hash in
                for stored in candidates(for: hash) {
                    let position = Int(stored)
                    let bit = UInt64(1) << UInt64(position & 63)
                    guard seen[position >> 6] & bit == 0 else { continue }
                    seen[position >> 6] |= bit
                    let start = Int(keyStarts[position])
                    let name = UnsafeBufferPointer(
                        rebasing: keys[start..<Int(keyStarts[position + 1])]
                    )
                    // Names farther than the best so far cannot change the answer.
                    let bound = min(limit, best.distance)
                    guard let distance = EditDistance.bounded(typed, name, limit: bound) else {
                        continue
                    }
                    tied = distance == best.distance
                    if distance < best.distance { best = (distance, position) }
                }
            }
        }
        return best.position >= 0 && !tied ? best.position : nil
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
            return String(decoding: asciiKey(text), as: UTF8.self)
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

    /// The key of an ASCII `text` as bytes: lowercased, with `_`, `.` and spaces turned into `-`.
    private static func asciiKey(_ text: String) -> [UInt8] {
        text.utf8.map { byte -> UInt8 in
            switch byte {
            case 0x41...0x5A: byte + 0x20
            case 0x5F, 0x2E, 0x20: 0x2D
            default: byte
            }
        }
    }

    /// The key of `text` as bytes, without building the key string when `text` is ASCII.
    private static func keyBytes(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(text) }
        return Array(key(text).utf8)
    }

    /// Hashes of `bytes` with every choice of up to `depth` deleted positions.
    static func deletionHashes(of bytes: [UInt8], depth: Int) -> Set<UInt64> {
        var hashes = Set<UInt64>()
        bytes.withUnsafeBufferPointer { buffer in
            forEachDeletionHash(of: buffer, depth: depth) { hashes.insert($0) }
        }
        return hashes
    }

    /// Calls `body` with the hash of `bytes` for every choice of up to `depth` (at most two)
    /// deleted positions; a hash may come more than once.
    ///
    /// FNV-1a runs left to right, so the hash of the bytes before a deletion is carried over
    /// rather than worked out again for every choice.
    static func forEachDeletionHash(
        of bytes: UnsafeBufferPointer<UInt8>,
        depth: Int,
        _ body: (UInt64) -> Void
    ) {
        body(hash(bytes, from: 0, seed: fnvOffset))
        guard depth > 0 else { return }
        var prefix = fnvOffset
        for first in bytes.indices {
            body(hash(bytes, from: first + 1, seed: prefix))
            if depth > 1 {
                var middle = prefix
                for second in (first + 1)..<bytes.count {
                    body(hash(bytes, from: second + 1, seed: middle))
                    middle = step(middle, bytes[second])
                }
            }
            prefix = step(prefix, bytes[first])
        }
    }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One byte of FNV-1a.
    private static func step(_ value: UInt64, _ byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// FNV-1a over `bytes` from `start` to the end, continuing from `seed`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, seed: UInt64)
        -> UInt64
    {
        var value = seed
        for position in start..<bytes.count { value = step(value, bytes[position]) }
        return value
    }
}
