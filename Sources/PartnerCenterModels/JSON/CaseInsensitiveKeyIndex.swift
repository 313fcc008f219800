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
        if object.count <= JSONObject.indexedMemberCount, object.members.allSatisfy({ ASCIIText.isASCII($0.key) }) {
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
        guard ASCIIText.isASCII(key) else {
            let lowered = key.lowercased()
            return object.members.lastIndex { $0.key.lowercased() == lowered }
        }
        // Both keys are ASCII: `lowercased()` changes only A-Z.
        return object.members.lastIndex { ASCIIText.equalIgnoringCase($0.key, key) }
    }
}
