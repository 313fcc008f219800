/// Positions of an object's members by lowercased key, built the first time a key has to be
/// matched case-insensitively. When several members fold to the same key, the last one wins.
final class CaseInsensitiveKeyIndex {
    private let object: JSONObject
    private var positions: [String: Int]?

    init(object: JSONObject) {
        self.object = object
    }

    /// The position of the last member whose key equals `key` ignoring case.
    func position(ofKey key: String) -> Int? {
        if let positions { return positions[key.lowercased()] }
        var built: [String: Int] = [:]
        for (position, member) in object.members.enumerated() {
            built[member.key.lowercased()] = position
        }
        positions = built
        return built[key.lowercased()]
    }
}
