import Foundation

/// An ISO 8601 duration such as `P1M`, `P1Y`, `P3Y`, `P7D` or `PT10S`: calendar parts (years, months, days)
/// and a clock part in seconds.
public struct ISODuration: Sendable, Equatable, CustomStringConvertible {
    /// Whole years.
    public var years: Int
    /// Whole months.
    public var months: Int
    /// Whole days (weeks count as 7 days).
    public var days: Int
    /// Hours, minutes and seconds, in seconds.
    public var seconds: Double
    /// The text it was parsed from.
    public let description: String

    /// Parses `PnYnMnWnDTnHnMnS`: every part optional but at least one present, each at most once and in
    /// that order, a `T` only before a time part; only seconds may have a fraction.
    public init?(_ text: String) {
        let upper = text.uppercased()
        guard upper.hasPrefix("P"), upper.count > 1, upper.count <= 64 else { return nil }
        var years = 0, months = 0, days = 0
        var seconds = 0.0
        var inTime = false
        var partsInTime = 0
        var lastRank = -1
        var number = ""
        var sawPart = false
        for character in upper.dropFirst() {
            if character.isASCII, character.isNumber || character == "." {
                number.append(character)
                continue
            }
            if character == "T" {
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
                lastRank = -1
                continue
            }
            guard let value = Double(number), value >= 0, value < 1_000_000 else { return nil }
            guard let rank = Self.rank(of: character, inTime: inTime), rank > lastRank else { return nil }
            lastRank = rank
            if character != "S" || !inTime, value != value.rounded() { return nil }
            let whole = Int(value)
            switch (character, inTime) {
            case ("Y", false): years = whole
            case ("M", false): months = whole
            case ("W", false): days += whole * 7
            case ("D", false): days += whole
            case ("H", true): seconds += value * 3600
            case ("M", true): seconds += value * 60
            default: seconds += value
            }
            if inTime { partsInTime += 1 }
            number = ""
            sawPart = true
        }
        guard sawPart, number.isEmpty, !inTime || partsInTime > 0 else { return nil }
        self.years = years
        self.months = months
        self.days = days
        self.seconds = seconds
        self.description = text
    }

    /// Where a designator stands among the date parts (`Y`, `M`, `W`, `D`) or the time parts (`H`, `M`, `S`);
    /// `nil` for a letter that is not one of them.
    private static func rank(of designator: Character, inTime: Bool) -> Int? {
        switch (designator, inTime) {
        case ("Y", false), ("H", true): 0
        case ("M", _): 1
        case ("W", false), ("S", true): 2
        case ("D", false): 3
        default: nil
        }
    }

    /// A duration of whole days, e.g. `P7D`.
    public init(days: Int) {
        years = 0
        months = 0
        self.days = days
        seconds = 0
        description = "P\(days)D"
    }

    /// This duration with its clock part set to `seconds` (e.g. `PT1S` from `ISODuration(days: 0)`).
    public func withSeconds(_ seconds: Double) -> ISODuration {
        var copy = ISODuration(days: days)
        copy.years = years
        copy.months = months
        copy.seconds = seconds
        return copy
    }

    /// The total number of months in the calendar part (years count 12); used to count billing periods.
    public var totalMonths: Int { years * 12 + months }

    /// `date` moved forward by this duration on the UTC Gregorian calendar.
    public func added(to date: Date) -> Date {
        let components = DateComponents(year: years, month: months, day: days)
        let calendarMoved = Self.utcGregorian.date(byAdding: components, to: date) ?? date
        return calendarMoved.addingTimeInterval(seconds)
    }

    /// Made once: each subscription's end date uses it, and a new calendar costs as much as the sum itself.
    private static let utcGregorian: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// An approximate length in seconds (30-day months, 365-day years), for limits and timers.
    public var approximateSeconds: Double {
        Double(years) * 365 * 86_400 + Double(months) * 30 * 86_400 + Double(days) * 86_400 + seconds
    }
}
