import Foundation
import Testing
@testable import PartnerCenterModels

@Suite("JSONParser")
struct JSONParserTests {
    private let parser = JSONParser()

    private func parse(_ text: String) throws -> JSONValue {
        try parser.parse(text)
    }

    private func failure(_ bytes: [UInt8], maxDepth: Int = 64) -> JSONInputError? {
        do {
            _ = try JSONParser(maxDepth: maxDepth).parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    private func failure(_ text: String) -> JSONInputError? {
        failure(Array(text.utf8))
    }

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(#"{"a":null,"b":true,"c":false,"d":-12.5e2,"e":"x\n\"y\"","f":[1,[2]],"g":{}}"#)
        #expect(value["a"] == .null)
        #expect(value["b"] == .bool(true))
        #expect(value["c"] == .bool(false))
        #expect(value["d"]?.numberValue?.literal == "-12.5e2")
        #expect(value["e"] == .string("x\n\"y\""))
        #expect(value["f"] == [1, [2]])
        #expect(value["g"] == .object(JSONObject()))
    }

    @Test func keepsMemberOrderAndLetsTheLastDuplicateWin() throws {
        let value = try parse(#"{"z":1,"a":2,"z":3}"#)
        #expect(value.objectValue?.keys == ["z", "a"])
        #expect(value["z"] == 3)
    }

    @Test func acceptsLineAndBlockCommentsWhereverWhitespaceMayBe() throws {
        let text = """
        // leading comment
        /* block */ {
          "items" /* between key and colon */ : /* before value */ [
            1, // after an element
            /* inside array */ 2
            /* before closing */ ],
          // between members
          "name": "a // not a comment /* nor this */"
        } // trailing
        /* final */
        """
        let value = try parse(text)
        #expect(value["items"] == [1, 2])
        #expect(value["name"] == "a // not a comment /* nor this */")
    }

    @Test func acceptsCommentsAtEndOfInputWithoutNewline() throws {
        #expect(try parse("[1] // end") == [1])
        #expect(try parse("[1]/**/") == [1])
    }

    @Test func acceptsByteOrderMark() throws {
        let value = try parser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a":1}"#.utf8))
        #expect(value["a"] == 1)
    }

    @Test func acceptsTrailingCommas() throws {
        #expect(try parse("[1,2,]") == [1, 2])
        #expect(try parse(#"{"a":1,}"#) == ["a": 1])
        #expect(try parse("[1, /* c */ ]") == [1])
    }

    @Test func rejectsCommasWithoutValues() {
        #expect(failure("[,]")?.message == "unexpected character ','")
        #expect(failure("[1,,2]")?.path == "[1]")
        #expect(failure(#"{,}"#)?.message == "expected a property name in double quotes, found ','")
    }

    @Test func reportsUnterminatedStringWithLocationAndPath() throws {
        let error = try #require(failure("{\n  \"lineItems\": [\n    {\"catalogItemId\": \"abc"))
        #expect(error.message == "unterminated string")
        #expect(error.path == "lineItems[0].catalogItemId")
        #expect(error.location == JSONTextLocation(offset: 41, line: 3, column: 23))
    }

    @Test func reportsUnexpectedCharacters() {
        #expect(failure("[1, x]")?.message == "unexpected character 'x'")
        #expect(failure("[1 2]")?.message == "expected ',' or ']' after an array element, found '2'")
        #expect(failure(#"{"a" 1}"#)?.message == "expected ':' after a property name, found '1'")
        #expect(failure(#"{"a":1 "b":2}"#)?.message == "expected ',' or '}' after an object member, found '\"'")
        #expect(failure("{'a':1}")?.message == "expected a property name in double quotes, found '''")
        #expect(failure("[1] 2")?.message == "unexpected character '2' after the end of the document")
        #expect(failure("/ 1")?.message == "unexpected character '/'")
        #expect(failure("tru")?.message == "invalid literal, expected 'true'")
        #expect(failure("[é]")?.message == "unexpected character 'é' (U+00E9)")
    }

    @Test func reportsEndOfInput() {
        #expect(failure("")?.message == "expected a value, found end of input")
        #expect(failure("  // only a comment")?.message == "expected a value, found end of input")
        #expect(failure("[1,")?.message == "expected a value, found end of input")
        #expect(failure("[1")?.message == "unterminated array")
        #expect(failure(#"{"a":1"#)?.message == "unterminated object")
        #expect(failure(#"{"a""#)?.message == "unterminated object")
        #expect(failure("[1] /* open")?.message == "unterminated comment")
        #expect(failure("[1] /* open")?.location?.offset == 4)
    }

    @Test func reportsBadNumbers() {
        #expect(failure("01")?.message == "invalid number: leading zeros are not allowed")
        #expect(failure("-")?.message == "invalid number: expected a digit after '-'")
        #expect(failure("1.")?.message == "invalid number: expected a digit after '.'")
        #expect(failure("1e+")?.message == "invalid number: expected a digit in the exponent")
        #expect(failure("+1")?.message == "unexpected character '+'")
        #expect(failure(".5")?.message == "unexpected character '.'")
        #expect(failure(#"{"lineItems":[{"id":0},{"id":01}]}"#)?.path == "lineItems[1].id")
    }

    @Test func keepsHugeNumbersAsLiterals() throws {
        let value = try parse("[1e999999, -1e-999999, 123456789012345678901234567890]")
        #expect(value[0]?.numberValue?.literal == "1e999999")
        #expect(value[0]?.numberValue?.doubleValue == .infinity)
        #expect(value[0]?.numberValue?.isIntegral == true)
        #expect(value[0]?.numberValue?.int64Value == nil)
        #expect(value[1]?.numberValue?.isIntegral == false)
        #expect(value[2]?.numberValue?.uint64Value == nil)
    }

    @Test func reportsBadEscapes() {
        #expect(failure(#""\q""#)?.message == #"invalid escape sequence '\q' in a string"#)
        #expect(failure(#""\u12G4""#)?.message == #"invalid \u escape, expected four hex digits"#)
        #expect(failure("\"a\nb\"")?.message == "control character U+000A must be escaped in a string")
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try parse(#""\u00e9\/\b\f\n\r\t\\""#) == "é/\u{8}\u{c}\n\r\t\\")
        #expect(try parse(#""\ud83d\ude00""#) == "😀")
        #expect(try parse(#""\u0000""#) == "\u{0}")
    }

    @Test func rejectsLoneSurrogates() {
        #expect(failure(#""\ud800""#)?.message == #"unpaired UTF-16 surrogate \ud800 in a string"#)
        #expect(failure(#""\ud800x""#)?.message == #"unpaired UTF-16 surrogate \ud800 in a string"#)
        #expect(failure(#""\ud800\u0041""#)?.message == #"unpaired UTF-16 surrogate \ud800 in a string"#)
        #expect(failure(#""\udc00""#)?.message == #"unpaired UTF-16 surrogate \udc00 in a string"#)
        #expect(failure(#"{"a":["\ud800"]}"#)?.path == "a[0]")
    }

    @Test func rejectsInvalidUTF8() {
        #expect(failure([0x22, 0xFF, 0x22])?.message == "invalid UTF-8 byte 0xFF in a string")
        #expect(failure([0x22, 0xC0, 0x80, 0x22])?.message == "invalid UTF-8 byte 0xC0 in a string")
        #expect(failure([0x22, 0xED, 0xA0, 0x80, 0x22])?.message == "invalid UTF-8 byte 0xED in a string")
        #expect(failure([0x22, 0xE2, 0x82])?.message == "invalid UTF-8 byte 0xE2 in a string")
        #expect(failure([0x5B, 0x80, 0x5D])?.message == "invalid UTF-8 byte 0x80")
        #expect(failure(Array("[1] // ".utf8) + [0xFE])?.message == "invalid UTF-8 byte 0xFE")
    }

    @Test func acceptsValidMultiByteUTF8() throws {
        #expect(try parse("\"é€😀\"") == "é€😀")
    }

    @Test func rejectsNulBytes() {
        #expect(failure([0x00])?.message == "unexpected character U+0000")
        #expect(failure([0x5B, 0x31, 0x00, 0x5D])?.message == "expected ',' or ']' after an array element, found U+0000")
        #expect(failure([0x22, 0x00, 0x22])?.message == "control character U+0000 must be escaped in a string")
    }

    @Test func allowsSixtyFourLevelsAndRejectsSixtyFive() throws {
        let allowed = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
        #expect(try parse(allowed).nestingDepth == 64)
        let tooDeep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        let error = try #require(failure(tooDeep))
        #expect(error.message == "nesting deeper than 64 levels")
        #expect(error.location?.offset == 64)
        #expect(error.path == String(repeating: "[0]", count: 64))
    }

    @Test func limitsObjectNestingToo() throws {
        let text = String(repeating: #"{"a":"#, count: 4) + "1" + String(repeating: "}", count: 4)
        #expect(failure(Array(text.utf8), maxDepth: 3)?.message == "nesting deeper than 3 levels")
        #expect(failure(Array(text.utf8), maxDepth: 3)?.path == "a.a.a")
        #expect(failure(Array(text.utf8), maxDepth: 4) == nil)
    }

    @Test func stopsAtTheFirstBracketTooDeepInMegabytesOfThem() {
        for megabytes in [1, 10] {
            let brackets = [UInt8](repeating: UInt8(ascii: "["), count: megabytes << 20)
            let error = failure(brackets)
            #expect(error?.message == "nesting deeper than 64 levels")
            // The 65th bracket, at offset 64: nothing after it was read.
            #expect(error?.location?.offset == 64)
        }
    }

    @Test func clampsConfiguredDepth() {
        #expect(JSONParser(maxDepth: 0).maxDepth == 1)
        #expect(JSONParser(maxDepth: 1_000_000).maxDepth == JSONParser.maximumSupportedDepth)
    }

    @Test func survivesHostileInputs() {
        #expect(failure(Array(repeating: UInt8(ascii: "\""), count: 1) + Array(repeating: UInt8(ascii: "a"), count: 1 << 20))?.message == "unterminated string")
        #expect(failure("[" + String(repeating: "1,", count: 100_000)) != nil)
        #expect(failure(String(repeating: "9", count: 100_000)) == nil)
        #expect(failure("1e99999999999999999999999999") == nil)
    }

    @Test func comparesNumbersByValue() throws {
        #expect(JSONNumber(literal: "1.0") == JSONNumber(1))
        #expect(JSONNumber(literal: "10e-1") == JSONNumber(1))
        #expect(JSONNumber(literal: "1.5") != JSONNumber(1))
        #expect(JSONNumber(literal: "01") == nil)
        #expect(JSONNumber(literal: "-0")?.int64Value == 0)
        #expect(JSONNumber(literal: "-9223372036854775808")?.int64Value == Int64.min)
        #expect(JSONNumber(literal: "9223372036854775808")?.int64Value == nil)
        #expect(JSONNumber(literal: "18446744073709551615")?.uint64Value == UInt64.max)
        #expect(JSONNumber(literal: "1.25e2")?.int64Value == 125)
        #expect(JSONNumber(0.5)?.literal == "0.5")
        #expect(JSONNumber(Double.infinity) == nil)
        let set: Set<JSONValue> = [.number(JSONNumber(1)), 1.0, [1], ["a": 1, "b": 2], ["b": 2, "a": 1]]
        #expect(set.count == 3)
    }
}
