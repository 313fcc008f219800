/// Finds the member of an object whose key equals a given key ignoring case, as comparing both keys'
/// `lowercased()` forms would; when several members match, the last one wins.
///
/// A small object whose keys are all ASCII, the usual case, is searched member by member, comparing
/// lengths first and then letters folded to lowercase, without creating any string. Other objects keep
/// positions by lowercased key.
struct CaseInsensitiveKeyIndex {
    /// `nil` when the object is small and its keys are all ASCII.
    private let positionsByLowercasedKey: [String: Int]?

    /// Prepares to search `object`.
    init(object: JSONObject) {
        if object.count <= JSONObject.indexedMemberCount, object.members.allSatisfy({ Self.isASCII($0.key) }) {
            positionsByLowercasedKey = nil
            return
        }
        var built: [String: Int] = [:]
        for (position, member) in object.members.enumerated() {
            built[member.key.lowercased()] = position
        }
        positionsByLowercasedKey = built
    }

    /// The position in `object`, the object given when this was made, of the last member whose key
    /// equals `key` ignoring case.
    func position(ofKey key: String, in object: JSONObject) -> Int? {
        if let positionsByLowercasedKey { return positionsByLowercasedKey[key.lowercased()] }
        guard Self.isASCII(key) else {
            let lowered = key.lowercased()
            return object.members.lastIndex { $0.key.lowercased() == lowered }
        }
        // Both keys are ASCII: `lowercased()` changes only A-Z, so equal lowercase forms have equal lengths.
        let length = key.utf8.count
        return object.members.lastIndex { $0.key.utf8.count == length && Self.asciiEqualIgnoringCase($0.key, key) }
    }

    private static func isASCII(_ text: String) -> Bool {
        let bits = text.utf8.withContiguousStorageIfAvailable { bytes in bytes.reduce(0, |) }
            ?? text.utf8.reduce(0, |)
        return bits < 0x80
    }

    /// Compares two ASCII strings of equal length with A-Z folded to a-z.
    private static func asciiEqualIgnoringCase(_ left: String, _ right: String) -> Bool {
        let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                zip(leftBytes, rightBytes).allSatisfy { lowercase($0) == lowercase($1) }
            }
        }
        return (compared ?? nil) ?? zip(left.utf8, right.utf8).allSatisfy { lowercase($0) == lowercase($1) }
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
