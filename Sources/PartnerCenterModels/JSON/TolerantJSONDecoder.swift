import Foundation

/// Decodes request bodies the way Partner Center clients actually send them.
///
/// Parsing follows ``JSONParser`` (comments, byte-order mark and trailing commas allowed; nesting
/// limited to `maxDepth`, which also bounds the decoder's own recursion). Decoding is a full
/// `Decoder` over the parsed ``JSONValue`` with these rules:
/// - **Keys** match case-insensitively: the exact spelling first, then ignoring case.
/// - **`null`** counts as absent: `decodeIfPresent` returns `nil` and `decodeNil` returns `true`.
/// - **Strict scalars**: integers only from integral numbers in range (`1.0` yes; `1.5`, `"1"` no);
///   `Double`/`Float` from any number that fits; `Bool` only from `true`/`false`; `String` only
///   from strings.
/// - **Foundation types**: `Date` from any form ``PartnerTimestamp/parse(_:)`` accepts; `URL` and
///   `UUID` (any letter case) from strings; `Decimal` from a number or a string holding a number.
/// - **Errors**: everything thrown is a ``JSONInputError`` whose `path` is relative to the document
///   root (`""` for the root itself, otherwise like `lineItems[2].quantity`). A `DecodingError`
///   thrown by a model's own `init(from:)` is converted, keeping its coding path and description;
///   any other error a model throws is reported at the path of the value being decoded, with the
///   error's description as the message.
public struct TolerantJSONDecoder: Sendable {
    /// How many arrays and objects may nest inside one another (see ``JSONParser``).
    public var maxDepth: Int

    /// Context made available to custom `init(from:)` implementations as `decoder.userInfo`.
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    /// Creates a decoder; `maxDepth` is clamped to `1...JSONParser.maximumSupportedDepth`.
    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = maxDepth
    }

    /// Parses `data` and decodes a `T` from it.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(JSONInputError) -> T {
        try decodeParsed(type, from: try JSONParser(maxDepth: maxDepth).parse(data))
    }

    /// Parses `bytes` and decodes a `T` from them.
    public func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(JSONInputError) -> T {
        try decodeParsed(type, from: try JSONParser(maxDepth: maxDepth).parse(bytes))
    }

    /// Decodes a `T` from an already parsed value, first checking that it nests no deeper than
    /// `maxDepth`.
    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(JSONInputError) -> T {
        let limit = JSONParser(maxDepth: maxDepth).maxDepth
        guard value.nestingDepth <= limit else {
            throw JSONInputError(path: "", message: "nesting deeper than \(limit) levels")
        }
        return try decodeParsed(type, from: value)
    }

    /// Decodes a `T` from a parsed value: read directly when `T` can read the form the encoder writes and the
    /// value is in it (see ``JSONDirectlyReadable``), through `Decodable` otherwise. The value is the same either
    /// way.
    private func decodeParsed<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(JSONInputError) -> T {
        if let readable = type as? any JSONDirectlyReadable.Type,
           let read = try? readable.init(writtenForm: value), let typed = read as? T {
            return typed
        }
        return try decodeThroughDecodable(type, from: value)
    }

    /// Decodes a `T` from a parsed value through `Decodable` alone.
    func decodeThroughDecodable<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(JSONInputError) -> T {
        let userInfo = self.userInfo.isEmpty ? [:] : self.userInfo.mapValues { $0 as Any }
        return try JSONValueDecoder(root: value, userInfo: userInfo).decodeValue(type)
    }
}
