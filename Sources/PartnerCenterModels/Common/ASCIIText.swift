/// Byte-level work on text that is plain ASCII, as keys, enumeration spellings and billing terms nearly always
/// are: checked and compared without building folded strings.
package enum ASCIIText {
    /// Whether every byte of `text` is ASCII.
    package static func isASCII(_ text: some StringProtocol) -> Bool {
        let bits = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0, |) }
            ?? text.utf8.reduce(0, |)
        return bits < 0x80
    }

    /// `byte` with `A`–`Z` folded to `a`–`z`; every other byte as it is.
    package static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether two ASCII texts are equal with `A`–`Z` folded to `a`–`z`.
    package static func equalIgnoringCase(_ left: some StringProtocol, _ right: some StringProtocol) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                zip(leftBytes, rightBytes).allSatisfy { lowercased($0) == lowercased($1) }
            }
        }
        return (compared ?? nil) ?? zip(left.utf8, right.utf8).allSatisfy { lowercased($0) == lowercased($1) }
    }
}
