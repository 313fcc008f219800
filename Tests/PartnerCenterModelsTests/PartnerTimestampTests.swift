import Foundation
import Testing
import PartnerCenterModels

@Suite("PartnerTimestamp")
struct PartnerTimestampTests {
    private func canonical(_ text: String) -> String? {
        PartnerTimestamp(parsing: text)?.description
    }

    @Test(arguments: [
        ("2019-01-16T00:45:41.6062996Z", "2019-01-16T00:45:41.6062996Z"),
        ("2019-01-16T00:48:44.76+00:00", "2019-01-16T00:48:44.7600000Z"),
        ("2018-03-06T17:37:05.253-08:00", "2018-03-07T01:37:05.2530000Z"),
        ("2019-01-16T00:45:41Z", "2019-01-16T00:45:41.0000000Z"),
        ("0001-01-01T00:00:00", "0001-01-01T00:00:00.0000000Z"),
        ("2019-01-16", "2019-01-16T00:00:00.0000000Z"),
        ("2019-01-16T00:45:41.123456789Z", "2019-01-16T00:45:41.1234567Z"),
        ("2019-01-16t00:45:41z", "2019-01-16T00:45:41.0000000Z"),
        ("2019-01-16 00:45:41+0530", "2019-01-15T19:15:41.0000000Z"),
        ("2019-01-16T00:45:41+01", "2019-01-15T23:45:41.0000000Z"),
        ("2020-02-29T23:59:59.9999999Z", "2020-02-29T23:59:59.9999999Z"),
        ("2000-02-29T12:00:00Z", "2000-02-29T12:00:00.0000000Z"),
        ("9999-12-31T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999Z"),
    ])
    func parsesAcceptedForms(input: String, expected: String) {
        #expect(canonical(input) == expected)
    }

    @Test(arguments: [
        "", "2019", "2019-1-16", "2019-13-01", "2019-02-29", "1900-02-29", "0000-01-01", "2019-01-16T",
        "2019-01-16T24:00:00Z", "2019-01-16T00:60:00Z", "2019-01-16T00:00:60Z", "2019-01-16T00:00:00.Z",
        "2019-01-16T00:00:00+24:00", "2019-01-16T00:00:00Zjunk", "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00", "2019-01-16T00:45", "２０１９-01-16",
    ])
    func rejectsOtherText(input: String) {
        #expect(PartnerTimestamp.parse(input) == nil)
    }

    @Test func matchesNetTicks() throws {
        #expect(PartnerTimestamp(parsing: "0001-01-01T00:00:00Z")?.ticks == 0)
        #expect(PartnerTimestamp(parsing: "2001-01-01T00:00:00Z")?.ticks == 631_139_040_000_000_000)
        #expect(PartnerTimestamp(parsing: "1970-01-01T00:00:00Z")?.ticks == 621_355_968_000_000_000)
        #expect(PartnerTimestamp.maximum.ticks == 3_155_378_975_999_999_999)
        #expect(PartnerTimestamp(ticks: -1) == nil)
    }

    @Test func convertsToAndFromDate() throws {
        #expect(PartnerTimestamp.parse("1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(PartnerTimestamp.parse("2001-01-01T00:00:00.5Z") == Date(timeIntervalSinceReferenceDate: 0.5))
        #expect(PartnerTimestamp.format(Date(timeIntervalSince1970: 1_547_599_541.25)) == "2019-01-16T00:45:41.2500000Z")
        let zero = try #require(PartnerTimestamp.parse("0001-01-01T00:00:00"))
        #expect(PartnerTimestamp.format(zero) == "0001-01-01T00:00:00.0000000Z")
        #expect(PartnerTimestamp.format(Date.distantPast) == "0001-01-01T00:00:00.0000000Z")
        #expect(PartnerTimestamp.format(Date(timeIntervalSinceReferenceDate: -1e300)) == "0001-01-01T00:00:00.0000000Z")
        #expect(PartnerTimestamp.format(Date(timeIntervalSinceReferenceDate: .infinity)) == "9999-12-31T23:59:59.9999999Z")
        #expect(PartnerTimestamp.format(Date(timeIntervalSinceReferenceDate: .nan)) == "0001-01-01T00:00:00.0000000Z")
    }

    @Test func agreesWithFoundationsCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for dayStep in stride(from: 0, to: 3_000_000, by: 7_919) {
            let date = Date(timeIntervalSince1970: Double(dayStep - 1_000_000) * 86_400 + 3_723)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let year = try #require(parts.year), month = try #require(parts.month), day = try #require(parts.day)
            guard parts.era == 1, year >= 1600 else { continue }
            let expected = String(format: "%04d-%02d-%02dT01:02:03.0000000Z", year, month, day)
            #expect(PartnerTimestamp.format(date) == expected)
            #expect(PartnerTimestamp.parse(expected) == date)
        }
    }

    @Test func roundTripsSevenDigitsExactlyThroughTheTimestampType() {
        for text in ["2019-01-16T00:45:41.6062996Z", "0001-01-01T00:00:00.0000001Z", "0001-01-01T12:34:56.7890123Z",
                     "1601-06-30T08:00:00.5000000Z", "2024-02-29T23:59:59.9999999Z", "9999-12-31T23:59:59.9999999Z"] {
            #expect(canonical(text) == text)
        }
    }

    @Test func roundTripsThroughDateStably() throws {
        let sample = "2019-01-16T00:45:41.6062996Z"
        let date = try #require(PartnerTimestamp.parse(sample))
        #expect(PartnerTimestamp.format(date) == sample)
        let zero = "0001-01-01T00:00:00.0000000Z"
        #expect(PartnerTimestamp.parse(zero).map(PartnerTimestamp.format) == zero)
        var ticks: Int64 = 1
        for _ in 0..<2_000 {
            ticks = (ticks &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407) & Int64.max
            let timestamp = try #require(PartnerTimestamp(ticks: ticks % PartnerTimestamp.maximum.ticks))
            let once = PartnerTimestamp.format(timestamp.date)
            let twice = PartnerTimestamp.format(try #require(PartnerTimestamp.parse(once)))
            #expect(once == twice)
            let drift = try #require(PartnerTimestamp(parsing: once)).ticks - timestamp.ticks
            #expect(abs(drift) <= PartnerTimestamp.ticksPerSecond / 10)
        }
    }

    @Test func roundTripsEveryTickBefore2018ThroughDate() throws {
        let start = try #require(PartnerTimestamp(parsing: "2017-12-31T23:59:59.9990000Z")).ticks
        for offset: Int64 in 0..<10_000 {
            let timestamp = try #require(PartnerTimestamp(ticks: start + offset))
            #expect(PartnerTimestamp(timestamp.date) == timestamp)
        }
    }

    @Test func codesAsCanonicalText() throws {
        let decoded = try TolerantJSONDecoder().decode([PartnerTimestamp].self, from: Data(#"["2019-01-16T00:48:44.76+00:00"]"#.utf8))
        #expect(decoded.map(\.description) == ["2019-01-16T00:48:44.7600000Z"])
        let encoded = try PartnerJSONEncoder().encode(decoded)
        #expect(String(decoding: encoded, as: UTF8.self) == #"["2019-01-16T00:48:44.7600000Z"]"#)
        #expect(throws: JSONInputError(path: "[0]", message: #"expected a timestamp such as 2019-01-16T00:45:41.6062996Z, found string "x""#)) {
            try TolerantJSONDecoder().decode([PartnerTimestamp].self, from: Data(#"["x"]"#.utf8))
        }
    }
}
