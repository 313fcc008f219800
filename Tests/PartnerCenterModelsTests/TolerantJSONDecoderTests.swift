import Foundation
import Testing
import PartnerCenterModels

private struct TestOrder: Decodable, Equatable {
    var lineItems: [TestItem]
    var addonItems: [String]?
}

private struct TestItem: Decodable, Equatable {
    var quantity: Int
    var note: String?
}

private struct Scalars: Decodable {
    var int: Int?
    var byte: UInt8?
    var double: Double?
    var float: Float?
    var flag: Bool?
    var text: String?
}

private struct Moment: Decodable {
    var at: Date
}

private struct Identified: Decodable {
    var id: UUID
    var link: URL
    var price: Decimal
}

private struct Term: Decodable {
    var duration: String

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        duration = try container.decode(String.self, forKey: .duration)
        guard duration.hasPrefix("P") else {
            throw DecodingError.dataCorruptedError(
                forKey: .duration, in: container, debugDescription: "expected an ISO 8601 duration, found \"\(duration)\""
            )
        }
    }

    private enum CodingKeys: String, CodingKey { case duration }
}

private struct Terms: Decodable {
    var terms: [Term]
}

private struct RejectsEverything: Decodable {
    struct Refusal: Error, CustomStringConvertible {
        var description: String { "refused by the model" }
    }

    init(from decoder: any Decoder) throws {
        throw Refusal()
    }
}

private struct Wrapper<Inner: Decodable>: Decodable {
    var inner: Inner
}

private struct Flexible: Decodable {
    var count: Int
    var extras: [String: JSONValue]?
}

private enum SpelledKey: String, CodingKey, CaseIterable {
    case lineItems, addonItems
}

private struct KeyLister: Decodable {
    var keys: [String]
    var containsAddons: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: SpelledKey.self)
        keys = container.allKeys.map(\.stringValue)
        containsAddons = container.contains(.addonItems)
    }
}

private class Base: Decodable {
    var name: String
    private enum CodingKeys: String, CodingKey { case name }
    required init(from decoder: any Decoder) throws {
        name = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .name)
    }
}

private final class Derived: Base {
    var level: Int
    private enum CodingKeys: String, CodingKey { case level }
    required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        level = try container.decode(Int.self, forKey: .level)
        try super.init(from: container.superDecoder())
    }
}

private final class TreeNode: Decodable {
    let children: [TreeNode]

    var height: Int { 1 + (children.map(\.height).max() ?? 0) }
}

@Suite("TolerantJSONDecoder")
struct TolerantJSONDecoderTests {
    private let decoder = TolerantJSONDecoder()

