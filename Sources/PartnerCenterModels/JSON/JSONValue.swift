/// Any JSON value: the result of parsing a document, and a free-form value models can hold
/// (for example `[String: JSONValue]` for open-ended maps).
///
/// Numbers keep their literal text (see ``JSONNumber``) and objects keep member order
/// (see ``JSONObject``). `JSONValue` is `Codable`: it encodes back to plain JSON.
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept exactly as written.
    case number(JSONNumber)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, in document order.
    case object(JSONObject)

    /// `true` for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The Boolean, if this is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The number, if this is a number.
    public var numberValue: JSONNumber? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    /// The object, if this is an object.
    public var objectValue: JSONObject? {
        if case .object(let value) = self { return value }
        return nil
    }

    /// The member stored under exactly this key, if this is an object that has it.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The element at `index`, if this is an array long enough to have it.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }

    /// A short description of the value's kind and, for scalars, its content, as used in
    /// error messages: `null`, `boolean true`, `number 1.5`, `string "1"`, `array`, `object`.
    public var kindDescription: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return "boolean \(value)"
        case .number(let value): return "number \(JSONValue.abbreviated(value.literal))"
        case .string(let value): return "string \"\(JSONValue.abbreviated(value))\""
        case .array: return "array"
        case .object: return "object"
        }
    }

    private static func abbreviated(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// The greatest number of arrays and objects nested inside one another in this value
    /// (`0` for scalars, `1` for `[]`), measured without recursion.
    public var nestingDepth: Int {
        var deepest = 0
        var pending: [(value: JSONValue, depth: Int)] = []
        var current: JSONValue? = self
        var currentDepth = 0
        while let value = current {
            switch value {
            case .array(let elements):
                deepest = max(deepest, currentDepth + 1)
                for element in elements where element.isContainer {
                    pending.append((element, currentDepth + 1))
                }
            case .object(let object):
                deepest = max(deepest, currentDepth + 1)
                for member in object.members where member.value.isContainer {
                    pending.append((member.value, currentDepth + 1))
                }
            case .null, .bool, .number, .string:
                break
            }
            let next = pending.popLast()
            current = next?.value
            currentDepth = next?.depth ?? 0
        }
        return deepest
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: return true
        case .null, .bool, .number, .string: return false
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    /// Creates `null`.
    public init(nilLiteral: ()) { self = .null }
    /// Creates a Boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// Creates an integer number.
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    /// Creates a number; a non-finite literal becomes `null`.
    public init(floatLiteral value: Double) { self = JSONNumber(value).map(JSONValue.number) ?? .null }
    /// Creates a string.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates an array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Creates an object; a repeated key keeps its first position and last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) { self = .object(JSONObject(elements)) }
}
