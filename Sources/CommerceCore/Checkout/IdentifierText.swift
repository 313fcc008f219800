/// Identifier text: characters spelled from random words (a few bits per character, so one system call serves
/// many characters), and hex digits.
public enum IdentifierText {
    private static let urlSafe = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    private static let base64 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let base32Lowercase = Array("0123456789abcdefghijklmnopqrstuv".utf8)

    /// `count` URL-safe base-64 characters from the bits of `words` (6 bits each; 10 per word). The first is a
    /// letter or digit, so the text never reads as a command-line option.
    public static func urlSafeCharacters(_ count: Int, from words: [UInt64]) -> String {
        var text = Array(characters(count, from: words, alphabet: urlSafe).utf8)
        if let first = text.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "_") {
            text[0] = urlSafe[Int((words.last ?? 0) >> 58) % 62]
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `count` base-64 characters from the bits of `words` (6 bits each; 10 per word).
    public static func base64Characters(_ count: Int, from words: [UInt64]) -> String {
        characters(count, from: words, alphabet: base64)
    }

    /// The low `digits` hex digits of `value`, lowercase.
    public static func hex(_ value: UInt64, digits: Int) -> String {
        let bytes = (0..<digits).reversed().map { hexDigits[Int((value >> (UInt64($0) * 4)) & 0xF)] }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A lowercase version-4 (random) GUID, `8-4-4-4-12` hex digits, from 128 bits of which 122 are kept.
    public static func guid(high: UInt64, low: UInt64) -> String {
        let high = (high & ~0xF000) | 0x4000  // version 4
        let low = (low & ~(0xC000 << 48)) | (0x8000 << 48)  // variant 10xx
        return guidText(high: high, low: low)
    }

    /// `high` and `low` as `8-4-4-4-12` lowercase hex digits.
    private static func guidText(high: UInt64, low: UInt64) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, nibble) in (0..<32).enumerated() {
            if index == 8 || index == 12 || index == 16 || index == 20 { text.append(UInt8(ascii: "-")) }
            let word = nibble < 16 ? high : low
            text.append(hexDigits[Int((word >> (UInt64(15 - nibble % 16) * 4)) & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A lowercase version-7 GUID: the 48 low bits of `milliseconds`, then 74 bits of `high` and `low`.
    public static func timeOrderedGUID(milliseconds: UInt64, high: UInt64, low: UInt64) -> String {
        let high = (milliseconds & 0xFFFF_FFFF_FFFF) << 16 | 0x7000 | (high & 0x0FFF)  // version 7
        let low = (low & ~(0xC000 << 48)) | (0x8000 << 48)  // variant 10xx
        return guidText(high: high, low: low)
    }

    /// How many characters `timeOrderedCharacters` spells.
    public static let timeCharacterCount = 9

    /// The 45 low bits of `milliseconds` (a span of about 1,100 years) as 9 characters of `0-9a-v`, most
    /// significant first: the text sorts as the time does, with or without regard to case.
    public static func timeOrderedCharacters(milliseconds: UInt64) -> String {
        let bytes = (0..<timeCharacterCount).reversed().map { place in
            base32Lowercase[Int((milliseconds >> (UInt64(place) * 5)) & 0x1F)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bytes as lowercase hex, two digits each.
    public static func hex<Bytes: Sequence<UInt8>>(bytes: Bytes) -> String {
        var text: [UInt8] = []
        for byte in bytes {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0xF)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func characters(_ count: Int, from words: [UInt64], alphabet: [UInt8]) -> String {
        let bytes = (0..<count).map { index -> UInt8 in
            let word = words.isEmpty ? 0 : words[(index / 10) % words.count]
            return alphabet[Int((word >> (UInt64(index % 10) * 6)) & 0x3F)]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
