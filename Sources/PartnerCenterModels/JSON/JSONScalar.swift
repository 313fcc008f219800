/// What a JSON value was expected to be when a strict scalar conversion refused it; the container that
/// asked adds the path and what was found.
struct JSONScalarMismatch: Error {
    /// For example `an integer` or `a number within the range of Float`.
    var expected: String
}

/// Strict conversions of a single JSON value to Swift scalars, shared by the single-value, keyed and
/// unkeyed containers so that none of them needs a decoder per scalar.
///
/// - Integers come only from numbers that are integral and in range (`1.0` is accepted,
///   `1.5` and `"1"` are not).
/// - `Double` and `Float` come from any number whose magnitude fits the type.
/// - `Bool` comes only from `true` / `false`, `String` only from a string.
enum JSONScalar {
    static func bool(_ value: JSONValue) throws(JSONScalarMismatch) -> Bool {
        guard case .bool(let flag) = value else { throw JSONScalarMismatch(expected: "a boolean") }
        return flag
    }

    static func string(_ value: JSONValue) throws(JSONScalarMismatch) -> String {
        guard case .string(let text) = value else { throw JSONScalarMismatch(expected: "a string") }
        return text
    }

    static func double(_ value: JSONValue) throws(JSONScalarMismatch) -> Double {
        guard case .number(let number) = value else { throw JSONScalarMismatch(expected: "a number") }
        let result = number.doubleValue
        guard result.isFinite else { throw JSONScalarMismatch(expected: "a number within the range of Double") }
        return result
    }

    static func float(_ value: JSONValue) throws(JSONScalarMismatch) -> Float {
        guard case .number(let number) = value else { throw JSONScalarMismatch(expected: "a number") }
        let result = Float(number.doubleValue)
        guard result.isFinite else { throw JSONScalarMismatch(expected: "a number within the range of Float") }
        return result
    }

    /// An integer of any width, exactly.
    static func integer<I: FixedWidthInteger>(_ value: JSONValue, as type: I.Type) throws(JSONScalarMismatch) -> I {
        guard case .number(let number) = value else { throw JSONScalarMismatch(expected: "an integer") }
        if let integer = number.integerValue(as: type) { return integer }
        if number.isIntegral { throw JSONScalarMismatch(expected: "an integer in the range \(I.min)...\(I.max)") }
        throw JSONScalarMismatch(expected: "an integer")
    }

    /// Whether `type` is `String`, `Int`, `Bool` or `Double`, the types ``common(_:as:)`` converts.
    ///
    /// Not generic on purpose: asking this first spares generic callers the runtime's lookup of
    /// `Optional<T>` metadata (a hash table search) for every value that is not a common scalar.
    static func isCommon(_ type: Any.Type) -> Bool {
        type == String.self || type == Int.self || type == Bool.self || type == Double.self
    }

    /// The value as `T` when `T` is `String`, `Int`, `Bool` or `Double`, converted exactly as that type's
    /// own `init(from:)` would through a single-value container; `nil` for every other type.
    static func common<T>(_ value: JSONValue, as type: T.Type) throws(JSONScalarMismatch) -> T? {
        if type == String.self { return try string(value) as? T }
        if type == Int.self { return try integer(value, as: Int.self) as? T }
        if type == Bool.self { return try bool(value) as? T }
        if type == Double.self { return try double(value) as? T }
        return nil
    }
}
