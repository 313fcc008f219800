@testable import CommerceStore
import Foundation
import Testing

/// The codec gives back every input byte for byte, never writes more than its stated capacity, and refuses
/// damaged input instead of reading or writing out of bounds.
@Suite("Preset dictionary codec")
struct PresetDictionaryCodecTests {
    private static let codec = PresetDictionaryCodec(dictionary: Array(#"{"id":"","links":{"self":{"method":"GET"}}}"#.utf8))

    /// A fixed sequence of pseudo-random numbers (a 64-bit linear congruential generator, upper bits), so a
    /// failure can be run again.
    private struct FixedSequence: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 32) | (state << 32)
        }
    }

    private static func inputs() -> [[UInt8]] {
        var generator = FixedSequence(state: 42)
        var inputs: [[UInt8]] = [[], [0x7B], Array("{}".utf8), Array("abc".utf8), Array("abcd".utf8),
                                 Array(repeating: 0x61, count: 1_000), Array(String(repeating: "ab", count: 700).utf8),
                                 Array("Grüße, 日本語, 🎉 and \u{0}\u{1} controls".utf8)]
        for _ in 0..<200 {
            let count = Int.random(in: 0...3_000, using: &generator)
            let alphabet = Int.random(in: 1...256, using: &generator)
            inputs.append((0..<count).map { _ in UInt8(Int.random(in: 0..<alphabet, using: &generator)) })
        }
        for _ in 0..<100 {
            let pieces = [#"{"id":""#, #"","links":{"self":{"method":"GET"}}}"#, UUID().uuidString, "\u{E9}", ",", "[", "]"]
            var text = ""
            for _ in 0..<Int.random(in: 1...400, using: &generator) { text += pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            inputs.append(Array(text.utf8))
        }
        return inputs
    }

    private static func pack(_ input: [UInt8]) -> [UInt8] {
        var packed: [UInt8] = []
        input.withUnsafeBytes { codec.pack($0, into: &packed) }
        return packed
    }

    @Test func everyInputUnpacksToItselfWithinTheCapacity() {
        for input in Self.inputs() {
            let packed = Self.pack(input)
            #expect(packed.count <= PresetDictionaryCodec.packedCapacity(for: input.count))
            let unpacked = packed.withUnsafeBytes { Self.codec.unpack($0, count: input.count) }
            #expect(unpacked == input, "an input of \(input.count) bytes")
        }
    }

    @Test func sharedFragmentsAndRepetitionsShrink() {
        let json = Array(#"{"id":"","links":{"self":{"method":"GET"}}}"#.utf8)
        #expect(Self.pack(json).count <= 3)
        #expect(Self.pack(Array(repeating: 0x61, count: 1_000)).count < 30)
    }

    @Test func lengthsReadBackAsWrittenAtEveryByteBoundary() {
        let values = [0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1F_FFFF, 0x20_0000, (1 << 28) - 1]
        var bytes: [UInt8] = [0xAA]
        for value in values { PresetDictionaryCodec.appendVarint(value, to: &bytes) }
        #expect(bytes.count == 1 + values.map(PresetDictionaryCodec.varintSize).reduce(0, +))
        #expect(Array(bytes[1...3]) == [0x00, 0x01, 0x7F])
        #expect(Array(bytes[4...5]) == [0x80, 0x01])
        var offset = 1
        for value in values {
            let read = bytes.withUnsafeBytes { PresetDictionaryCodec.readVarint($0, at: offset) }
            #expect(read?.value == value)
            offset = read?.next ?? bytes.count
        }
        #expect(offset == bytes.count)
    }

    @Test func damagedInputIsRefused() {
        var generator = FixedSequence(state: 7)
        for input in Self.inputs() where !input.isEmpty {
            let packed = Self.pack(input)
            for cut in 0..<packed.count {
                let truncated = Array(packed[..<cut])
                #expect(truncated.withUnsafeBytes { Self.codec.unpack($0, count: input.count) } == nil)
            }
            #expect(packed.withUnsafeBytes { Self.codec.unpack($0, count: input.count + 1) } == nil)
            #expect(packed.withUnsafeBytes { Self.codec.unpack($0, count: -1) } == nil)
            var damaged = packed
            damaged[Int.random(in: 0..<damaged.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            if let unpacked = damaged.withUnsafeBytes({ Self.codec.unpack($0, count: input.count) }) {
                #expect(unpacked.count == input.count)
            }
        }
        let beforeTheDictionary: [UInt8] = [0x80, 0xFF, 0x7F]
        #expect(beforeTheDictionary.withUnsafeBytes { Self.codec.unpack($0, count: 4) } == nil)
        let zeroDistance: [UInt8] = [0x80, 0x00]
        #expect(zeroDistance.withUnsafeBytes { Self.codec.unpack($0, count: 4) } == nil)
        let endlessVarint: [UInt8] = [0x80, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        #expect(endlessVarint.withUnsafeBytes { Self.codec.unpack($0, count: 4) } == nil)
    }
}
