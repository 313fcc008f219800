import Foundation
import Testing
@testable import PartnerCenterModels

private struct Everything: Encodable {
    var text: String
    var whole: Double
    var fraction: Double
    var tiny: Double
    var huge: Double
    var single: Float
    var smallest: Int64
    var largest: UInt64
    var flag: Bool
    var missing: String?
    var date: Date
    var decimal: Decimal
    var url: URL
    var bytes: Data
    var sortedByBytes: [String: Int]
    var nested: [[String: [Int?]]]
    var free: JSONValue
}

/// Encodes with a super-encoder and nested containers, which synthesized conformances never use.
private struct HandWritten: Encodable {
    enum Key: String, CodingKey { case inner, list, base }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        var inner = container.nestedContainer(keyedBy: Key.self, forKey: .inner)
        try inner.encode("value", forKey: .base)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode(1)
        var element = list.nestedContainer(keyedBy: Key.self)
        try element.encodeNil(forKey: .inner)
        try (7 as Int).encode(to: container.superEncoder(forKey: .base))
    }
}

/// Encodes some keys more than once; the last value of each is the one written.
private struct RepeatedKeys: Encodable {
    enum Key: String, CodingKey { case b, a, c }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(1, forKey: .b)
        try container.encode("first", forKey: .a)
        try container.encode(true, forKey: .c)
        try container.encode(2, forKey: .b)
        try container.encode("second", forKey: .a)
        try container.encode(3, forKey: .b)
    }
}

/// The fast encoder writes exactly what Foundation's encoder writes with the same options.
@Suite("JSONTreeEncoder")
struct JSONTreeEncoderTests {
    private let encoder = PartnerJSONEncoder()

    private func expectSameBytes<T: Encodable>(_ value: T) throws {
        let fast = try encoder.encode(value)
        let foundation = try encoder.encodeWithFoundation(value)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: foundation, as: UTF8.self))
    }

    @Test func everyKindOfValueMatchesFoundation() throws {
        let controlCharacters = String(decoding: (0..<0x20).map { UInt8($0) } + [0x7F], as: UTF8.self)
        try expectSameBytes(Everything(
            text: "quote \" backslash \\ slash / unicode é 🧾 control \(controlCharacters)",
            whole: 12, fraction: 12.5, tiny: 1e-7, huge: 1e20, single: 0.1, smallest: .min, largest: .max, flag: true,
            missing: nil, date: Date(timeIntervalSince1970: 1_547_599_541.6062996), decimal: Decimal(string: "12.34") ?? 0,
            url: URL(fileURLWithPath: "/customers/a b"), bytes: Data([0, 1, 254, 255]),
            sortedByBytes: ["a": 1, "B": 2, "_": 3, "aa": 4, "é": 5, "Z": 6, "a1": 7, "a_": 8, "": 9],
            nested: [["x": [1, nil, 3]], [:]], free: ["z": 1, "a": [true, nil, "x/y", 1.5, -0.25], "m": [:]]))
    }

    @Test func nestedContainersAndSuperEncodersMatchFoundation() throws {
        try expectSameBytes(HandWritten())
        try expectSameBytes([HandWritten(), HandWritten()])
    }

    @Test func aKeyEncodedTwiceKeepsItsLastValue() throws {
        #expect(String(decoding: try encoder.encode(RepeatedKeys()), as: UTF8.self) == #"{"a":"second","b":3,"c":true}"#)
        try expectSameBytes(RepeatedKeys())
    }

    @Test func topLevelFragmentsMatchFoundation() throws {
        try expectSameBytes("text")
        try expectSameBytes(3.0)
        try expectSameBytes([String]())
        try expectSameBytes(Optional<Int>.none)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: EncodingError.self) { try encoder.encode(["value": Double.nan]) }
        #expect(throws: EncodingError.self) { try encoder.encode([Float.infinity]) }
    }
}

@Suite("Flat JSON objects")
struct FlatObjectTests {
    @Test func aFlatObjectIsWhatTheEncoderWritesForAStringDictionary() throws {
        let members = ["path": "/v1/customers", "message": "line \"one\"\n\ttwo", "é": "ü", "": "empty key"]
        #expect(PartnerJSONEncoder.flatObject(members) == (try PartnerJSONEncoder().encodeWithFoundation(members)))
        #expect(PartnerJSONEncoder.flatObject([:]) == Data("{}".utf8))
    }

    @Test func ofMembersGivenInOrderTheLastOfAKeyIsWritten() {
        let members: [(key: String, value: String)] = [("b", "first"), ("a", "x"), ("b", "second"), ("c", "y")]
        #expect(String(decoding: PartnerJSONEncoder.flatObject(members), as: UTF8.self) == #"{"a":"x","b":"second","c":"y"}"#)
    }
}
