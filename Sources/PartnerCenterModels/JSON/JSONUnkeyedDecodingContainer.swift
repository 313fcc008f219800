/// Reads the elements of a JSON array in order.
///
/// `decodeNil` consumes an element only when it is `null`, so `decodeIfPresent` yields `nil` for
/// `null` elements. Reading past the end fails with a path naming the missing index.
struct JSONUnkeyedDecodingContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let decoder: JSONValueDecoder
    private(set) var currentIndex = 0

    init(elements: [JSONValue], decoder: JSONValueDecoder) {
        self.elements = elements
        self.decoder = decoder
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func decodeNil() throws(JSONInputError) -> Bool {
        let isNull = try elementDecoder().value.isNull
        if isNull { currentIndex += 1 }
        return isNull
    }

    mutating func decode(_ type: Bool.Type) throws(JSONInputError) -> Bool { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: String.Type) throws(JSONInputError) -> String { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Double.Type) throws(JSONInputError) -> Double { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Float.Type) throws(JSONInputError) -> Float { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Int.Type) throws(JSONInputError) -> Int { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Int8.Type) throws(JSONInputError) -> Int8 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Int16.Type) throws(JSONInputError) -> Int16 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Int32.Type) throws(JSONInputError) -> Int32 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: Int64.Type) throws(JSONInputError) -> Int64 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: UInt.Type) throws(JSONInputError) -> UInt { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: UInt8.Type) throws(JSONInputError) -> UInt8 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: UInt16.Type) throws(JSONInputError) -> UInt16 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: UInt32.Type) throws(JSONInputError) -> UInt32 { try next { d throws(JSONInputError) in try d.decode(type) } }
    mutating func decode(_ type: UInt64.Type) throws(JSONInputError) -> UInt64 { try next { d throws(JSONInputError) in try d.decode(type) } }

    mutating func decode<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        try next { d throws(JSONInputError) in try d.decodeValue(type) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws(JSONInputError) -> KeyedDecodingContainer<NestedKey> {
        try next { d throws(JSONInputError) in try d.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws(JSONInputError) -> any UnkeyedDecodingContainer {
        try next { d throws(JSONInputError) in try d.unkeyedContainer() }
    }

    mutating func superDecoder() throws(JSONInputError) -> any Decoder {
        try next { d throws(JSONInputError) in d }
    }

    /// Decodes the current element with `body` and moves past it only if that succeeds.
    private mutating func next<T>(_ body: (JSONValueDecoder) throws(JSONInputError) -> T) throws(JSONInputError) -> T {
        let result = try body(try elementDecoder())
        currentIndex += 1
        return result
    }

    private func elementDecoder() throws(JSONInputError) -> JSONValueDecoder {
        guard !isAtEnd else {
            throw JSONInputError(
                codingPath: codingPath + [JSONPathComponent.index(currentIndex)],
                message: "expected another array element, found end of array (\(elements.count) elements)"
            )
        }
        return decoder.child(elements[currentIndex], at: .index(currentIndex))
    }
}
