/// A position in JSON input text.
public struct JSONTextLocation: Sendable, Hashable, CustomStringConvertible {
    /// Bytes from the start of the input (a leading byte-order mark counts), from 0.
    public var offset: Int
    /// Line number, from 1. Lines end at line feed (`\n`).
    public var line: Int
    /// Column, from 1, counted in Unicode scalars from the start of the line (a leading
    /// byte-order mark is not counted).
    public var column: Int

    /// Creates a location from its parts.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Works out the line and column of a byte offset in `bytes`.
    init(offset: Int, in bytes: [UInt8]) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) && end >= 3 ? 3 : 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        self.init(offset: offset, line: line, column: column)
    }

    /// `line L, column C (byte B)`.
    public var description: String {
        "line \(line), column \(column) (byte \(offset))"
    }
}
