/// A free-form value written as its `encode(to:)` encodes it: integers that fit `Int64` or `UInt64` exactly,
/// other numbers through `Double`, object members sorted by key.
extension JSONValue: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        switch self {
        case .null:
            writer.writeNull()
        case .bool(let value):
            writer.writeBool(value)
        case .number(let number):
            if let integer = number.int64Value {
                writer.writeNumber(String(integer))
            } else if let integer = number.uint64Value {
                writer.writeNumber(String(integer))
            } else {
                writer.writeNumber(try JSONTreeEncoder.numberText(number.doubleValue))
            }
        case .string(let value):
            writer.writeString(value)
        case .array(let elements):
            try writer.writeArray(elements)
        case .object(let object):
            writer.beginObject()
            for member in KeyOrder.sorted(object.members.map { (key: $0.key, value: $0.value) }) {
                writer.writeKey(member.key)
                try member.value.writeJSON(to: &writer)
            }
            writer.endObject()
        }
    }
}
