import Foundation

/// Writes a ``JSONTree`` as compact UTF-8 JSON with object members sorted by the UTF-8 bytes of their keys,
/// escaping strings as Foundation's `JSONEncoder` does with `.withoutEscapingSlashes`.
///
/// The scalar writers (strings, numbers, timestamps, literals) and the separators are also what
/// ``JSONDirectlyWritable`` values write themselves with, so that both paths spell every value with the same code.
struct JSONTreeWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ tree: JSONTree) {
        switch tree {
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            for (index, member) in members.sortedByKey().enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                writeString(member.key)
                bytes.append(UInt8(ascii: ":"))
                write(member.value)
            }
            bytes.append(UInt8(ascii: "}"))
        case .array(let elements):
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(element)
            }
            bytes.append(UInt8(ascii: "]"))
        case .string(let text):
            writeString(text)
        case .number(let text):
            writeNumber(text)
        case .bool(let value):
            writeBool(value)
        case .null:
            writeNull()
        case .deferred(let encoder):
            write(encoder.tree ?? .object(JSONTree.Members()))
        }
    }

    // MARK: Scalars

    /// Appends a number already spelled as it is written.
    mutating func writeNumber(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `true` or `false`.
    mutating func writeBool(_ value: Bool) {
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
    }

    /// Appends `null`.
    mutating func writeNull() {
        bytes.append(contentsOf: Self.nullBytes)
    }

    /// Appends `date` as a string in ``PartnerTimestamp``'s text: what writing the string
    /// `PartnerTimestamp.format(date)` appends (the text has nothing to escape), without making that string.
    mutating func writeTimestamp(_ date: Date) {
        bytes.append(UInt8(ascii: "\""))
        PartnerTimestampText.append(ticks: PartnerTimestamp(date).ticks, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` quoted, escaping quotes, backslashes and control characters.
    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Runs of bytes that need no escape are copied whole; most strings are one such run.
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                appendEscaped(byte)
                runStart = offset + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: Containers written member by member

    /// Opens an object.
    mutating func beginObject() {
        bytes.append(UInt8(ascii: "{"))
    }

    /// Closes the object opened last.
    mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
    }

    /// Opens an array.
    mutating func beginArray() {
        bytes.append(UInt8(ascii: "["))
    }

    /// Closes the array opened last.
    mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
    }

    /// Starts the next element of the array being written: a comma unless it is the first.
    ///
    /// A complete JSON value never ends with `[`, so the array is still empty exactly when `[` is the last byte.
    mutating func beginElement() {
        if bytes.last != UInt8(ascii: "[") { bytes.append(UInt8(ascii: ",")) }
    }

    /// Starts a member of the object being written with a key that needs no escaping (an identifier): a comma
    /// unless it is the first member, then `"key":`.
    ///
    /// A complete JSON value never ends with `{`, so the object is still empty exactly when `{` is the last byte.
    mutating func writeKey(_ key: StaticString) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// Starts a member of the object being written with any key, escaped as strings are: a comma unless it is the
    /// first member, then the key and `:`.
    mutating func writeKey(_ key: String) {
        if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
        case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                      Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
        }
    }
}
