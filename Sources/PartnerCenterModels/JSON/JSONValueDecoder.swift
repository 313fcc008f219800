import Foundation

/// The `Decoder` behind ``TolerantJSONDecoder``: decodes one parsed ``JSONValue``.
///
/// Each decoder knows only its parent and the step from it (an object key spelled as the client sent it,
/// or an array index); the coding path is put together from that chain when someone asks for it, which
/// is when an error is reported. The containers convert scalars themselves and create a decoder only for
/// a value that runs its own `init(from:)`, so a well-formed body costs one small object per nested model
/// and no paths at all.
///
/// It is also its own single-value container (see `JSONValueDecoder+SingleValue`).
final class JSONValueDecoder: Decoder {
    /// The value being decoded.
    let value: JSONValue
    private let parent: JSONValueDecoder?
    /// The step from `parent` to `value`; `nil` for the root.
    private let component: JSONPathComponent?
    /// Caller-supplied context, held by the root only.
    private let rootUserInfo: [CodingUserInfoKey: Any]?
    /// Built the first time a key of this decoder's object is not found as spelled. It lives here rather
    /// than in the keyed container because `KeyedDecodingContainer` only offers non-mutating calls.
    private var caseInsensitiveIndex: CaseInsensitiveKeyIndex?

    /// A decoder for the document root.
    init(root value: JSONValue, userInfo: [CodingUserInfoKey: Any]) {
        self.value = value
        parent = nil
        component = nil
        rootUserInfo = userInfo
    }

    private init(value: JSONValue, parent: JSONValueDecoder, component: JSONPathComponent) {
        self.value = value
        self.parent = parent
        self.component = component
        rootUserInfo = nil
    }

    /// The decoder for a value nested one level inside this one.
    func child(_ value: JSONValue, at component: JSONPathComponent) -> JSONValueDecoder {
        JSONValueDecoder(value: value, parent: self, component: component)
    }

    /// Caller-supplied context for custom `init(from:)` implementations.
    var userInfo: [CodingUserInfoKey: Any] {
        var root = self
        while let parent = root.parent { root = parent }
        return root.rootUserInfo ?? [:]
    }

    /// The steps from the document root to `value`; object keys are spelled as the client sent them.
    var pathComponents: [JSONPathComponent] {
        var components: [JSONPathComponent] = []
        var decoder: JSONValueDecoder? = self
        while let current = decoder, let component = current.component {
            components.append(component)
            decoder = current.parent
        }
        return components.reversed()
    }

    var codingPath: [any CodingKey] { pathComponents }

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

    /// An error at this decoder's path, or at the member or element `step` below it.
    func error(_ message: String, at step: JSONPathComponent? = nil) -> JSONInputError {
        var components = pathComponents
        if let step { components.append(step) }
        return JSONInputError(path: JSONPath.render(components), message: message)
    }

    /// An error at this decoder's path: `expected <expected>, found <what the value is>`.
    func mismatch(expected: String) -> JSONInputError {
        error("expected \(expected), found \(value.kindDescription)")
    }

    /// The position in `object`, this decoder's value, of the member matching `name`: the exact
    /// spelling first, then ignoring case (the last such member if several match).
    func position(ofKey name: String, in object: JSONObject) -> Int? {
        if let position = object.position(ofKey: name) { return position }
        let index = caseInsensitiveIndex ?? CaseInsensitiveKeyIndex(object: object)
        caseInsensitiveIndex = index
        return index.position(ofKey: name, in: object)
    }

    /// Decodes any `Decodable` type at this path.
    ///
    /// `String`, `Int`, `Bool`, `Double`, `Date`, `URL`, `UUID`, `Decimal` and ``JSONValue`` are handled
    /// here directly (the first four exactly as their own `init(from:)` would decode them). Other
    /// types run their own `init(from:)`; a `DecodingError` escaping it becomes a ``JSONInputError``
    /// at the error's coding path, and any other error becomes one at this decoder's path.
    func decodeValue<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        if Self.decodesBuiltIn(type) { return try decodeBuiltIn(type) }
        return try decodeItself(type)
    }

    /// Runs `T`'s own `init(from:)`, converting what it throws.
    private func decodeItself<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
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

    /// Whether `decodeBuiltInValue` handles `type`. Not generic, so that asking costs no metadata lookup.
    private static func decodesBuiltIn(_ type: Any.Type) -> Bool {
        JSONScalar.isCommon(type) || type == JSONValue.self || type == Date.self || type == URL.self
            || type == UUID.self || type == Decimal.self
    }

    // Kept out of line: a generic function that handles a `T?` looks up `Optional<T>` metadata on entry,
    // which would cost every nested model a search of the runtime's metadata cache.
    @inline(never)
    private func decodeBuiltIn<T: Decodable>(_ type: T.Type) throws(JSONInputError) -> T {
        if let value = try decodeBuiltInValue(type) { return value }
        return try decodeItself(type)
    }

    private func decodeBuiltInValue<T>(_ type: T.Type) throws(JSONInputError) -> T? {
        do {
            if let scalar = try JSONScalar.common(value, as: type) { return scalar }
        } catch {
            throw mismatch(expected: error.expected)
        }
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
