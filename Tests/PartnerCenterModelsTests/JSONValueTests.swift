import Foundation
import Testing
import PartnerCenterModels

@Suite("JSONValue")
struct JSONValueTests {
    @Test func readsValuesThroughAccessors() {
        let value: JSONValue = ["name": "cart", "items": [1, 2.5, true, nil], "nested": ["a": 1]]
        #expect(value["name"]?.stringValue == "cart")
        #expect(value["items"]?[1]?.numberValue?.doubleValue == 2.5)
        #expect(value["items"]?[2]?.boolValue == true)
        #expect(value["items"]?[3]?.isNull == true)
        #expect(value["items"]?[4] == nil)
        #expect(value["missing"] == nil)
        #expect(value["nested"]?.objectValue?.count == 1)
        #expect(value.nestingDepth == 2)
        #expect(JSONValue.string("x").nestingDepth == 0)
    }

    @Test func describesKindsForMessages() {
        #expect(JSONValue.null.kindDescription == "null")
        #expect(JSONValue.bool(false).kindDescription == "boolean false")
        #expect(JSONValue(floatLiteral: 1.5).kindDescription == "number 1.5")
        #expect(JSONValue.string(String(repeating: "a", count: 50)).kindDescription == "string \"" + String(repeating: "a", count: 40) + "…\"")
        #expect(JSONValue.array([]).kindDescription == "array")
        #expect(JSONValue.object([:]).kindDescription == "object")
    }

    @Test func editsObjectsKeepingOrder() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = nil
        object["a"] = 10
        object["d"] = 4
        #expect(object.keys == ["a", "c", "d"])
        #expect(object["a"] == 10)
        #expect(object.position(ofKey: "d") == 2)
        #expect(object == ["d": 4, "c": 3, "a": 10])
        #expect(object.map(\.key) == ["a", "c", "d"])
    }

    @Test func editsLargeObjectsTheSameWay() {
        // Past 16 members an object indexes its keys; lookups, replacement and removal must not change.
        var object = JSONObject((0..<40).map { ("k\($0)", JSONValue(integerLiteral: $0)) })
        object["k3"] = 300
        object["k10"] = nil
        object["new"] = "x"
        #expect(object.count == 40)
        #expect(object.keys.first == "k0" && object.keys[3] == "k3" && object.keys.last == "new")
        #expect(object["k3"] == 300 && object["k10"] == nil && object["k11"] == 11)
        #expect(object.position(ofKey: "k11") == 10)
        #expect(object.position(ofKey: "new") == 39)
        #expect(object.position(ofKey: "K11") == nil)
        for (position, member) in object.enumerated() {
            #expect(object.position(ofKey: member.key) == position)
        }
        var shrinking = object
        for index in 0..<40 where index != 10 { shrinking["k\(index)"] = nil }
        #expect(shrinking.keys == ["new"] && shrinking.position(ofKey: "new") == 0)
    }

    @Test func keepsTheFirstPositionAndLastValueOfRepeatedKeysAtAnySize() throws {
        for count in [3, 16, 17, 40] {
            let members = (0..<count).map { #""k\#($0)":\#($0)"# }.joined(separator: ",")
            let value = try JSONParser().parse("{" + members + #","k1":"again","k\#(count - 1)":"last"}"#)
            let object = try #require(value.objectValue)
            #expect(object.count == count)
            #expect(object.keys[1] == "k1" && object["k1"] == "again")
            #expect(object.position(ofKey: "k\(count - 1)") == count - 1 && object["k\(count - 1)"] == "last")
        }
    }

    @Test func matchesKeysByCanonicalEquivalence() {
        // "é" precomposed and decomposed are one key, as they are one `String`.
        var small: JSONObject = ["caf\u{E9}": 1]
        small["cafe\u{301}"] = 2
        #expect(small.count == 1 && small.position(ofKey: "cafe\u{301}") == 0 && small["caf\u{E9}"] == 2)
        var large = JSONObject((0..<20).map { ("k\($0)", JSONValue(integerLiteral: $0)) })
        large["caf\u{E9}"] = 1
        large["cafe\u{301}"] = 2
        #expect(large.count == 21 && large.position(ofKey: "cafe\u{301}") == 20 && large["caf\u{E9}"] == 2)
    }

    @Test func decodesThroughFoundationsDecoderToo() throws {
        let text = #"{"a":[1,-2,1.5,"s",true,null],"b":{"c":{}}}"#
        let viaFoundation = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(viaFoundation == (try JSONParser().parse(text)))
    }

    @Test func roundTripsThroughTheEncoder() throws {
        let original = try JSONParser().parse(#"{"big":18446744073709551615,"neg":-9223372036854775808,"f":0.25,"s":"\u00e9"}"#)
        let encoded = try PartnerJSONEncoder().encode(original)
        #expect(try JSONParser().parse(encoded) == original)
    }
}
