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
        spelled(count) { index in
            let character = character(index, from: words, alphabet: urlSafe)
            guard index == 0, character == UInt8(ascii: "-") || character == UInt8(ascii: "_") else { return character }
            return urlSafe[Int((words.last ?? 0) >> 58) % 62]
        }
    }

    /// `count` base-64 characters from the bits of `words` (6 bits each; 10 per word).
    public static func base64Characters(_ count: Int, from words: [UInt64]) -> String {
        spelled(count) { character($0, from: words, alphabet: base64) }
    }

    /// The low `digits` hex digits of `value`, lowercase.
    public static func hex(_ value: UInt64, digits: Int) -> String {
        spelled(digits) { hexDigits[Int((value >> (UInt64(digits - 1 - $0) * 4)) & 0xF)] }
    }

    /// A lowercase version-4 (random) GUID, `8-4-4-4-12` hex digits, from 128 bits of which 122 are kept.
    public static func guid(high: UInt64, low: UInt64) -> String {
        let high = (high & ~0xF000) | 0x4000  // version 4
        let low = (low & ~(0xC000 << 48)) | (0x8000 << 48)  // variant 10xx
        return guidText(high: high, low: low)
    }

    /// `high` and `low` as `8-4-4-4-12` lowercase hex digits.
    private static func guidText(high: UInt64, low: UInt64) -> String {
        // Hyphens stand before the 9th, 13th, 17th and 21st digit.
        spelled(36) { position in
            guard position != 8, position != 13, position != 18, position != 23 else { return UInt8(ascii: "-") }
            let nibble = position - (position > 23 ? 4 : position > 18 ? 3 : position > 13 ? 2 : position > 8 ? 1 : 0)
            let word = nibble < 16 ? high : low
            return hexDigits[Int((word >> (UInt64(15 - nibble % 16) * 4)) & 0xF)]
        }
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
        spelled(timeCharacterCount) { index in
            base32Lowercase[Int((milliseconds >> (UInt64(timeCharacterCount - 1 - index) * 5)) & 0x1F)]
        }
    }

    /// Bytes as lowercase hex, two digits each.
    public static func hex<Bytes: Collection<UInt8>>(bytes: Bytes) -> String {
        var byte = bytes.startIndex
        return spelled(bytes.count * 2) { position in
            guard position % 2 == 1 else { return hexDigits[Int(bytes[byte] >> 4)] }
            defer { byte = bytes.index(after: byte) }
            return hexDigits[Int(bytes[byte] & 0xF)]
        }
    }

    /// The character at `index` of a text spelled in `alphabet` from the bits of `words`, 6 bits each, 10 per word.
    private static func character(_ index: Int, from words: [UInt64], alphabet: [UInt8]) -> UInt8 {
        let word = words.isEmpty ? 0 : words[(index / 10) % words.count]
        return alphabet[Int((word >> (UInt64(index % 10) * 6)) & 0x3F)]
    }

    /// A string of `count` ASCII bytes, each given by `byte(position)` in order, written straight into the
    /// string's own storage: one allocation at most, and none for 15 bytes or fewer, which Swift keeps inline.
    private static func spelled(_ count: Int, _ byte: (Int) -> UInt8) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            for position in 0..<count { buffer[position] = byte(position) }
            return count
        }
    }
}
