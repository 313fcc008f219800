import Foundation

/// Object members for ``JSONDirectlyWritable`` values: each writes `"key":value` after a comma when needed, and
/// writes nothing for `nil`, as synthesized `Encodable` conformances skip `nil` with `encodeIfPresent`.
/// A non-optional property passed here is written always.
///
/// Keys are given in sorted order by the caller, and must be identifiers, which need no escaping.
extension JSONTreeWriter {
    /// Writes a string member.
    mutating func writeMember(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        writeKey(key)
        writeString(value)
    }

    /// Writes an integer member, spelled as `String(value)`.
    mutating func writeMember(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        writeKey(key)
        writeNumber(String(value))
    }

    /// Writes a Boolean member.
    mutating func writeMember(_ key: StaticString, _ value: Bool?) {
        guard let value else { return }
        writeKey(key)
        writeBool(value)
    }

    /// Writes a floating-point member, spelled as ``JSONTreeEncoder/numberText(_:)`` spells it.
    ///
    /// - Throws: `EncodingError.invalidValue` for infinity or NaN.
    mutating func writeMember(_ key: StaticString, _ value: Double?) throws {
        guard let value else { return }
        let text = try JSONTreeEncoder.numberText(value)
        writeKey(key)
        writeNumber(text)
    }

    /// Writes a date member in ``PartnerTimestamp``'s text.
    mutating func writeMember(_ key: StaticString, _ value: Date?) {
        guard let value else { return }
        writeKey(key)
        writeTimestamp(value)
    }

    /// Writes an enumeration member as its raw value, which is how ``WireEnum`` encodes.
    mutating func writeMember<Value: WireEnum>(_ key: StaticString, _ value: Value?) {
        guard let value else { return }
        writeKey(key)
        writeString(value.rawValue)
    }

    /// Writes a member that writes itself.
    mutating func writeMember<Value: JSONDirectlyWritable>(_ key: StaticString, _ value: Value?) throws {
        guard let value else { return }
        writeKey(key)
        try value.writeJSON(to: &self)
    }

    /// Writes an array member whose elements write themselves; an empty array is written as `[]`.
    mutating func writeMember<Element: JSONDirectlyWritable>(_ key: StaticString, _ value: [Element]?) throws {
        guard let value else { return }
        writeKey(key)
        try writeArray(value)
    }

    /// Writes a member holding an object of strings, its keys in ``KeyOrder``; an empty one is written as `{}`.
    mutating func writeMember(_ key: StaticString, _ value: [String: String]?) {
        guard let value else { return }
        writeKey(key)
        writeObject(value)
    }

    /// Writes a member holding an object whose values write themselves, its keys in ``KeyOrder``.
    mutating func writeMember<Value: JSONDirectlyWritable>(_ key: StaticString, _ value: [String: Value]?) throws {
        guard let value else { return }
        writeKey(key)
        try writeObject(value)
    }

    /// Writes an array whose elements write themselves.
    mutating func writeArray<Element: JSONDirectlyWritable>(_ elements: [Element]) throws {
        beginArray()
        for element in elements {
            beginElement()
            try element.writeJSON(to: &self)
        }
        endArray()
    }

    /// Writes an object of strings, its keys sorted by ``KeyOrder/sorted(_:)`` as the tree's members are.
    mutating func writeObject(_ members: [String: String]) {
        beginObject()
        for member in KeyOrder.sorted(members.map { (key: $0.key, value: $0.value) }) {
            writeKey(member.key)
            writeString(member.value)
        }
        endObject()
    }

    /// Writes an object whose values write themselves, its keys sorted by ``KeyOrder/sorted(_:)``.
    mutating func writeObject<Value: JSONDirectlyWritable>(_ members: [String: Value]) throws {
        beginObject()
        for member in KeyOrder.sorted(members.map { (key: $0.key, value: $0.value) }) {
            writeKey(member.key)
            try member.value.writeJSON(to: &self)
        }
        endObject()
    }
}
