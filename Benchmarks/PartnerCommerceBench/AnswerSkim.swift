/// Reads the few members the benchmark checks straight from an answer's bytes, without building the document.
///
/// The load generator shares the server's cores, and parsing each checkout answer (four orders) into a tree took
/// about a quarter of its CPU. Here the top-level object is walked once: the wanted member is read, and every other
/// value is stepped over by its brackets and strings. Anything that is not a well-formed top-level object gives
/// `nil`, which the benchmark counts as a failed check.
struct AnswerSkim {
    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The top-level member `key` when it is a string without escapes.
    func string(_ key: String) -> String? {
        guard let start = valueStart(key), bytes[start] == UInt8(ascii: "\""),
              let end = stringEnd(from: start) else { return nil }
        let content = bytes[(start + 1)..<(end - 1)]
        guard !content.contains(UInt8(ascii: "\\")) else { return nil }
        return String(decoding: content, as: UTF8.self)
    }

    /// The top-level member `key` when it is a whole number.
    func integer(_ key: String) -> Int? {
        guard let start = valueStart(key), let end = valueEnd(from: start) else { return nil }
        return Int(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// How many objects the top-level array `key` holds; `nil` if it is not an array of objects.
    func objectCount(_ key: String) -> Int? {
        guard let start = valueStart(key), bytes[start] == UInt8(ascii: "[") else { return nil }
        var index = skipSpace(start + 1)
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "]") { return 0 }
        var count = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), let end = valueEnd(from: index) else { return nil }
            count += 1
            index = skipSpace(end)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { return count }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpace(index + 1)
        }
        return nil
    }

    /// Where the value of the top-level member `key` begins.
    private func valueStart(_ key: String) -> Int? {
        let wanted = Array(key.utf8)
        var index = skipSpace(0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index = skipSpace(index + 1)
        while index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
            guard let keyEnd = stringEnd(from: index) else { return nil }
            let matches = bytes[(index + 1)..<(keyEnd - 1)].elementsEqual(wanted)
            index = skipSpace(keyEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = skipSpace(index + 1)
            guard index < bytes.count else { return nil }
            if matches { return index }
            guard let valueEnd = valueEnd(from: index) else { return nil }
            index = skipSpace(valueEnd)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpace(index + 1)
        }
        return nil
    }

    /// Just past the value that begins at `start`: a string, a bracketed value, or a bare word or number.
    private func valueEnd(from start: Int) -> Int? {
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return stringEnd(from: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var index = start
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    guard let end = stringEnd(from: index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            return nil
        default:
            var index = start
            while index < bytes.count, !Self.endsBareValue(bytes[index]) { index += 1 }
            return index > start ? index : nil
        }
    }

    /// Just past the closing quote of the string that opens at `start`.
    private func stringEnd(from start: Int) -> Int? {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    private func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static func endsBareValue(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
    }
}
