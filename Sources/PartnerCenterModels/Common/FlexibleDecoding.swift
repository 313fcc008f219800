import Foundation

extension KeyedDecodingContainer {
    /// Decodes an integer sent either as a JSON number or as a numeric string (Partner Center clients do both
    /// for line-item ids and error codes). Absent or `null` gives `nil`.
    public func decodeFlexibleInt(forKey key: Key) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let number = try? decode(Int.self, forKey: key) { return number }
        if let text = try? decode(String.self, forKey: key) {
            if let number = Int(text.trimmingWhitespace()) { return number }
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected an integer, found string \"\(text)\"")
        }
        throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "expected an integer")
    }

    /// Decodes a value the server owns and a client may echo back in any shape: a value that does not parse
    /// is treated as absent instead of failing the request.
    public func decodeIgnoringInvalid<T: Decodable>(_ type: T.Type, forKey key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}
