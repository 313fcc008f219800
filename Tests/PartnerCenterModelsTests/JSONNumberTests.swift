import Testing
import PartnerCenterModels

@Suite("JSONNumber")
struct JSONNumberTests {
    private static let literals = [
        "0", "-0", "7", "-7", "127", "128", "-128", "-129", "255", "256", "-1", "32767", "-32768", "65535", "65536",
        "2147483647", "-2147483648", "4294967295", "4294967296", "999999999999999999", "-999999999999999999",
        "1000000000000000000", "-1000000000000000000", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
        "123456789012345678901234567890", "1.0", "-1.0", "1.5", "25e-1", "250e-1", "1e2", "-1E+2", "0.000", "1e999999",
    ]

    @Test(arguments: literals)
    func convertsIntegersExactlyAtEveryWidth(literal: String) throws {
        let number = try #require(JSONNumber(literal: literal))
        // The reference: an integral literal's exact value, read through Double only where that is exact.
        let exact: Int64? = Int64(literal) ?? {
            let value = Double(literal) ?? .nan
            return value.rounded() == value && abs(value) < 1e15 ? Int64(value) : nil
        }()
        let unsigned = UInt64(literal) ?? exact.flatMap(UInt64.init(exactly:))
        #expect(number.integerValue(as: Int8.self) == exact.flatMap(Int8.init(exactly:)))
        #expect(number.integerValue(as: UInt8.self) == exact.flatMap(UInt8.init(exactly:)))
        #expect(number.integerValue(as: Int16.self) == exact.flatMap(Int16.init(exactly:)))
        #expect(number.integerValue(as: Int32.self) == exact.flatMap(Int32.init(exactly:)))
        #expect(number.integerValue(as: UInt32.self) == exact.flatMap(UInt32.init(exactly:)))
        #expect(number.integerValue(as: Int.self) == exact.flatMap(Int.init(exactly:)))
        #expect(number.int64Value == exact)
        #expect(number.uint64Value == unsigned)
        #expect(number.isIntegral == (Double(literal).map { $0.rounded() == $0 } ?? false))
    }
}
