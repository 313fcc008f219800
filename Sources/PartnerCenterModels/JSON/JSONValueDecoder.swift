import Foundation

/// The `Decoder` behind ``TolerantJSONDecoder``: decodes one parsed ``JSONValue`` at a coding path.
///
/// It is also its own single-value container (see `JSONValueDecoder+SingleValue`), and the keyed
/// and unkeyed containers create one of these for every value they hand out.
struct JSONValueDecoder: Decoder {
    /// The value being decoded.
    let value: JSONValue
    /// Keys from the document root to `value`; object keys are spelled as the client sent them.
    let codingPath: [any CodingKey]
    /// Caller-supplied context for custom `init(from:)` implementations.
    let userInfo: [CodingUserInfoKey: Any]

    /// The decoder for a value nested one level inside this one.
    func child(_ value: JSONValue, at component: JSONPathComponent) -> JSONValueDecoder {
        JSONValueDecoder(value: value, codingPath: codingPath + [component], userInfo: userInfo)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws(JSONInputError) -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw mismatch(expected: "an object") }
        return KeyedDecodingContainer(JSONKeyedDecodingContainer<Key>(object: object, decoder: self))
    }

    func unkeyedContainer() throws(JSONInputError) -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch(expected: "an array") }
        return JSONUnkeyedDecodingContainer(elements: elements, decoder: self)
    }

    func singleValueContainer() -> any SingleValueDecodingContainer {
        self
    }

    /// An error at this decoder's path: `expected <expected>, found <what the value is>`.
    func mismatch(expected: String) -> JSONInputError {
        JSONInputError(codingPath: codingPath, message: "expected \(expected), found \(value.kindDescription)")
    }

    /// Decodes any `Decodable` type at this path.
    ///
    /// `Date`, `URL`, `UUID`, `Decimal` and ``JSONValue`` are handled here directly. Other types
    /// run their own `init(from:)`; a `DecodingError` escaping it becomes a ``JSONInputError``
    /// at the error's coding path, and any other error becomes one at this decoder's path.
    func decodeValue<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        if let special = try decodeFoundationValue(type) {
            return special
        }
        do {
            return try T(from: self)
        } catch let error as JSONInputError {
            throw error
        } catch let error as DecodingError {
            throw JSONInputError(error)
        } catch {
            throw JSONInputError(codingPath: codingPath, message: String(describing: error))
        }
    }

    private func decodeFoundationValue<T>(_ type: T.Type) throws(JSONInputError) -> T? {
        if type == JSONValue.self {
            return value as? T
        }
        if type == Date.self {
            guard case .string(let text) = value else { throw mismatch(expected: "a timestamp string") }
            guard let date = PartnerTimestamp.parse(text) else {
                throw mismatch(expected: "a timestamp such as 2019-01-16T00:45:41.6062996Z")
            }
            return date as? T
        }
        if type == URL.self {
            guard case .string(let text) = value, !text.isEmpty, let url = URL(string: text) else {
                throw mismatch(expected: "a URL")
            }
            return url as? T
        }
        if type == UUID.self {
            guard case .string(let text) = value, let uuid = UUID(uuidString: text) else {
                throw mismatch(expected: "a UUID such as 1C461A25-F729-4FA5-AADB-280947DD05E8")
            }
            return uuid as? T
        }
        if type == Decimal.self {
            let number: JSONNumber?
            switch value {
            case .number(let literal): number = literal
            case .string(let text): number = JSONNumber(literal: text)
            default: number = nil
            }
            guard let decimal = number?.decimalValue else { throw mismatch(expected: "a decimal number") }
            return decimal as? T
        }
        return nil
    }
}
