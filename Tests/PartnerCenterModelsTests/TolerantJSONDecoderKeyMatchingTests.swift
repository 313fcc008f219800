import Foundation
import Testing
import PartnerCenterModels

private struct Named: Decodable, Equatable {
    var key: Int?
    var name: String?
}

/// Decodes a member by a coding key chosen at run time.
private struct Picked: Decodable {
    static let wanted = CodingUserInfoKey(rawValue: "wanted")

    var value: Int?

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let name = Self.wanted.flatMap { decoder.userInfo[$0] as? String } ?? ""
        value = try decoder.container(keyedBy: AnyKey.self).decodeIfPresent(Int.self, forKey: AnyKey(stringValue: name))
    }
}

/// Records the coding paths and context it is decoded with, at any depth.
private struct PathRecorder: Decodable {
    var decoderPath: [String]
    var containerPath: [String]
    var tenant: String?

    init(from decoder: any Decoder) throws {
        decoderPath = decoder.codingPath.map(\.stringValue)
        containerPath = try decoder.container(keyedBy: PathRecorderKey.self).codingPath.map(\.stringValue)
        tenant = decoder.userInfo.first { $0.key.rawValue == "tenant" }?.value as? String
    }

    private struct PathRecorderKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

private struct Outer: Decodable {
    var items: [[String: PathRecorder]]
}

@Suite("TolerantJSONDecoder key matching")
struct TolerantJSONDecoderKeyMatchingTests {
    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try TolerantJSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// An object with `count` filler members around the given ones.
    private func object(count: Int, with members: String) -> String {
        "{" + (0..<count).map { #""filler\#($0)":\#($0),"# }.joined() + members + "}"
    }

    @Test(arguments: [0, 20])
    func matchesAnyCaseInSmallAndLargeObjects(fillers: Int) throws {
        #expect(try decode(Named.self, object(count: fillers, with: #""KEY":1,"Name":"a""#)) == Named(key: 1, name: "a"))
        // The exact spelling wins over an earlier or later case-insensitive match.
        #expect(try decode(Named.self, object(count: fillers, with: #""KEY":1,"key":2,"Key":3"#)).key == 2)
        // Without an exact match, the last case-insensitive one wins.
        #expect(try decode(Named.self, object(count: fillers, with: #""KEY":1,"kEy":2,"Kmy":3"#)).key == 2)
        #expect(try decode(Named.self, object(count: fillers, with: #""keys":1,"ke":2,"nam":"x""#)) == Named())
    }

    @Test(arguments: [0, 20])
    func matchesKeysThatOnlyLowercasingMakesEqual(fillers: Int) throws {
        // U+212A KELVIN SIGN lowercases to "k", so "\u{212A}EY" matches the coding key "key".
        #expect(try decode(Named.self, object(count: fillers, with: #""\u212AEY":4"#)).key == 4)
        // A non-ASCII coding key is compared the same way.
        let userInfoKey = try #require(Picked.wanted)
        var decoder = TolerantJSONDecoder()
        decoder.userInfo[userInfoKey] = "ÉTÉ"
        let text = object(count: fillers, with: #""été":5"#)
        #expect(try decoder.decode(Picked.self, from: Data(text.utf8)).value == 5)
        decoder.userInfo[userInfoKey] = "\u{212A}ey"
        #expect(try decoder.decode(Picked.self, from: Data(object(count: fillers, with: #""KEY":6"#).utf8)).value == 6)
        decoder.userInfo[userInfoKey] = "kex"
        #expect(try decoder.decode(Picked.self, from: Data(object(count: fillers, with: #""KEY":6"#).utf8)).value == nil)
    }

    @Test(arguments: [0, 20])
    func reportsErrorsAtTheSpellingSent(fillers: Int) {
        #expect(throws: JSONInputError(path: "[\"\u{212A}EY\"]", message: #"expected an integer, found string "x""#)) {
            try decode(Named.self, object(count: fillers, with: #""\u212AEY":"x""#))
        }
        #expect(throws: JSONInputError(path: "NAME", message: "expected a string, found number 1")) {
            try decode(Named.self, object(count: fillers, with: #""NAME":1"#))
        }
    }

    @Test func buildsCodingPathsAndContextOnlyWhenAskedButCorrectly() throws {
        let tenant = try #require(CodingUserInfoKey(rawValue: "tenant"))
        var decoder = TolerantJSONDecoder()
        decoder.userInfo[tenant] = "contoso"
        let text = #"{"Items":[{"a":{}},{"b":{},"c d":{}}]}"#
        let outer = try decoder.decode(Outer.self, from: Data(text.utf8))
        let second = try #require(outer.items.last)
        #expect(outer.items.first?["a"]?.decoderPath == ["Items", "Index 0", "a"])
        #expect(second["c d"]?.decoderPath == ["Items", "Index 1", "c d"])
        #expect(second["c d"]?.containerPath == ["Items", "Index 1", "c d"])
        #expect(second["b"]?.tenant == "contoso")
    }

    @Test func decodesScalarsInsideArraysAndDictionariesStrictly() throws {
        #expect(try decode([String: Int].self, #"{"a":1,"b":2.0}"#) == ["a": 1, "b": 2])
        #expect(try decode([[Double]].self, "[[1,2.5],[]]") == [[1, 2.5], []])
        #expect(try decode([Bool?].self, "[true,null,false]") == [true, nil, false])
        #expect(throws: JSONInputError(path: "[1][0]", message: #"expected a number, found string "1""#)) {
            try decode([[Double]].self, #"[[1],["1"]]"#)
        }
        #expect(throws: JSONInputError(path: #"["b c"]"#, message: "expected an integer, found number 2.5")) {
            try decode([String: Int].self, #"{"a":1,"b c":2.5}"#)
        }
        #expect(throws: JSONInputError(path: "x[2]", message: "expected a string, found null")) {
            try decode([String: [String]].self, #"{"x":["a","b",null]}"#)
        }
    }
}
