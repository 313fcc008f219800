import Foundation

/// Parses UTF-8 JSON text into ``JSONValue`` in a single pass over the bytes.
///
/// Accepts RFC 8259 JSON plus the liberties found in Partner Center's documentation samples:
/// - `// line` and `/* block */` comments wherever whitespace may appear;
/// - a UTF-8 byte-order mark at the very start;
/// - a trailing comma after the last element of an array or the last member of an object.
///
/// Other rules callers should know:
/// - **Duplicate keys**: when an object repeats a key, the last value wins; the member stays at
///   the position where the key first appeared.
/// - **Unicode**: input must be valid UTF-8 (overlong forms and encoded surrogates are rejected),
///   and a `\u` escape of a lone or mismatched UTF-16 surrogate (such as `"\ud800"`) is an error;
///   nothing is ever silently replaced with U+FFFD.
/// - **Numbers**: any syntactically valid number is accepted, however large (`1e999999`); its
///   literal text is kept, and range checks happen when it is converted (see ``JSONNumber``).
/// - **Depth**: arrays and objects may nest at most `maxDepth` levels; deeper input fails with
///   `nesting deeper than N levels` as soon as the limit is crossed. The parser recurses once per
///   level, so the limit also bounds its stack use.
///
/// Every failure is a ``JSONInputError`` with a `path`, a `message` and a text `location`.
public struct JSONParser: Sendable {
    /// The nesting limit used when none is given.
    public static let defaultMaxDepth = 64

    /// The largest nesting limit honoured; larger requests are lowered to this to keep
    /// recursion (here and in decoding) well within a thread's stack.
    public static let maximumSupportedDepth = 512

    /// How many arrays and objects may nest inside one another (between 1 and
    /// ``maximumSupportedDepth``).
    public let maxDepth: Int

    /// Creates a parser; `maxDepth` is clamped to `1...maximumSupportedDepth`.
    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.maxDepth = min(max(maxDepth, 1), JSONParser.maximumSupportedDepth)
    }

    /// Parses a complete document from bytes.
    public func parse(_ bytes: [UInt8]) throws(JSONInputError) -> JSONValue {
        var reader = JSONSyntaxReader(bytes: bytes, maxDepth: maxDepth)
        do {
            return try reader.readDocument()
        } catch {
            throw JSONInputError(
                path: JSONPath.render(error.reversedPath.reversed()),
                message: error.message,
                location: JSONTextLocation(offset: error.offset, in: bytes)
            )
        }
    }

    /// Parses a complete document from data.
    public func parse(_ data: Data) throws(JSONInputError) -> JSONValue {
        try parse([UInt8](data))
    }

    /// Parses a complete document from a string.
    public func parse(_ text: String) throws(JSONInputError) -> JSONValue {
        try parse(Array(text.utf8))
    }
}

/// A syntax error found by ``JSONSyntaxReader``, with the path collected while unwinding.
struct JSONSyntaxFailure: Error {
    /// What went wrong.
    var message: String
    /// The byte offset where it went wrong.
    var offset: Int
    /// Path components from the failing value outwards to the root.
    var reversedPath: [JSONPathComponent] = []

    /// The same failure seen from one level further out.
    func inside(_ component: JSONPathComponent) -> JSONSyntaxFailure {
        var copy = self
        copy.reversedPath.append(component)
        return copy
    }
}
