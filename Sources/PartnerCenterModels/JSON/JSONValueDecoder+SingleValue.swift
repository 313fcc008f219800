/// The decoder as a single-value container, with the strict conversions of ``JSONScalar``.
extension JSONValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        value.isNull
    }

    func decode(_ type: Bool.Type) throws(JSONInputError) -> Bool { try scalar(JSONScalar.bool) }
    func decode(_ type: String.Type) throws(JSONInputError) -> String { try scalar(JSONScalar.string) }
    func decode(_ type: Double.Type) throws(JSONInputError) -> Double { try scalar(JSONScalar.double) }
    func decode(_ type: Float.Type) throws(JSONInputError) -> Float { try scalar(JSONScalar.float) }
    func decode(_ type: Int.Type) throws(JSONInputError) -> Int { try decodeInteger(type) }
    func decode(_ type: Int8.Type) throws(JSONInputError) -> Int8 { try decodeInteger(type) }
    func decode(_ type: Int16.Type) throws(JSONInputError) -> Int16 { try decodeInteger(type) }
    func decode(_ type: Int32.Type) throws(JSONInputError) -> Int32 { try decodeInteger(type) }
    func decode(_ type: Int64.Type) throws(JSONInputError) -> Int64 { try decodeInteger(type) }
    func decode(_ type: UInt.Type) throws(JSONInputError) -> UInt { try decodeInteger(type) }
    func decode(_ type: UInt8.Type) throws(JSONInputError) -> UInt8 { try decodeInteger(type) }
    func decode(_ type: UInt16.Type) throws(JSONInputError) -> UInt16 { try decodeInteger(type) }
    func decode(_ type: UInt32.Type) throws(JSONInputError) -> UInt32 { try decodeInteger(type) }
    func decode(_ type: UInt64.Type) throws(JSONInputError) -> UInt64 { try decodeInteger(type) }

    func decode<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        try decodeValue(type)
    }

    private func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws(JSONInputError) -> I {
        try scalar { v throws(JSONScalarMismatch) in try JSONScalar.integer(v, as: type) }
    }

    /// Converts `value` with `conversion`, reporting a refusal at this decoder's path.
    private func scalar<T>(_ conversion: (JSONValue) throws(JSONScalarMismatch) -> T) throws(JSONInputError) -> T {
        do {
            return try conversion(value)
        } catch {
            throw mismatch(expected: error.expected)
        }
    }
}
