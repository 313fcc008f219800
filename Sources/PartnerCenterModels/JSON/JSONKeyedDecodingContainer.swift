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
/// absent key.
struct JSONKeyedDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: JSONObject
    let decoder: JSONValueDecoder
    private let caseInsensitiveIndex: CaseInsensitiveKeyIndex

    init(object: JSONObject, decoder: JSONValueDecoder) {
        self.object = object
        self.decoder = decoder
        caseInsensitiveIndex = CaseInsensitiveKeyIndex(object: object)
    }

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
        try memberDecoder(for: key).value.isNull
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws(JSONInputError) -> Bool { try memberDecoder(for: key).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws(JSONInputError) -> String { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws(JSONInputError) -> Double { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws(JSONInputError) -> Float { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws(JSONInputError) -> Int { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws(JSONInputError) -> Int8 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws(JSONInputError) -> Int16 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws(JSONInputError) -> Int32 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws(JSONInputError) -> Int64 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws(JSONInputError) -> UInt { try memberDecoder(for: key).decode(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws(JSONInputError) -> UInt8 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws(JSONInputError) -> UInt16 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws(JSONInputError) -> UInt32 { try memberDecoder(for: key).decode(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws(JSONInputError) -> UInt64 { try memberDecoder(for: key).decode(type) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws(JSONInputError) -> T {
        try memberDecoder(for: key).decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws(JSONInputError) -> KeyedDecodingContainer<NestedKey> {
        try memberDecoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws(JSONInputError) -> any UnkeyedDecodingContainer {
        try memberDecoder(for: key).unkeyedContainer()
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
        if let position = object.position(ofKey: name) ?? caseInsensitiveIndex.position(ofKey: name) {
            return object[position]
        }
        return nil
    }

    /// A decoder for the member matching `key`, or `required property is missing`.
    private func memberDecoder(for key: Key) throws(JSONInputError) -> JSONValueDecoder {
        guard let member = member(for: key) else {
            throw JSONInputError(codingPath: codingPath + [JSONPathComponent.key(key.stringValue)],
                                 message: "required property is missing")
        }
        return decoder.child(member.value, at: .key(member.key))
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
