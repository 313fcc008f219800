/// A byte-oriented LZ77 compressor whose matches may also point into a preset dictionary: fragments that most
/// inputs share (JSON keys, enum values, link shapes) then cost three bytes or so even in a short input, where a
/// general compressor would have nothing yet to point back to. It has no entropy coding, so that packing stays
/// a few microseconds per kilobyte; unpacking is copying.
///
/// The packed form is a sequence of tokens. A byte below `0x80` starts a run of that many plus one literal bytes,
/// which follow it. A byte of `0x80` or more is a match of its low seven bits plus ``minimumMatch`` bytes,
/// followed by the distance back to its source as an unsigned LEB128 number, counted in the dictionary followed
/// by the output so far (so a match may overlap its own output, as a run does).
struct PresetDictionaryCodec: Sendable {
    /// The shortest match the format writes.
    static let minimumMatch = 4
    private static let longestMatchToken = 0x7F + minimumMatch
    private static let longestLiteralRun = 0x80
    private static let hashBits = 12

    let dictionary: [UInt8]
    /// For each hash of four bytes, the last dictionary position holding such four bytes, plus one (0: none).
    private let dictionaryPositions: [UInt16]

    /// A codec over `dictionary`, of which it uses the first 65,534 bytes (positions are kept in 16 bits).
    init(dictionary: [UInt8]) {
        let dictionary = Array(dictionary.prefix(Int(UInt16.max) - 1))
        var positions = [UInt16](repeating: 0, count: 1 << Self.hashBits)
        dictionary.withUnsafeBytes { bytes in
            var position = 0
            while position + Self.minimumMatch <= bytes.count {
                positions[Self.hash(bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self))] = UInt16(position + 1)
                position += 1
            }
        }
        self.dictionary = dictionary
        self.dictionaryPositions = positions
    }

    /// The most bytes ``pack(_:into:)`` can write for `count` input bytes.
    static func packedCapacity(for count: Int) -> Int {
        count + count / longestLiteralRun + 1
    }

    /// Appends the packed form of `input` to `output`.
    func pack(_ input: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        let count = input.count
        let start = output.count
        output.append(contentsOf: repeatElement(0, count: Self.packedCapacity(for: count)))
        var written = 0
        output.withUnsafeMutableBytes { whole in
            let out = UnsafeMutableRawBufferPointer(rebasing: whole[start...])
            dictionary.withUnsafeBytes { dictionary in
                dictionaryPositions.withUnsafeBufferPointer { dictionaryPositions in
                    written = pack(input, dictionary: dictionary, dictionaryPositions: dictionaryPositions, into: out)
                }
            }
        }
        output.removeLast(output.count - start - written)
    }

    private func pack(
        _ input: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer, dictionaryPositions: UnsafeBufferPointer<UInt16>,
        into out: UnsafeMutableRawBufferPointer
    ) -> Int {
        let count = input.count
        var inputPositions = [Int32](repeating: 0, count: 1 << Self.hashBits)
        return inputPositions.withUnsafeMutableBufferPointer { inputPositions in
            var written = 0
            var literalStart = 0
            var position = 0
            while position + Self.minimumMatch <= count {
                let word = input.loadUnaligned(fromByteOffset: position, as: UInt32.self)
                let slot = Self.hash(word)
                var length = 0
                var distance = 0
                let earlier = Int(inputPositions[slot]) - 1
                inputPositions[slot] = Int32(position + 1)
                if earlier >= 0, input.loadUnaligned(fromByteOffset: earlier, as: UInt32.self) == word {
                    length = Self.commonLength(input, earlier, input, position)
                    distance = position - earlier
                }
                let inDictionary = Int(dictionaryPositions[slot]) - 1
                if inDictionary >= 0, dictionary.loadUnaligned(fromByteOffset: inDictionary, as: UInt32.self) == word {
                    let dictionaryLength = Self.commonLength(dictionary, inDictionary, input, position)
                    if dictionaryLength > length {
                        length = dictionaryLength
                        distance = dictionary.count - inDictionary + position
                    }
                }
                // A match must be shorter as a token than as literals, so that packing never grows past the
                // capacity above.
                guard length >= Self.minimumMatch, length > 1 + Self.varintSize(distance) else {
                    position += 1
                    continue
                }
                written = Self.writeLiterals(input, from: literalStart, to: position, into: out, at: written)
                var remaining = length
                while remaining > 0 {
                    // A tail shorter than a token can take stays with the previous token's run.
                    let take = min(remaining, Self.longestMatchToken)
                    if take < Self.minimumMatch { break }
                    out[written] = UInt8(0x80 | (take - Self.minimumMatch))
                    written = Self.writeVarint(distance, into: out, at: written + 1)
                    remaining -= take
                }
                position += length - remaining
                literalStart = position
            }
            return Self.writeLiterals(input, from: literalStart, to: count, into: out, at: written)
        }
    }

    /// Unpacks `packed`, which must unpack to exactly `count` bytes, or returns `nil` for bytes that are not a
    /// packed form over this dictionary.
    func unpack(_ packed: UnsafeRawBufferPointer, count: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        var failed = false
        let output = [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
            let out = UnsafeMutableRawBufferPointer(out)
            dictionary.withUnsafeBytes { dictionary in
                var read = 0
                var written = 0
                while read < packed.count {
                    let token = Int(packed[read])
                    read += 1
                    if token < 0x80 {
                        let run = token + 1
                        guard read + run <= packed.count, written + run <= count else { failed = true; break }
                        UnsafeMutableRawBufferPointer(rebasing: out[written..<(written + run)])
                            .copyMemory(from: UnsafeRawBufferPointer(rebasing: packed[read..<(read + run)]))
                        read += run
                        written += run
                        continue
                    }
                    let length = (token & 0x7F) + Self.minimumMatch
                    guard let (distance, next) = Self.readVarint(packed, at: read),
                          distance > 0, distance <= dictionary.count + written, written + length <= count
                    else { failed = true; break }
                    read = next
                    let source = dictionary.count + written - distance
                    let target = UnsafeMutableRawBufferPointer(rebasing: out[written..<(written + length)])
                    if source + length <= dictionary.count {
                        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: dictionary[source..<(source + length)]))
                    } else if source >= dictionary.count, distance >= length {
                        let from = source - dictionary.count
                        target.copyMemory(from: UnsafeRawBufferPointer(rebasing: out[from..<(from + length)]))
                    } else {
                        // The match starts in the dictionary and runs into the output, or overlaps itself.
                        for offset in 0..<length {
                            let at = source + offset
                            target[offset] = at < dictionary.count ? dictionary[at] : out[at - dictionary.count]
                        }
                    }
                    written += length
                }
                if written != count { failed = true }
                initialized = failed ? 0 : written
            }
        }
        return failed ? nil : output
    }

    private static func hash(_ word: UInt32) -> Int {
        Int((word &* 2_654_435_761) >> (32 - UInt32(hashBits)))
    }

    /// How many bytes from `a[aStart...]` equal those from `b[bStart...]`.
    private static func commonLength(
        _ a: UnsafeRawBufferPointer, _ aStart: Int, _ b: UnsafeRawBufferPointer, _ bStart: Int
    ) -> Int {
        let limit = min(a.count - aStart, b.count - bStart)
        var length = 0
        while length + 8 <= limit {
            let difference = a.loadUnaligned(fromByteOffset: aStart + length, as: UInt64.self)
                ^ b.loadUnaligned(fromByteOffset: bStart + length, as: UInt64.self)
            if difference != 0 { return length + UInt64(littleEndian: difference).trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit, a[aStart + length] == b[bStart + length] { length += 1 }
        return length
    }

    private static func writeLiterals(
        _ input: UnsafeRawBufferPointer, from start: Int, to end: Int, into out: UnsafeMutableRawBufferPointer, at offset: Int
    ) -> Int {
        var written = offset
        var next = start
        while next < end {
            let run = min(end - next, longestLiteralRun)
            out[written] = UInt8(run - 1)
            UnsafeMutableRawBufferPointer(rebasing: out[(written + 1)...])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: input[next..<(next + run)]))
            written += 1 + run
            next += run
        }
        return written
    }

    static func varintSize(_ value: Int) -> Int {
        var size = 1
        var rest = value >> 7
        while rest > 0 { size += 1; rest >>= 7 }
        return size
    }

    /// Appends `value` as an unsigned LEB128 number to `bytes`.
    static func appendVarint(_ value: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: varintSize(value)))
        bytes.withUnsafeMutableBytes { _ = writeVarint(value, into: $0, at: start) }
    }

    private static func writeVarint(_ value: Int, into out: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        var rest = value
        var written = offset
        while rest >= 0x80 {
            out[written] = UInt8(rest & 0x7F) | 0x80
            rest >>= 7
            written += 1
        }
        out[written] = UInt8(rest)
        return written + 1
    }

    /// An unsigned LEB128 number of at most four bytes at `offset`, and the offset after it.
    static func readVarint(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> (value: Int, next: Int)? {
        var value = 0
        var shift = 0
        var read = offset
        while read < bytes.count, shift < 28 {
            let byte = Int(bytes[read])
            read += 1
            value |= (byte & 0x7F) << shift
            if byte < 0x80 { return (value, read) }
            shift += 7
        }
        return nil
    }
}
