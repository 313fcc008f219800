/// Reads the members of a JSON object by coding key, matching key names case-insensitively.
///
/// A key is looked up by its exact spelling first; failing that, by a case-insensitive
/// comparison (if several members then match, the last one in the document wins). So
/// `LineItems`, `lineItems` and `LINEITEMS` all satisfy the coding key `lineItems`, and
/// `addOnItems` satisfies `addonItems`. Paths in errors use the spelling the client sent.
///
/// `contains` reports whether a member matches (even if its value is `null`); `decodeNil`
/// reports `true` for an explicit `null` (and, like Foundation's decoder, throws
/// `required property is missing` for an absent key), so `decodeIfPresent` treats `null` like an
/// absent key. `decodeIfPresent` looks the key up once instead of three times, and scalars are
/// converted in place without a decoder of their own.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    let decoder: JSONValueDecoder

    var codingPath: [any CodingKey] { decoder.codingPath }

    /// The coding keys of the members, in document order, without repeats.
    ///
    /// A member is listed when a `Key` can be made from its spelling as sent, from that spelling
    /// with a lowercase first letter, or all in lowercase; when `Key` is `CaseIterable`, any
    /// case-insensitively equal case also counts. Members no `Key` can be found for are left out.
    var allKeys: [Key] {
        var seen = Set<String>()
        var keys: [Key] = []
        for member in object.members {
            guard let key = codingKey(matching: member.key), seen.insert(key.stringValue).inserted else { continue }
            keys.append(key)
        }
        return keys
    }

    func contains(_ key: Key) -> Bool {
        member(for: key) != nil
    }

    func decodeNil(forKey key: Key) throws(JSONInputError) -> Bool {
        try requiredMember(for: key).value.isNull
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws(JSONInputError) -> Bool { try scalar(key, JSONScalar.bool) }
    func decode(_ type: String.Type, forKey key: Key) throws(JSONInputError) -> String { try scalar(key, JSONScalar.string) }
    func decode(_ type: Double.Type, forKey key: Key) throws(JSONInputError) -> Double { try scalar(key, JSONScalar.double) }
    func decode(_ type: Float.Type, forKey key: Key) throws(JSONInputError) -> Float { try scalar(key, JSONScalar.float) }
    func decode(_ type: Int.Type, forKey key: Key) throws(JSONInputError) -> Int { try integer(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws(JSONInputError) -> Int8 { try integer(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws(JSONInputError) -> Int16 { try integer(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws(JSONInputError) -> Int32 { try integer(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws(JSONInputError) -> Int64 { try integer(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws(JSONInputError) -> UInt { try integer(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws(JSONInputError) -> UInt8 { try integer(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws(JSONInputError) -> UInt16 { try integer(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws(JSONInputError) -> UInt32 { try integer(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws(JSONInputError) -> UInt64 { try integer(type, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws(JSONInputError) -> T {
        try decodeMember(try requiredMember(for: key), as: type)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws(JSONInputError) -> Bool? { try optionalScalar(key, JSONScalar.bool) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws(JSONInputError) -> String? { try optionalScalar(key, JSONScalar.string) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws(JSONInputError) -> Double? { try optionalScalar(key, JSONScalar.double) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws(JSONInputError) -> Float? { try optionalScalar(key, JSONScalar.float) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws(JSONInputError) -> Int? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws(JSONInputError) -> Int8? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws(JSONInputError) -> Int16? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws(JSONInputError) -> Int32? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws(JSONInputError) -> Int64? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws(JSONInputError) -> UInt? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws(JSONInputError) -> UInt8? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws(JSONInputError) -> UInt16? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws(JSONInputError) -> UInt32? { try optionalInteger(type, key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws(JSONInputError) -> UInt64? { try optionalInteger(type, key) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws(JSONInputError) -> T? {
        guard let member = member(for: key), !member.value.isNull else { return nil }
        return try decodeMember(member, as: type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws(JSONInputError) -> KeyedDecodingContainer<NestedKey> {
        let member = try requiredMember(for: key)
        return try decoder.child(member.value, at: .key(member.key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws(JSONInputError) -> any UnkeyedDecodingContainer {
        let member = try requiredMember(for: key)
        return try decoder.child(member.value, at: .key(member.key)).unkeyedContainer()
    }

    /// A decoder for the member named `super`, or for `null` when there is none.
    func superDecoder() -> any Decoder {
        superDecoder(named: "super")
    }

    /// A decoder for the member matching `key`, or for `null` when there is none.
    func superDecoder(forKey key: Key) -> any Decoder {
        superDecoder(named: key.stringValue)
    }

    private func superDecoder(named name: String) -> JSONValueDecoder {
        guard let member = member(named: name) else { return decoder.child(.null, at: .key(name)) }
        return decoder.child(member.value, at: .key(member.key))
    }

    /// The member matching `key`: exact spelling first, then case-insensitively.
    private func member(for key: Key) -> JSONObject.Member? {
        member(named: key.stringValue)
    }

    private func member(named name: String) -> JSONObject.Member? {
        guard let position = decoder.position(ofKey: name, in: object) else { return nil }
        return object[position]
    }

    /// The member matching `key`, or `required property is missing`.
    private func requiredMember(for key: Key) throws(JSONInputError) -> JSONObject.Member {
        guard let member = member(for: key) else {
            throw decoder.error("required property is missing", at: .key(key.stringValue))
        }
        return member
    }

    /// Decodes a member as any type: common scalars in place, other types with a decoder of their own.
    private func decodeMember<T: Decodable>(_ member: JSONObject.Member, as type: T.Type) throws(JSONInputError) -> T {
        if JSONScalar.isCommon(type) { return try decodeCommonScalar(member, as: type) }
        return try decoder.child(member.value, at: .key(member.key)).decodeValue(type)
    }

    // Out of line for the reason given on `JSONValueDecoder.decodeBuiltIn`.
    @inline(never)
    private func decodeCommonScalar<T: Decodable>(
        _ member: JSONObject.Member, as type: T.Type
    ) throws(JSONInputError) -> T {
        if let scalar = try convert(member, { v throws(JSONScalarMismatch) in try JSONScalar.common(v, as: type) }) {
            return scalar
        }
        return try decoder.child(member.value, at: .key(member.key)).decodeValue(type)
    }

    private func integer<I: FixedWidthInteger>(_ type: I.Type, _ key: Key) throws(JSONInputError) -> I {
        try scalar(key) { v throws(JSONScalarMismatch) in try JSONScalar.integer(v, as: type) }
    }

    private func optionalInteger<I: FixedWidthInteger>(_ type: I.Type, _ key: Key) throws(JSONInputError) -> I? {
        try optionalScalar(key) { v throws(JSONScalarMismatch) in try JSONScalar.integer(v, as: type) }
    }

    /// Converts the member matching `key` with `conversion`; a refusal is reported at the member's path.
    private func scalar<T>(
        _ key: Key, _ conversion: (JSONValue) throws(JSONScalarMismatch) -> T
    ) throws(JSONInputError) -> T {
        try convert(try requiredMember(for: key), conversion)
    }

    /// Like `scalar`, with `nil` for a member that is absent or `null`.
    private func optionalScalar<T>(
        _ key: Key, _ conversion: (JSONValue) throws(JSONScalarMismatch) -> T
    ) throws(JSONInputError) -> T? {
        guard let member = member(for: key), !member.value.isNull else { return nil }
        return try convert(member, conversion)
    }

    private func convert<T>(
        _ member: JSONObject.Member, _ conversion: (JSONValue) throws(JSONScalarMismatch) -> T
    ) throws(JSONInputError) -> T {
        do {
            return try conversion(member.value)
        } catch {
            throw decoder.error("expected \(error.expected), found \(member.value.kindDescription)", at: .key(member.key))
        }
    }

    private func codingKey(matching sent: String) -> Key? {
        if let key = Key(stringValue: sent) { return key }
        let lowered = sent.lowercased()
        if let cases = Self.iterableCases() {
            return cases.first { $0.stringValue.lowercased() == lowered }
        }
        let camel = sent.prefix(1).lowercased() + sent.dropFirst()
        return Key(stringValue: camel) ?? Key(stringValue: lowered)
    }

    private static func iterableCases() -> [Key]? {
        guard let iterable = Key.self as? any CaseIterable.Type else { return nil }
        return allCases(of: iterable).compactMap { $0 as? Key }
    }

    private static func allCases<C: CaseIterable>(of type: C.Type) -> [Any] {
        type.allCases.map { $0 as Any }
    }
}
