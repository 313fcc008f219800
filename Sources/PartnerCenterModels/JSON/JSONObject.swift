/// A JSON object that remembers the order of its members and looks keys up in constant time.
///
/// Keys are unique. Storing a key that is already present replaces its value but keeps the
/// member at the position where the key first appeared; this is how the parser treats duplicate
/// keys (the last value wins). Equality ignores member order, as JSON object semantics do.
public struct JSONObject: Sendable, Hashable, RandomAccessCollection {
    /// One key/value pair of an object.
    public struct Member: Sendable, Hashable {
        /// The key exactly as written.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in document order.
    public private(set) var members: [Member] = []
    private var positions: [String: Int] = [:]

    /// Creates an empty object.
    public init() {}

    /// Creates an object from key/value pairs; a repeated key keeps its first position and last value.
    public init(_ pairs: some Sequence<(String, JSONValue)>) {
        for (key, value) in pairs {
            self[key] = value
        }
    }

    /// The position of the first member.
    public var startIndex: Int { members.startIndex }

    /// The position one past the last member.
    public var endIndex: Int { members.endIndex }

    /// The member at a position in document order.
    public subscript(position: Int) -> Member { members[position] }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// The value stored under exactly this key (case-sensitive); assigning `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let position = positions[key] else { return nil }
            return members[position].value
        }
        set {
            if let newValue {
                if let position = positions[key] {
                    members[position].value = newValue
                } else {
                    positions[key] = members.count
                    members.append(Member(key: key, value: newValue))
                }
            } else if let position = positions.removeValue(forKey: key) {
                members.remove(at: position)
                for index in position..<members.count {
                    positions[members[index].key] = index
                }
            }
        }
    }

    /// The position of the member with exactly this key, if any.
    public func position(ofKey key: String) -> Int? {
        positions[key]
    }

    /// Objects are equal when they hold the same keys with equal values, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        return lhs.members.allSatisfy { rhs[$0.key] == $0.value }
    }

    /// Hashes consistently with `==`, independent of member order.
    public func hash(into hasher: inout Hasher) {
        var combined = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member)
            combined ^= memberHasher.finalize()
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object from a literal; a repeated key keeps its first position and last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}
