/// One step from a JSON value to a value inside it: an object key or an array index.
enum JSONPathComponent: CodingKey, Sendable, Hashable {
    /// A member of an object, spelled as in the document.
    case key(String)
    /// An element of an array, counted from zero.
    case index(Int)

    var stringValue: String {
        switch self {
        case .key(let key): return key
        case .index(let index): return "Index \(index)"
        }
    }

    var intValue: Int? {
        switch self {
        case .key: return nil
        case .index(let index): return index
        }
    }

    init(stringValue: String) {
        self = .key(stringValue)
    }

    init(intValue: Int) {
        self = .index(intValue)
    }
}

/// Renders coding paths in JSON-path style relative to the document root.
///
/// The root itself is the empty string. Keys that look like identifiers are joined with dots
/// (`lineItems[2].quantity`); other keys use brackets and quotes (`attributes["object type"]`);
/// array indexes use brackets (`[2]`).
enum JSONPath {
    /// Renders a list of components.
    static func render(_ components: [JSONPathComponent]) -> String {
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where isIdentifier(key):
                text += text.isEmpty ? key : "." + key
            case .key(let key):
                text += "[\"\(escaped(key))\"]"
            }
        }
        return text
    }

    /// Renders a Swift coding path, recognising array positions both from this module's keys
    /// and from the standard library's convention (`stringValue` "Index N" with `intValue` N).
    static func render(_ codingPath: [any CodingKey]) -> String {
        render(codingPath.map(component(for:)))
    }

    /// Converts a coding key into a path component.
    static func component(for key: any CodingKey) -> JSONPathComponent {
        if let component = key as? JSONPathComponent { return component }
        if let index = key.intValue, key.stringValue == "Index \(index)" { return .index(index) }
        return .key(key.stringValue)
    }

    private static func isIdentifier(_ key: String) -> Bool {
        let bytes = Array(key.utf8)
        guard let first = bytes.first, !isDigit(first) else { return false }
        return bytes.allSatisfy { byte in
            isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "$")
                || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func escaped(_ key: String) -> String {
        var text = ""
        for character in key {
            if character == "\\" || character == "\"" { text.append("\\") }
            text.append(character)
        }
        return text
    }
}
