/// A cursor over UTF-8 bytes that reads JSON structure: values, arrays, objects, whitespace
/// and comments. Scalars (strings, numbers, literals) are read in `JSONSyntaxReader+Scalars`.
struct JSONSyntaxReader {
    let bytes: [UInt8]
    let maxDepth: Int
    var index = 0

    init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    /// Reads one value that must span the whole input, after an optional byte-order mark.
    mutating func readDocument() throws(JSONSyntaxFailure) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        try skipInsignificant()
        let value = try readValue(depth: 0)
        try skipInsignificant()
        guard index == bytes.count else {
            throw failure("\(describeCurrent()) after the end of the document")
        }
        return value
    }

    /// Reads the value starting at the cursor; `depth` counts the arrays and objects around it.
    mutating func readValue(depth: Int) throws(JSONSyntaxFailure) -> JSONValue {
        guard index < bytes.count else { throw failure("expected a value, found end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object(try readObject(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try readArray(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): try readKeyword("true"); return .bool(true)
        case UInt8(ascii: "f"): try readKeyword("false"); return .bool(false)
        case UInt8(ascii: "n"): try readKeyword("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumber())
        default: throw failure(describeCurrent())
        }
    }

    private mutating func readArray(depth: Int) throws(JSONSyntaxFailure) -> [JSONValue] {
        try checkDepth(depth)
        index += 1
        var elements: [JSONValue] = []
        try skipInsignificant()
        if peek == UInt8(ascii: "]") {
            index += 1
            return elements
        }
        while true {
            do throws(JSONSyntaxFailure) {
                elements.append(try readValue(depth: depth))
            } catch {
                throw error.inside(.index(elements.count))
            }
            try skipInsignificant()
            switch peek {
            case UInt8(ascii: ","):
                index += 1
                try skipInsignificant()
                if peek == UInt8(ascii: "]") {
                    index += 1
                    return elements
                }
            case UInt8(ascii: "]"):
                index += 1
                return elements
            case nil:
                throw failure("unterminated array")
            default:
                throw failure("expected ',' or ']' after an array element, found \(describeCurrent(bare: true))")
            }
        }
    }

    private mutating func readObject(depth: Int) throws(JSONSyntaxFailure) -> JSONObject {
        try checkDepth(depth)
        index += 1
        var object = JSONObject()
        try skipInsignificant()
        if peek == UInt8(ascii: "}") {
            index += 1
            return object
        }
        while true {
            switch peek {
            case UInt8(ascii: "\""): break
            case nil: throw failure("unterminated object")
            default: throw failure("expected a property name in double quotes, found \(describeCurrent(bare: true))")
            }
            let key = try readString()
            try skipInsignificant()
            switch peek {
            case UInt8(ascii: ":"): index += 1
            case nil: throw failure("unterminated object")
            default: throw failure("expected ':' after a property name, found \(describeCurrent(bare: true))")
            }
            try skipInsignificant()
            do throws(JSONSyntaxFailure) {
                object[key] = try readValue(depth: depth)
            } catch {
                throw error.inside(.key(key))
            }
            try skipInsignificant()
            switch peek {
            case UInt8(ascii: ","):
                index += 1
                try skipInsignificant()
                if peek == UInt8(ascii: "}") {
                    index += 1
                    return object
                }
            case UInt8(ascii: "}"):
                index += 1
                return object
            case nil:
                throw failure("unterminated object")
            default:
                throw failure("expected ',' or '}' after an object member, found \(describeCurrent(bare: true))")
            }
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONSyntaxFailure) {
        if depth > maxDepth { throw failure("nesting deeper than \(maxDepth) levels") }
    }

    /// Skips whitespace, `// line` comments and `/* block */` comments.
    @inline(__always)
    mutating func skipInsignificant() throws(JSONSyntaxFailure) {
        // Compact input has nothing to skip: answer that without a call.
        guard index < bytes.count, bytes[index] <= 0x20 || bytes[index] == UInt8(ascii: "/") else { return }
        try skipInsignificantText()
    }

    private mutating func skipInsignificantText() throws(JSONSyntaxFailure) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09:
                index += 1
            case UInt8(ascii: "/"):
                let start = index
                switch byte(at: index + 1) {
                case UInt8(ascii: "/"):
                    index += 2
                    while index < bytes.count, bytes[index] != 0x0A {
                        try skipCommentCharacter()
                    }
                case UInt8(ascii: "*"):
                    index += 2
                    while !(byte(at: index) == UInt8(ascii: "*") && byte(at: index + 1) == UInt8(ascii: "/")) {
                        guard index < bytes.count else { throw failure("unterminated comment", at: start) }
                        try skipCommentCharacter()
                    }
                    index += 2
                default:
                    throw failure(describeCurrent())
                }
            default:
                return
            }
        }
    }

    /// Moves past one character of comment text, insisting that it is valid UTF-8.
    private mutating func skipCommentCharacter() throws(JSONSyntaxFailure) {
        if bytes[index] < 0x80 {
            index += 1
        } else if let length = validUTF8Length(at: index) {
            index += length
        } else {
            throw failure(describeCurrent())
        }
    }

    /// The byte under the cursor, or `nil` at the end of input.
    var peek: UInt8? { byte(at: index) }

    /// The byte at `position`, or `nil` past the end of input.
    func byte(at position: Int) -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    /// A failure at the cursor (or at `offset`).
    func failure(_ message: String, at offset: Int? = nil) -> JSONSyntaxFailure {
        JSONSyntaxFailure(message: message, offset: offset ?? index)
    }

    /// Describes the input at the cursor: `unexpected character 'x'`, `unexpected character U+0000`,
    /// `invalid UTF-8 byte 0xFF` or `unexpected end of input`; with `bare`, just `'x'`, `U+0000`,
    /// `invalid UTF-8 byte 0xFF` or `end of input`.
    func describeCurrent(bare: Bool = false) -> String {
        guard index < bytes.count else { return bare ? "end of input" : "unexpected end of input" }
        let prefix = bare ? "" : "unexpected character "
        let first = bytes[index]
        if first < 0x80 {
            if first > 0x20 && first < 0x7F { return prefix + "'\(Character(Unicode.Scalar(first)))'" }
            return prefix + JSONSyntaxReader.codePoint(UInt32(first))
        }
        guard let length = validUTF8Length(at: index) else {
            return "invalid UTF-8 byte 0x" + String(first, radix: 16, uppercase: true)
        }
        let text = String(decoding: bytes[index..<index + length], as: UTF8.self)
        let scalar = text.unicodeScalars.first.map { JSONSyntaxReader.codePoint($0.value) } ?? ""
        return prefix + "'\(text)' (\(scalar))"
    }

    /// `U+XXXX` for a code point.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
