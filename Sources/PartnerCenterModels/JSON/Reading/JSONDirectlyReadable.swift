import Foundation

/// A type that reads itself from a parsed value member by member, without going through `Decodable`, when the
/// value has exactly the form ``PartnerJSONEncoder`` writes for it.
///
/// The written form is narrow: every key spelled as the encoder spells it, no `null` (the encoder omits absent
/// members), no member the type does not write, and every value of the type it was written as. For such a value
/// the direct reading gives the same value as decoding; anything else throws ``NotWrittenForm``, and
/// ``TolerantJSONDecoder`` decodes it through `Decodable` instead, with its tolerance and its error messages.
/// The decoder tries the direct reading first for every type that offers it.
protocol JSONDirectlyReadable {
    /// Reads the value from its written form.
    init(writtenForm value: JSONValue) throws(NotWrittenForm)
}

/// A value that is not in the form the encoder writes (see ``JSONDirectlyReadable``).
struct NotWrittenForm: Error {}

extension JSONValue {
    /// The members of an object.
    func writtenMembers() throws(NotWrittenForm) -> JSONObject {
        guard case .object(let object) = self else { throw NotWrittenForm() }
        return object
    }

    func writtenString() throws(NotWrittenForm) -> String {
        guard case .string(let text) = self else { throw NotWrittenForm() }
        return text
    }

    func writtenBool() throws(NotWrittenForm) -> Bool {
        guard case .bool(let flag) = self else { throw NotWrittenForm() }
        return flag
    }

    /// An integer, as decoding reads one: an integral number in range.
    func writtenInt() throws(NotWrittenForm) -> Int {
        guard case .number(let number) = self, let integer = number.integerValue(as: Int.self) else { throw NotWrittenForm() }
        return integer
    }

    /// A finite number, as decoding reads a `Double`.
    func writtenDouble() throws(NotWrittenForm) -> Double {
        guard case .number(let number) = self else { throw NotWrittenForm() }
        let value = number.doubleValue
        guard value.isFinite else { throw NotWrittenForm() }
        return value
    }

    /// A timestamp, as decoding reads a `Date`.
    func writtenDate() throws(NotWrittenForm) -> Date {
        guard case .string(let text) = self, let date = PartnerTimestamp.parse(text) else { throw NotWrittenForm() }
        return date
    }

    /// An enumeration case spelled exactly as it is written.
    func writtenCase<E: WireEnum>(of type: E.Type) throws(NotWrittenForm) -> E {
        guard case .string(let text) = self, let value = E(rawValue: text) else { throw NotWrittenForm() }
        return value
    }

    /// An object whose members are all strings.
    func writtenStringMap() throws(NotWrittenForm) -> [String: String] {
        let object = try writtenMembers()
        var map: [String: String] = [:]
        map.reserveCapacity(object.count)
        for member in object {
            map[member.key] = try member.value.writtenString()
        }
        return map
    }

    /// The strings of an object whose only members are `key` and `value`, each of them optional.
    func writtenKeyAndValue() throws(NotWrittenForm) -> (key: String?, value: String?) {
        var pair: (key: String?, value: String?) = (nil, nil)
        for member in try writtenMembers() {
            switch member.key {
            case "key": pair.key = try member.value.writtenString()
            case "value": pair.value = try member.value.writtenString()
            default: throw NotWrittenForm()
            }
        }
        return pair
    }

    /// An array of values that are each in their written form.
    func writtenArray<Element: JSONDirectlyReadable>(of type: Element.Type) throws(NotWrittenForm) -> [Element] {
        guard case .array(let elements) = self else { throw NotWrittenForm() }
        var values: [Element] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            values.append(try Element(writtenForm: element))
        }
        return values
    }
}