    private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }

    private func failure<T: Decodable>(_ type: T.Type, _ text: String) -> JSONInputError? {
        do {
            _ = try decoder.decode(type, from: Data(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: ["lineItems", "LineItems", "LINEITEMS", "lineitems"])
    func matchesKeysIgnoringCase(spelling: String) throws {
        let order = try decode(TestOrder.self, #"{"\#(spelling)":[{"QUANTITY":2}],"addOnItems":["x"]}"#)
        #expect(order == TestOrder(lineItems: [TestItem(quantity: 2)], addonItems: ["x"]))
    }

    @Test func prefersTheExactSpelling() throws {
        let order = try decode(TestOrder.self, #"{"LineItems":[{"quantity":1}],"lineItems":[{"quantity":2}]}"#)
        #expect(order.lineItems == [TestItem(quantity: 2)])
    }

    @Test func reportsPathsWithTheClientsSpelling() {
        let error = failure(TestOrder.self, #"{"LineItems":[{"Quantity":1},{"Quantity":"1"}]}"#)
        #expect(error == JSONInputError(path: "LineItems[1].Quantity", message: #"expected an integer, found string "1""#))
    }

    @Test func reportsMissingProperties() {
        #expect(failure(TestOrder.self, #"{"lineItems":[{},{}]}"#)
            == JSONInputError(path: "lineItems[0].quantity", message: "required property is missing"))
        #expect(failure(TestOrder.self, "{}") == JSONInputError(path: "lineItems", message: "required property is missing"))
    }

    @Test func reportsWrongContainerKinds() {
        #expect(failure(TestOrder.self, "[]") == JSONInputError(path: "", message: "expected an object, found array"))
        #expect(failure(TestOrder.self, #"{"lineItems":{}}"#) == JSONInputError(path: "lineItems", message: "expected an array, found object"))
        #expect(failure([Int].self, "[1,[2]]") == JSONInputError(path: "[1]", message: "expected an integer, found array"))
    }

    @Test func treatsExplicitNullAsAbsent() throws {
        let order = try decode(TestOrder.self, #"{"lineItems":[{"quantity":1,"note":null}],"addonItems":null}"#)
        #expect(order.addonItems == nil)
        #expect(order.lineItems[0].note == nil)
        #expect(try decode([Int?].self, "[1,null]") == [1, nil])
        #expect(failure(TestItem.self, #"{"quantity":null}"#) == JSONInputError(path: "quantity", message: "expected an integer, found null"))
    }

    @Test func decodesIntegersStrictly() throws {
        #expect(try decode(Scalars.self, #"{"int":1.0}"#).int == 1)
        #expect(try decode(Scalars.self, #"{"int":250e-1}"#).int == 25)
        #expect(failure(Scalars.self, #"{"int":1.5}"#) == JSONInputError(path: "int", message: "expected an integer, found number 1.5"))
        #expect(failure(Scalars.self, #"{"int":"1"}"#) == JSONInputError(path: "int", message: #"expected an integer, found string "1""#))
        #expect(failure(Scalars.self, #"{"int":true}"#)?.message == "expected an integer, found boolean true")
        #expect(failure(Scalars.self, #"{"byte":300}"#)?.message == "expected an integer in the range 0...255, found number 300")
        #expect(failure(Scalars.self, #"{"byte":-1}"#)?.message == "expected an integer in the range 0...255, found number -1")
        #expect(failure(Int.self, "1e999999")?.message
            == "expected an integer in the range -9223372036854775808...9223372036854775807, found number 1e999999")
        #expect(try decode(Int64.self, "-9223372036854775808") == Int64.min)
        #expect(try decode(UInt64.self, "18446744073709551615") == UInt64.max)
    }

    @Test func decodesOtherScalarsStrictly() throws {
        let scalars = try decode(Scalars.self, #"{"double":1,"float":0.5,"flag":false,"text":"t"}"#)
        #expect(scalars.double == 1 && scalars.float == 0.5 && scalars.flag == false && scalars.text == "t")
        #expect(failure(Scalars.self, #"{"double":"1"}"#)?.message == #"expected a number, found string "1""#)
        #expect(failure(Scalars.self, #"{"double":1e999999}"#)?.message == "expected a number within the range of Double, found number 1e999999")
        #expect(failure(Scalars.self, #"{"float":1e39}"#)?.message == "expected a number within the range of Float, found number 1e39")
        #expect(failure(Scalars.self, #"{"flag":1}"#)?.message == "expected a boolean, found number 1")
        #expect(failure(Scalars.self, #"{"flag":"true"}"#)?.message == #"expected a boolean, found string "true""#)
        #expect(failure(Scalars.self, #"{"text":1}"#)?.message == "expected a string, found number 1")
        #expect(failure(Scalars.self, #"{"text":{}}"#)?.message == "expected a string, found object")
    }

    @Test func decodesFoundationTypesFromStrings() throws {
        let value = try decode(Identified.self, #"{"id":"1c461a25-f729-4fa5-aadb-280947dd05e8","link":"/customers/1/carts","price":"12.50"}"#)
        #expect(value.id == UUID(uuidString: "1C461A25-F729-4FA5-AADB-280947DD05E8"))
        #expect(value.link.path == "/customers/1/carts")
        #expect(value.price == Decimal(string: "12.5"))
        #expect(try decode(Decimal.self, "0.1") == Decimal(string: "0.1"))
        #expect(failure(UUID.self, #""nope""#)?.message == #"expected a UUID such as 1C461A25-F729-4FA5-AADB-280947DD05E8, found string "nope""#)
        #expect(failure(Decimal.self, #""12,5""#)?.message == #"expected a decimal number, found string "12,5""#)
        #expect(failure(URL.self, "1")?.message == "expected a URL, found number 1")
    }

    @Test func decodesDates() throws {
        let moment = try decode(Moment.self, #"{"At":"2019-01-16T00:45:41Z"}"#)
        #expect(PartnerTimestamp.format(moment.at) == "2019-01-16T00:45:41.0000000Z")
        #expect(failure(Moment.self, #"{"at":"yesterday"}"#)
            == JSONInputError(path: "at", message: #"expected a timestamp such as 2019-01-16T00:45:41.6062996Z, found string "yesterday""#))
        #expect(failure(Moment.self, #"{"at":0}"#)?.message == "expected a timestamp string, found number 0")
    }

    @Test func convertsDecodingErrorsThrownByModels() {
        let error = failure(Terms.self, #"{"terms":[{"duration":"P1Y"},{"duration":"1Y"}]}"#)
        #expect(error == JSONInputError(path: "terms[1].duration", message: #"expected an ISO 8601 duration, found "1Y""#))
    }

    @Test func reportsOtherModelErrorsAtTheirPath() {
        #expect(failure(Wrapper<[RejectsEverything]>.self, #"{"inner":[1]}"#)
            == JSONInputError(path: "inner[0]", message: "refused by the model"))
        #expect(failure(RejectsEverything.self, "1") == JSONInputError(path: "", message: "refused by the model"))
    }

    @Test func reportsReadingPastTheEndOfAnArray() {
        #expect(failure(Wrapper<[Int]>.self, #"{"inner":[1,"2"]}"#)?.path == "inner[1]")
        struct Pair: Decodable {
            init(from decoder: any Decoder) throws {
                var elements = try decoder.unkeyedContainer()
                _ = try elements.decode(Int.self)
                _ = try elements.decode(Int.self)
            }
        }
        #expect(failure(Pair.self, "[1]") == JSONInputError(path: "[1]", message: "expected another array element, found end of array (1 elements)"))
    }

    @Test func keepsFreeFormValuesExactly() throws {
        let value = try decode(Flexible.self, #"{"count":1,"extras":{"z":1.50,"a":[true,null]}}"#)
        #expect(value.extras?["z"]?.numberValue?.literal == "1.50")
        #expect(value.extras?["a"] == [true, nil])
        let raw = try decode(JSONValue.self, #"{"z":1,"a":2}"#)
        #expect(raw.objectValue?.keys == ["z", "a"])
        #expect(try decode([String: String].self, #"{"subscriptionId":"x","Scope":"shared"}"#) == ["subscriptionId": "x", "Scope": "shared"])
    }

    @Test func listsKeysConsistentlyWithLookup() throws {
        let lister = try decode(KeyLister.self, #"{"LINEITEMS":[],"AddOnItems":[],"other":1}"#)
        #expect(lister.keys == ["lineItems", "addonItems"])
        #expect(lister.containsAddons)
    }

    @Test func supportsSuperDecoders() throws {
        let derived = try decode(Derived.self, #"{"level":2,"super":{"name":"base"}}"#)
        #expect(derived.level == 2 && derived.name == "base")
        #expect(failure(Derived.self, #"{"level":2}"#) == JSONInputError(path: "super", message: "expected an object, found null"))
    }

    @Test func decodesFromParsedValuesAndChecksTheirDepth() throws {
        let value: JSONValue = ["lineItems": [["quantity": 3]]]
        #expect(try decoder.decode(TestOrder.self, from: value).lineItems == [TestItem(quantity: 3)])
        var deep: JSONValue = 1
        for _ in 0..<70 { deep = [deep] }
        #expect(throws: JSONInputError(path: "", message: "nesting deeper than 64 levels")) {
            try decoder.decode(JSONValue.self, from: deep)
        }
    }

    @Test func decodesRecursiveModelsAtTheDeepestSupportedNesting() throws {
        let levels = JSONParser.maximumSupportedDepth / 2
        let text = String(repeating: #"{"children":["#, count: levels) + String(repeating: "]}", count: levels)
        let deepDecoder = TolerantJSONDecoder(maxDepth: .max)
        #expect(try deepDecoder.decode(TreeNode.self, from: Data(text.utf8)).height == levels)
        let tooDeep = #"{"children":["# + text + "]}"
        #expect(throws: JSONInputError.self) { try deepDecoder.decode(TreeNode.self, from: Data(tooDeep.utf8)) }
    }

    @Test func reportsSyntaxErrorsAsInputErrors() {
        let error = failure(TestOrder.self, #"{"lineItems":[{"quantity":1},]"#)
        #expect(error?.message == "unterminated object")
        #expect(error?.location?.line == 1)
    }

    @Test func passesUserInfoToModels() throws {
        let tenant = try #require(CodingUserInfoKey(rawValue: "tenant"))
        struct Reader: Decodable {
            var seen: String?
            init(from decoder: any Decoder) throws {
                seen = decoder.userInfo.first { $0.key.rawValue == "tenant" }?.value as? String
            }
        }
        var custom = TolerantJSONDecoder()
        custom.userInfo[tenant] = "contoso"
        #expect(try custom.decode(Reader.self, from: Data("{}".utf8)).seen == "contoso")
    }

    @Test func describesErrors() {
        #expect(JSONInputError(path: "", message: "m").description == "(root): m")
        #expect(JSONInputError(path: "a", message: "m", location: JSONTextLocation(offset: 3, line: 1, column: 4)).description
            == "a: m at line 1, column 4 (byte 3)")
    }
}
