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
