/// Calendar arithmetic in the proleptic Gregorian calendar for years 1 through 9999, counting
/// days from 0001-01-01 (day 0), the same origin .NET uses for `DateTime.Ticks`.
enum ProlepticGregorianCalendar {
    /// Days in 400 Gregorian years.
    private static let daysPer400Years = 146_097
    /// Days in 100 years starting with a year divisible by 400 (the block after it has one fewer leap day).
    private static let daysPer100Years = 36_524
    /// Days in 4 years including one leap year.
    private static let daysPer4Years = 1_461
    /// Days before the first of each month in a common year.
    private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]

    /// Whether `year` has 29 February.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` (1–12) of `year`.
    static func daysInMonth(_ month: Int, year: Int) -> Int {
        let days = daysBeforeMonth[month] - daysBeforeMonth[month - 1]
        return month == 2 && isLeapYear(year) ? days + 1 : days
    }

    /// The day number of a valid date: 0 for 0001-01-01.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let previousYears = year - 1
        let leapDays = previousYears / 4 - previousYears / 100 + previousYears / 400
        let leapAdjustment = month > 2 && isLeapYear(year) ? 1 : 0
        return previousYears * 365 + leapDays + daysBeforeMonth[month - 1] + leapAdjustment + day - 1
    }

    /// The date of a non-negative day number.
    static func date(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        var remaining = dayNumber
        let cycles400 = remaining / daysPer400Years
        remaining -= cycles400 * daysPer400Years
        // The last century of a 400-year cycle is one day longer; cap so 31 December stays in it.
        let centuries = min(remaining / daysPer100Years, 3)
        remaining -= centuries * daysPer100Years
        let cycles4 = remaining / daysPer4Years
        remaining -= cycles4 * daysPer4Years
        // Likewise the fourth year of a 4-year block is the leap year.
        let years = min(remaining / 365, 3)
        remaining -= years * 365
        let year = cycles400 * 400 + centuries * 100 + cycles4 * 4 + years + 1
        let leap = isLeapYear(year) ? 1 : 0
        var month = 1
        while month < 12 {
            let daysBeforeNext = daysBeforeMonth[month] + (month >= 2 ? leap : 0)
            if remaining < daysBeforeNext { break }
            month += 1
        }
        let daysBefore = daysBeforeMonth[month - 1] + (month > 2 ? leap : 0)
        return (year, month, remaining - daysBefore + 1)
    }
}
