/// Strict conversions of a single JSON value to Swift scalars; the keyed and unkeyed
/// containers use these too.
///
/// - Integers come only from numbers that are integral and in range (`1.0` is accepted,
///   `1.5` and `"1"` are not).
/// - `Double` and `Float` come from any number whose magnitude fits the type.
/// - `Bool` comes only from `true` / `false`, `String` only from a string.
extension JSONValueDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        value.isNull
    }

    func decode(_ type: Bool.Type) throws(JSONInputError) -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(expected: "a boolean") }
        return flag
    }

    func decode(_ type: String.Type) throws(JSONInputError) -> String {
        guard case .string(let text) = value else { throw mismatch(expected: "a string") }
        return text
    }

    func decode(_ type: Double.Type) throws(JSONInputError) -> Double {
        guard case .number(let number) = value else { throw mismatch(expected: "a number") }
        let result = number.doubleValue
        guard result.isFinite else { throw mismatch(expected: "a number within the range of Double") }
        return result
    }

    func decode(_ type: Float.Type) throws(JSONInputError) -> Float {
        guard case .number(let number) = value else { throw mismatch(expected: "a number") }
        let result = Float(number.doubleValue)
        guard result.isFinite else { throw mismatch(expected: "a number within the range of Float") }
        return result
    }

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

    /// Decodes an integer of any width, exactly.
    func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws(JSONInputError) -> I {
        guard case .number(let number) = value else { throw mismatch(expected: "an integer") }
        if let integer = number.integerValue(as: type) { return integer }
        if number.isIntegral { throw mismatch(expected: "an integer in the range \(I.min)...\(I.max)") }
        throw mismatch(expected: "an integer")
    }
}
