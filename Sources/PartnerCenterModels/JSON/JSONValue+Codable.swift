extension JSONValue: Codable {
    /// Decodes any JSON value.
    ///
    /// With ``TolerantJSONDecoder`` the parsed value is taken over as is (member order and
    /// number literals preserved). With other decoders the value is rebuilt from containers,
    /// trying null, Boolean, integer, floating point, string, array and object in that order.
    public init(from decoder: any Decoder) throws {
        if let jsonDecoder = decoder as? JSONValueDecoder {
            self = jsonDecoder.value
            return
        }
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() {
                self = .null
                return
            }
            if let value = try? single.decode(Bool.self) {
                self = .bool(value)
                return
            }
            if let value = try? single.decode(Int64.self) {
                self = .number(JSONNumber(value))
                return
            }
            if let value = try? single.decode(UInt64.self) {
                self = .number(JSONNumber(value))
                return
            }
            if let value = try? single.decode(Double.self), let number = JSONNumber(value) {
                self = .number(number)
                return
            }
            if let value = try? single.decode(String.self) {
                self = .string(value)
                return
            }
        }
        if var elements = try? decoder.unkeyedContainer() {
            var array: [JSONValue] = []
            while !elements.isAtEnd {
                array.append(try elements.decode(JSONValue.self))
            }
            self = .array(array)
            return
        }
        let members = try decoder.container(keyedBy: JSONPathComponent.self)
        var object = JSONObject()
        for key in members.allKeys {
            object[key.stringValue] = try members.decode(JSONValue.self, forKey: key)
        }
        self = .object(object)
    }

    /// Encodes the value as plain JSON, objects in member order.
    ///
    /// Integers that fit in `Int64` or `UInt64` are written exactly; other numbers are written
    /// through `Double`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .number(let number):
            var container = encoder.singleValueContainer()
            if let integer = number.int64Value {
                try container.encode(integer)
            } else if let integer = number.uint64Value {
                try container.encode(integer)
            } else {
                try container.encode(number.doubleValue)
            }
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements {
                try container.encode(element)
            }
        case .object(let object):
            var container = encoder.container(keyedBy: JSONPathComponent.self)
            for member in object.members {
                try container.encode(member.value, forKey: .key(member.key))
            }
        }
    }
}
