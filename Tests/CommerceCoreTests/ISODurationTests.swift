@testable import CommerceCore
import Foundation
import Testing

@Suite("ISODuration parsing and date arithmetic")
struct ISODurationTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        return try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)))
    }

    @Test func parsesOneMonth() throws {
        let duration = try #require(ISODuration("P1M"))
        #expect(duration.years == 0)
        #expect(duration.months == 1)
        #expect(duration.days == 0)
        #expect(duration.seconds == 0)
        #expect(duration.totalMonths == 1)
        #expect(duration.description == "P1M")
    }

    @Test func parsesYears() throws {
        #expect(ISODuration("P1Y")?.years == 1)
        #expect(ISODuration("P1Y")?.totalMonths == 12)
        #expect(ISODuration("P3Y")?.years == 3)
        #expect(ISODuration("P3Y")?.totalMonths == 36)
    }

    @Test func parsesDaysAndWeeks() throws {
        #expect(ISODuration("P7D")?.days == 7)
        #expect(ISODuration("P2W")?.days == 14)
        #expect(ISODuration(days: 7) == ISODuration("P7D"))
    }

    @Test func parsesClockParts() throws {
        let minutes = try #require(ISODuration("PT15M"))
        #expect(minutes.months == 0)
        #expect(minutes.seconds == 900)
        let mixed = try #require(ISODuration("P1DT2H"))
        #expect(mixed.days == 1)
        #expect(mixed.seconds == 7_200)
        #expect(ISODuration("PT1.5S")?.seconds == 1.5)
    }

    @Test func lowercaseIsAccepted() {
        #expect(ISODuration("p1y")?.years == 1)
    }

    @Test(arguments: ["", "P", "1Y", "PT", "P1.5Y", "P-1D", "P1", "P1X", "PT1Y", "P1H", "PT1D", "P1T2H", "PTT1H", "P 1Y"])
    func rejectsMalformedDurations(text: String) {
        #expect(ISODuration(text) == nil, "'\(text)' should not parse")
    }

    @Test(arguments: ["P1YT", "P1Y1Y", "P1D1Y", "PT1S1H"])
    func rejectsDurationsOutsideTheISOGrammar(text: String) {
        #expect(ISODuration(text) == nil, "'\(text)' should not parse")
    }

    @Test func approximateSecondsUseThirtyDayMonthsAnd365DayYears() throws {
        #expect(ISODuration("P1M")?.approximateSeconds == 2_592_000.0) // 30 days
        #expect(ISODuration("P1Y")?.approximateSeconds == 31_536_000.0) // 365 days
        #expect(ISODuration("P1DT1H")?.approximateSeconds == 90_000.0)
    }

    @Test func addingOneMonthToJanuaryThirtyFirstLandsOnTheLastDayOfFebruary() throws {
        let oneMonth = try #require(ISODuration("P1M"))
        #expect(oneMonth.added(to: try utc(2024, 1, 31, 9, 30)) == (try utc(2024, 2, 29, 9, 30)))
        #expect(oneMonth.added(to: try utc(2023, 1, 31)) == (try utc(2023, 2, 28)))
        #expect(oneMonth.added(to: try utc(2024, 3, 31)) == (try utc(2024, 4, 30)))
        #expect(oneMonth.added(to: try utc(2024, 12, 31)) == (try utc(2025, 1, 31)))
    }

    @Test func addingYearsToALeapDayLandsOnFebruaryTwentyEighth() throws {
        #expect(ISODuration("P1Y")?.added(to: try utc(2024, 2, 29)) == (try utc(2025, 2, 28)))
        #expect(ISODuration("P3Y")?.added(to: try utc(2024, 6, 1, 12)) == (try utc(2027, 6, 1, 12)))
        #expect(ISODuration("P4Y")?.added(to: try utc(2024, 2, 29)) == (try utc(2028, 2, 29)))
    }

    @Test func addingDaysAndTimeCrossesMonthEnds() throws {
        #expect(ISODuration("P7D")?.added(to: try utc(2024, 2, 26)) == (try utc(2024, 3, 4)))
        #expect(ISODuration("P1DT2H")?.added(to: try utc(2024, 4, 30, 23)) == (try utc(2024, 5, 2, 1)))
        #expect(ISODuration("PT15M")?.added(to: try utc(2024, 12, 31, 23, 50)) == (try utc(2025, 1, 1, 0, 5)))
    }
}
