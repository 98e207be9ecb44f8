/// Decoding of one UTF-8 sequence read byte by byte from the terminal.
enum UTF8Decoding {
    /// How many bytes the sequence starting with `lead` has; 1 for a byte that cannot start
    /// one, which then decodes to the replacement character.
    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 1
        }
    }

    /// The scalar `bytes` encode, or U+FFFD when they are not exactly one valid sequence.
    static func scalar(_ bytes: [UInt8]) -> Unicode.Scalar {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator),
            iterator.next() == nil
        else {
            return Unicode.Scalar(0xFFFD) ?? " "
        }
        return scalar
    }
}
