extension JSONSyntaxReader {
    /// Reads a string starting at its opening quote and decodes its escapes.
    mutating func readString() throws(JSONSyntaxFailure) -> String {
        let start = index
        index += 1
        var chunkStart = index
        var unescaped: [UInt8]? = nil
        while true {
            skipPlainStringBytes()
            guard index < bytes.count else { throw failure("unterminated string", at: start) }
            let current = bytes[index]
            if current == UInt8(ascii: "\"") {
                let text: String
                if var buffer = unescaped {
                    buffer.append(contentsOf: bytes[chunkStart..<index])
                    text = String(decoding: buffer, as: UTF8.self)
                } else {
                    text = makeString(chunkStart..<index)
                }
                index += 1
                return text
            } else if current == UInt8(ascii: "\\") {
                var buffer = unescaped ?? []
                buffer.append(contentsOf: bytes[chunkStart..<index])
                try readEscape(into: &buffer, stringStart: start)
                unescaped = buffer
                chunkStart = index
            } else if current < 0x20 {
                throw failure("control character \(JSONSyntaxReader.codePoint(UInt32(current))) must be escaped in a string")
            } else if current < 0x80 {
                index += 1
            } else if let length = validUTF8Length(at: index) {
                index += length
            } else {
                throw failure("invalid UTF-8 byte 0x\(String(current, radix: 16, uppercase: true)) in a string")
            }
        }
    }

    /// Moves past printable ASCII other than `"` and `\`, the bulk of most strings, in a loop that does
    /// nothing else.
    private mutating func skipPlainStringBytes() {
        let bytes = self.bytes
        var position = index
        while position < bytes.count {
            let byte = bytes[position]
            guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { break }
            position += 1
        }
        index = position
    }

    /// Reads one escape sequence starting at its backslash and appends its UTF-8 encoding.
    private mutating func readEscape(into buffer: inout [UInt8], stringStart: Int) throws(JSONSyntaxFailure) {
        let escapeStart = index
        index += 1
        guard let kind = peek else { throw failure("unterminated string", at: stringStart) }
        index += 1
        switch kind {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(kind)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try readHexUnit(escapeStart: escapeStart)
            var value = UInt32(unit)
            if (0xDC00...0xDFFF).contains(unit) {
                throw failure("unpaired UTF-16 surrogate \\u\(hex(unit)) in a string", at: escapeStart)
            }
            if (0xD800...0xDBFF).contains(unit) {
                guard byte(at: index) == UInt8(ascii: "\\"), byte(at: index + 1) == UInt8(ascii: "u") else {
                    throw failure("unpaired UTF-16 surrogate \\u\(hex(unit)) in a string", at: escapeStart)
                }
                let lowStart = index
                index += 2
                let low = try readHexUnit(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw failure("unpaired UTF-16 surrogate \\u\(hex(unit)) in a string", at: escapeStart)
                }
                value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw failure("invalid \\u escape in a string", at: escapeStart)
            }
            UTF8.encode(scalar) { buffer.append($0) }
        default:
            index = escapeStart
            let shown = kind > 0x20 && kind < 0x7F ? String(Character(Unicode.Scalar(kind))) : JSONSyntaxReader.codePoint(UInt32(kind))
            throw failure("invalid escape sequence '\\\(shown)' in a string")
        }
    }

    /// Reads the four hex digits after `\u`.
    private mutating func readHexUnit(escapeStart: Int) throws(JSONSyntaxFailure) -> UInt16 {
        var unit: UInt16 = 0
        for _ in 0..<4 {
            guard let digit = peek.flatMap(JSONSyntaxReader.hexDigitValue) else {
                throw failure("invalid \\u escape, expected four hex digits", at: escapeStart)
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }

    private static func hexDigitValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private func hex(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    /// Reads a number with RFC 8259 syntax and keeps its literal text.
    mutating func readNumber() throws(JSONSyntaxFailure) -> JSONNumber {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        switch peek {
        case UInt8(ascii: "0"):
            index += 1
            if let next = peek, isDigit(next) {
                throw failure("invalid number: leading zeros are not allowed", at: start)
            }
        case let digit? where isDigit(digit):
            skipDigits()
        default:
            throw failure("invalid number: expected a digit after '-'")
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let digit = peek, isDigit(digit) else { throw failure("invalid number: expected a digit after '.'") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let digit = peek, isDigit(digit) else { throw failure("invalid number: expected a digit in the exponent") }
            skipDigits()
        }
        return JSONNumber(validatedLiteral: makeString(start..<index))
    }

    /// A string from a range of bytes already known to be valid UTF-8.
    private func makeString(_ range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func skipDigits() {
        while let byte = peek, isDigit(byte) { index += 1 }
    }

    /// Reads `true`, `false` or `null`.
    mutating func readKeyword(_ keyword: String) throws(JSONSyntaxFailure) {
        let expected = keyword.utf8
        guard bytes.count - index >= expected.count, bytes[index..<index + expected.count].elementsEqual(expected) else {
            throw failure("invalid literal, expected '\(keyword)'")
        }
        index += expected.count
    }

    /// The length of the well-formed multi-byte UTF-8 sequence at `position`, or `nil` if the
    /// bytes there are not one (stray continuation bytes, overlong forms, encoded surrogates,
    /// code points above U+10FFFF, or a sequence cut short).
    func validUTF8Length(at position: Int) -> Int? {
        guard let lead = byte(at: position) else { return nil }
        let secondRange: ClosedRange<UInt8>
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2; secondRange = 0x80...0xBF
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; secondRange = 0x80...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; secondRange = 0x80...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard let second = byte(at: position + 1), secondRange.contains(second) else { return nil }
        for offset in 2..<length {
            guard let next = byte(at: position + offset), next & 0xC0 == 0x80 else { return nil }
        }
        return length
    }
}
