import Foundation

/// The value tree an ``JSONTreeEncoder`` builds before it is written out: objects and arrays are references,
/// so containers handed out by the encoder can keep filling them.
enum JSONTree {
    case object(Members)
    case array(Elements)
    case string(String)
    /// A number, already spelled as it is written.
    case number(String)
    case bool(Bool)
    case null
    /// A value encoded through a super-encoder, read when the tree is written.
    case deferred(JSONTreeEncoder)

    /// An object's members in the order they were encoded. A key encoded twice keeps its last value, as
    /// Foundation's encoder does; that is settled when the members are sorted for writing, so that encoding a
    /// member costs an append, not a hash.
    final class Members {
        private(set) var entries: [(key: String, value: JSONTree)] = []

        /// Sets `key` to `value`.
        func set(_ key: String, _ value: JSONTree) {
            entries.append((key, value))
        }

        /// The members sorted by the UTF-8 bytes of their keys, each key once with its last value.
        func sortedByKey() -> [(key: String, value: JSONTree)] {
            KeyOrder.sorted(entries)
        }
    }

    /// An array's elements.
    final class Elements {
        var values: [JSONTree] = []
    }
}

/// The order of object keys in written JSON: by their UTF-8 bytes, as Foundation's `.sortedKeys` orders them.
enum KeyOrder {
    /// `entries` sorted by the UTF-8 bytes of their keys; of a key given more than once, only its last entry is
    /// kept. Every object written, through the tree or directly, is ordered by this one function.
    static func sorted<Value>(_ entries: [(key: String, value: Value)]) -> [(key: String, value: Value)] {
        // Most keys differ in their first eight bytes, which compare as one number.
        let prefixes = entries.map { prefix($0.key) }
        let order = entries.indices.sorted { left, right in
            if prefixes[left] != prefixes[right] { return prefixes[left] < prefixes[right] }
            switch compare(entries[left].key, entries[right].key) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return left < right
            }
        }
        var sorted: [(key: String, value: Value)] = []
        sorted.reserveCapacity(order.count)
        for (position, index) in order.enumerated() {
            // Of a key given more than once, only the last (which sorts last) is kept.
            if position + 1 < order.count, prefixes[order[position + 1]] == prefixes[index],
               entries[order[position + 1]].key == entries[index].key { continue }
            sorted.append(entries[index])
        }
        return sorted
    }

    /// The first eight UTF-8 bytes of `key`, big-endian, zero-padded: ordering these orders keys that differ
    /// within them.
    static func prefix(_ key: String) -> UInt64 {
        var value: UInt64 = 0
        var count = 0
        for byte in key.utf8 {
            guard count < 8 else { break }
            value |= UInt64(byte) << (56 - 8 * count)
            count += 1
        }
        return value
    }

    static func compare(_ left: String, _ right: String) -> ComparisonResult {
        var left = left
        var right = right
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                for offset in 0..<common where leftBytes[offset] != rightBytes[offset] {
                    return leftBytes[offset] < rightBytes[offset] ? .orderedAscending : .orderedDescending
                }
                if leftBytes.count == rightBytes.count { return .orderedSame }
                return leftBytes.count < rightBytes.count ? .orderedAscending : .orderedDescending
            }
        }
    }
}
