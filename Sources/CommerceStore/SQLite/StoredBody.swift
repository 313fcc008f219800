import Foundation

/// How the SQLite store keeps the JSON bodies of resources and answers: packed against a preset dictionary of
/// what every body shares (``StoredBodyDictionary``), which shrinks a body to a fifth or less of its size.
/// Every byte a write stores is a byte the single commit line writes to the log and syncs, and in the
/// checkpointer's copy again; unpacking on a read is copying.
///
/// A packed body is the version byte `0x01`, the JSON's length as an unsigned LEB128 number, and the codec's
/// tokens (``PresetDictionaryCodec``). JSON never starts with that byte, so bodies stored before packing, and any
/// body that packing would not shrink, are kept as they are and read back unchanged.
enum StoredBody {
    private static let version1: UInt8 = 0x01
    private static let codec = PresetDictionaryCodec(dictionary: StoredBodyDictionary.version1)
    /// Longer bodies are kept as they are: the codec's distances take at most four LEB128 bytes.
    private static let longestPacked = 1 << 27

    /// The form of `json` to store.
    static func packed(_ json: Data) -> Data {
        guard json.count >= PresetDictionaryCodec.minimumMatch, json.count < longestPacked else { return json }
        var packed: [UInt8] = [version1]
        packed.reserveCapacity(1 + PresetDictionaryCodec.varintSize(json.count) + PresetDictionaryCodec.packedCapacity(for: json.count))
        PresetDictionaryCodec.appendVarint(json.count, to: &packed)
        json.withUnsafeBytes { codec.pack($0, into: &packed) }
        return packed.count < json.count ? Data(packed) : json
    }

    /// The JSON of a stored body, reporting a packed body that cannot be unpacked as `StoreError.corrupt`.
    static func json(_ stored: Data, what: @autoclosure () -> String) throws -> Data {
        guard stored.first == version1 else { return stored }
        let unpacked: [UInt8]? = stored.withUnsafeBytes { bytes in
            guard let (count, start) = PresetDictionaryCodec.readVarint(bytes, at: 1) else { return nil }
            return codec.unpack(UnsafeRawBufferPointer(rebasing: bytes[start...]), count: count)
        }
        guard let unpacked else { throw StoreError.corrupt("\(what()): its packed body cannot be unpacked") }
        return Data(unpacked)
    }

    /// The value of a stored body (see ``StoredJSON/decode(_:from:what:)``).
    static func decode<T: Decodable>(_ type: T.Type, from stored: Data, what: @autoclosure () -> String) throws -> T {
        try StoredJSON.decode(type, from: try json(stored, what: what()), what: what())
    }
}
