import Foundation

/// An `Encoder` that builds a ``JSONTree``: the fast path of ``PartnerJSONEncoder`` for compact, key-sorted
/// output. It writes the same bytes as Foundation's `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` and the Partner Center date format, without that encoder's per-value coding-path
/// bookkeeping. Coding paths are not tracked (`codingPath` is always empty): encoding our models never fails on
/// a value, so no error needs to say where.
final class JSONTreeEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What has been encoded so far.
    var tree: JSONTree?

    /// Encodes `value` into a tree.
    static func tree<T: Encodable>(of value: T) throws -> JSONTree {
        try treeOfValue(value)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let members)? = tree { return KeyedEncodingContainer(KeyedContainer(members: members)) }
        let members = JSONTree.Members()
        tree = .object(members)
        return KeyedEncodingContainer(KeyedContainer(members: members))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let elements)? = tree { return UnkeyedContainer(elements: elements) }
        let elements = JSONTree.Elements()
        tree = .array(elements)
        return UnkeyedContainer(elements: elements)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// The tree of any encodable value, with the types Foundation's encoder treats specially spelled as it does.
    /// An encoder is made only for values that are not one of the leaves spelled here.
    static func treeOfValue<T: Encodable>(_ value: T) throws -> JSONTree {
        // Comparing metatypes is cheap; a dynamic cast per value is not.
        if T.self == String.self, let text = value as? String { return .string(text) }
        if T.self == Int.self, let number = value as? Int { return .number(String(number)) }
        if T.self == Bool.self, let flag = value as? Bool { return .bool(flag) }
        if T.self == Date.self, let date = value as? Date { return .string(PartnerTimestamp.format(date)) }
        if T.self == URL.self, let url = value as? URL { return .string(url.absoluteString) }
        if T.self == Decimal.self, let decimal = value as? Decimal { return .number(decimal.description) }
        if T.self == Data.self, let data = value as? Data { return .string(data.base64EncodedString()) }
        let child = JSONTreeEncoder()
        try value.encode(to: child)
        // A type that encodes nothing is written as an empty object, as Foundation's encoder does.
        return child.tree ?? .object(JSONTree.Members())
    }

    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws -> JSONTree {
        .number(try numberText(value))
    }

    /// How a floating-point number is spelled in JSON: its shortest round-tripping description without a
    /// trailing `.0` (`12`, `-0`, `0.1`, `1e-07`, `1e+20`). Infinities and NaN are refused, as Foundation's
    /// encoder refuses them.
    static func numberText<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws -> String {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(codingPath: [], debugDescription: "\(value) is not a JSON number."))
        }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let members: JSONTree.Members
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { members.set(key.stringValue, .null) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { members.set(key.stringValue, .bool(value)) }
        mutating func encode(_ value: String, forKey key: Key) throws { members.set(key.stringValue, .string(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { members.set(key.stringValue, try JSONTreeEncoder.number(value)) }
        mutating func encode(_ value: Float, forKey key: Key) throws { members.set(key.stringValue, try JSONTreeEncoder.number(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { members.set(key.stringValue, .number(String(value))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            members.set(key.stringValue, try JSONTreeEncoder.treeOfValue(value))
        }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            guard let value else { return }
            members.set(key.stringValue, try JSONTreeEncoder.treeOfValue(value))
        }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            guard let value else { return }
            members.set(key.stringValue, .string(value))
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            guard let value else { return }
            members.set(key.stringValue, .number(String(value)))
        }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            guard let value else { return }
            members.set(key.stringValue, .bool(value))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            let nested = JSONTree.Members()
            members.set(key.stringValue, .object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(members: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = JSONTree.Elements()
            members.set(key.stringValue, .array(nested))
            return UnkeyedContainer(elements: nested)
        }

        mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

        private func superEncoder(named name: String) -> any Encoder {
            let encoder = JSONTreeEncoder()
            members.set(name, .deferred(encoder))
            return encoder
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let elements: JSONTree.Elements
        var codingPath: [any CodingKey] { [] }
        var count: Int { elements.values.count }

        mutating func encodeNil() throws { elements.values.append(.null) }
        mutating func encode(_ value: Bool) throws { elements.values.append(.bool(value)) }
        mutating func encode(_ value: String) throws { elements.values.append(.string(value)) }
        mutating func encode(_ value: Double) throws { elements.values.append(try JSONTreeEncoder.number(value)) }
        mutating func encode(_ value: Float) throws { elements.values.append(try JSONTreeEncoder.number(value)) }
        mutating func encode(_ value: Int) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: Int8) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: Int16) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: Int32) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: Int64) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: UInt) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: UInt8) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: UInt16) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: UInt32) throws { elements.values.append(.number(String(value))) }
        mutating func encode(_ value: UInt64) throws { elements.values.append(.number(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { elements.values.append(try JSONTreeEncoder.treeOfValue(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = JSONTree.Members()
            elements.values.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(members: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = JSONTree.Elements()
            elements.values.append(.array(nested))
            return UnkeyedContainer(elements: nested)
        }

        mutating func superEncoder() -> any Encoder {
            let encoder = JSONTreeEncoder()
            elements.values.append(.deferred(encoder))
            return encoder
        }
    }

    private struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: JSONTreeEncoder
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { encoder.tree = .null }
        mutating func encode(_ value: Bool) throws { encoder.tree = .bool(value) }
        mutating func encode(_ value: String) throws { encoder.tree = .string(value) }
        mutating func encode(_ value: Double) throws { encoder.tree = try JSONTreeEncoder.number(value) }
        mutating func encode(_ value: Float) throws { encoder.tree = try JSONTreeEncoder.number(value) }
        mutating func encode(_ value: Int) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: Int8) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: Int16) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: Int32) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: Int64) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: UInt) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: UInt8) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: UInt16) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: UInt32) throws { encoder.tree = .number(String(value)) }
        mutating func encode(_ value: UInt64) throws { encoder.tree = .number(String(value)) }
        mutating func encode<T: Encodable>(_ value: T) throws { encoder.tree = try JSONTreeEncoder.treeOfValue(value) }
    }
}
