/// Reads the elements of a JSON array in order.
///
/// `decodeNil` consumes an element only when it is `null`, so `decodeIfPresent` yields `nil` for
/// `null` elements. Reading past the end fails with a path naming the missing index. Scalars are
/// converted in place; other elements get a decoder of their own.
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
        let isNull = try currentElement().isNull
        if isNull { currentIndex += 1 }
        return isNull
    }

    mutating func decode(_ type: Bool.Type) throws(JSONInputError) -> Bool { try scalar(JSONScalar.bool) }
    mutating func decode(_ type: String.Type) throws(JSONInputError) -> String { try scalar(JSONScalar.string) }
    mutating func decode(_ type: Double.Type) throws(JSONInputError) -> Double { try scalar(JSONScalar.double) }
    mutating func decode(_ type: Float.Type) throws(JSONInputError) -> Float { try scalar(JSONScalar.float) }
    mutating func decode(_ type: Int.Type) throws(JSONInputError) -> Int { try integer(type) }
    mutating func decode(_ type: Int8.Type) throws(JSONInputError) -> Int8 { try integer(type) }
    mutating func decode(_ type: Int16.Type) throws(JSONInputError) -> Int16 { try integer(type) }
    mutating func decode(_ type: Int32.Type) throws(JSONInputError) -> Int32 { try integer(type) }
    mutating func decode(_ type: Int64.Type) throws(JSONInputError) -> Int64 { try integer(type) }
    mutating func decode(_ type: UInt.Type) throws(JSONInputError) -> UInt { try integer(type) }
    mutating func decode(_ type: UInt8.Type) throws(JSONInputError) -> UInt8 { try integer(type) }
    mutating func decode(_ type: UInt16.Type) throws(JSONInputError) -> UInt16 { try integer(type) }
    mutating func decode(_ type: UInt32.Type) throws(JSONInputError) -> UInt32 { try integer(type) }
    mutating func decode(_ type: UInt64.Type) throws(JSONInputError) -> UInt64 { try integer(type) }

    mutating func decode<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        if JSONScalar.isCommon(type) { return try decodeCommonScalar(type) }
        return try next { d throws(JSONInputError) in try d.decodeValue(type) }
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

    private mutating func integer<I: FixedWidthInteger>(_ type: I.Type) throws(JSONInputError) -> I {
        try scalar { v throws(JSONScalarMismatch) in try JSONScalar.integer(v, as: type) }
    }

    /// The current element as a common scalar (see `JSONScalar.common`). Out of line for the reason
    /// given on `JSONValueDecoder.decodeBuiltIn`.
    @inline(never)
    private mutating func decodeCommonScalar<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        let element = try currentElement()
        let result: T?
        do {
            result = try JSONScalar.common(element, as: type)
        } catch {
            throw decoder.error("expected \(error.expected), found \(element.kindDescription)", at: .index(currentIndex))
        }
        guard let result else { return try next { d throws(JSONInputError) in try d.decodeValue(type) } }
        currentIndex += 1
        return result
    }

    /// Converts the current element with `conversion` and moves past it only if that succeeds.
    private mutating func scalar<T>(_ conversion: (JSONValue) throws(JSONScalarMismatch) -> T) throws(JSONInputError) -> T {
        let element = try currentElement()
        do {
            let result = try conversion(element)
            currentIndex += 1
            return result
        } catch {
            throw decoder.error("expected \(error.expected), found \(element.kindDescription)", at: .index(currentIndex))
        }
    }

    /// Decodes the current element with `body` and moves past it only if that succeeds.
    private mutating func next<T>(_ body: (JSONValueDecoder) throws(JSONInputError) -> T) throws(JSONInputError) -> T {
        let result = try body(decoder.child(try currentElement(), at: .index(currentIndex)))
        currentIndex += 1
        return result
    }

    private func currentElement() throws(JSONInputError) -> JSONValue {
        guard !isAtEnd else {
            throw decoder.error(
                "expected another array element, found end of array (\(elements.count) elements)",
                at: .index(currentIndex)
            )
        }
        return elements[currentIndex]
    }
}
