/// A JSON object that remembers the order of its members and looks keys up by exact spelling.
///
/// Small objects (the usual request and stored body) are searched member by member, which costs less than
/// hashing every key while parsing; once an object has more than ``indexedMemberCount`` members, its keys
/// are indexed so that each lookup takes constant time.
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

    /// Objects with more members than this index their keys; smaller ones are searched in order.
    static let indexedMemberCount = 16

    /// The members in document order.
    public private(set) var members: [Member] = []
    /// Positions by key, kept only for objects with more than ``indexedMemberCount`` members.
    private var positions: [String: Int]?

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
            guard let position = position(ofKey: key) else { return nil }
            return members[position].value
        }
        set {
            if let newValue {
                if let position = position(ofKey: key) {
                    members[position].value = newValue
                } else {
                    members.append(Member(key: key, value: newValue))
                    if positions != nil {
                        positions?[key] = members.count - 1
                    } else if members.count > Self.indexedMemberCount {
                        var built: [String: Int] = [:]
                        for (position, member) in members.enumerated() { built[member.key] = position }
                        positions = built
                    }
                }
            } else if let position = position(ofKey: key) {
                members.remove(at: position)
                guard positions != nil else { return }
                positions?[key] = nil
                for index in position..<members.count {
                    positions?[members[index].key] = index
                }
            }
        }
    }

    /// The position of the member with exactly this key, if any.
    public func position(ofKey key: String) -> Int? {
        if let positions { return positions[key] }
        // `==` is the comparison the index would make: keys are equal when canonically equivalent.
        return members.firstIndex { $0.key == key }
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
