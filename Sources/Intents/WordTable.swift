/// A fixed table from words to values, for the lexicon's lookups of every word of a sentence.
///
/// `Dictionary` hashes a `String` with seeded SipHash, which was a fifth of a match; this table
/// hashes an ASCII word's bytes with FNV-1a and compares bytes. A word that is not ASCII, or a
/// table with a key that is not, goes to an ordinary dictionary, so Unicode-equivalent
/// spellings find the same entries as they would in `Dictionary`.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The keys, in no particular order.
    let keys: [String]
    private let values: [Value]
    private let keyBytes: [UInt8]
    /// Where each key starts in `keyBytes`; one more entry marks the end of the last.
    private let keyStarts: [Int32]
    /// Open addressing: a key's position plus one, or 0 for an empty slot.
    private let slots: [Int32]
    private let slotMask: Int
    private let fallback: [String: Value]
    private let allASCII: Bool

    /// Makes a table of `entries`; a repeated key keeps its last value, as in `Dictionary`.
    init(_ entries: [String: Value]) {
        let pairs = Array(entries)
        keys = pairs.map(\.key)
        values = pairs.map(\.value)
        fallback = entries
        allASCII = keys.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        keyBytes = keys.flatMap { Array($0.utf8) }
        var starts: [Int32] = [0]
        for key in keys { starts.append((starts.last ?? 0) + Int32(key.utf8.count)) }
        keyStarts = starts
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        for (position, key) in keys.enumerated() {
            var slot = Self.hash(Array(key.utf8)) & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(position + 1)
        }
        self.slots = slots
        slotMask = capacity - 1
    }

    /// Makes a table from a literal.
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements) { _, last in last })
    }

    /// The value stored under `word`, if any.
    subscript(word: String) -> Value? {
        let found = word.utf8.withContiguousStorageIfAvailable { bytes in
            allASCII ? position(of: bytes) : Self.needsFallback
        }
        guard let found, found != Self.needsFallback else { return fallback[word] }
        return found == Self.absent ? nil : values[found]
    }

    private static var absent: Int { -1 }
    private static var needsFallback: Int { -2 }

    /// The position of the key spelled by ASCII `bytes`, `absent`, or `needsFallback` when
    /// `bytes` are not ASCII.
    private func position(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var high: UInt8 = 0
        for byte in bytes {
            high |= byte
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        guard high < 0x80 else { return Self.needsFallback }
        var slot = Int(truncatingIfNeeded: value) & slotMask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if matches(bytes, position) { return position }
            slot = (slot + 1) & slotMask
        }
        return Self.absent
    }

    /// Whether the key at `position` is spelled by `bytes`.
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ position: Int) -> Bool {
        let start = Int(keyStarts[position])
        guard Int(keyStarts[position + 1]) - start == bytes.count else { return false }
        for offset in 0..<bytes.count where keyBytes[start + offset] != bytes[offset] {
            return false
        }
        return true
    }

    /// FNV-1a over `bytes`, as `position(of:)` works it out.
    private static func hash(_ bytes: [UInt8]) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: value)
    }
}
