import Foundation

/// A UTC instant with 100-nanosecond precision, written the way Partner Center (.NET) writes
/// timestamps: `2019-01-16T00:45:41.6062996Z`.
///
/// `ticks` counts 100 ns intervals since 0001-01-01T00:00:00Z in the proleptic Gregorian
/// calendar, exactly like .NET's `DateTime.Ticks`; the range is years 0001 through 9999.
///
/// Use this type in a model when a timestamp must survive a round trip digit for digit. `Date`
/// stores a `Double` number of seconds, which from 2018 onwards is coarser than 100 ns, so
/// `format(parse(x))` can differ from `x` by one tick there; it is always stable (formatting
/// the result again gives the same text), and exact for dates before 2018 and whole seconds.
public struct PartnerTimestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// 100 ns intervals in a second.
    public static let ticksPerSecond: Int64 = 10_000_000
    /// 100 ns intervals in a day.
    public static let ticksPerDay: Int64 = 86_400 * ticksPerSecond
    /// The earliest instant: 0001-01-01T00:00:00Z.
    public static let minimum = PartnerTimestamp(uncheckedTicks: 0)
    /// The latest instant: 9999-12-31T23:59:59.9999999Z.
    public static let maximum = PartnerTimestamp(
        uncheckedTicks: Int64(ProlepticGregorianCalendar.dayNumber(year: 9999, month: 12, day: 31) + 1) * ticksPerDay - 1
    )
    /// Ticks at Foundation's reference date, 2001-01-01T00:00:00Z.
    private static let referenceDateTicks =
        Int64(ProlepticGregorianCalendar.dayNumber(year: 2001, month: 1, day: 1)) * ticksPerDay

    /// 100 ns intervals since 0001-01-01T00:00:00Z.
    public let ticks: Int64

    private init(uncheckedTicks: Int64) {
        ticks = uncheckedTicks
    }

    /// Creates a timestamp from ticks, or returns `nil` outside years 0001–9999.
    public init?(ticks: Int64) {
        guard ticks >= 0, ticks <= PartnerTimestamp.maximum.ticks else { return nil }
        self.ticks = ticks
    }

    /// Parses any accepted text form (see ``parse(_:)``), or returns `nil`.
    public init?(parsing text: String) {
        guard let ticks = PartnerTimestampText.ticks(parsing: text) else { return nil }
        self.init(uncheckedTicks: ticks)
    }

    /// The tick nearest to `date`, clamped to ``minimum`` and ``maximum`` (NaN gives ``minimum``).
    public init(_ date: Date) {
        let seconds = date.timeIntervalSinceReferenceDate
        let lowest = Double(-PartnerTimestamp.referenceDateTicks / PartnerTimestamp.ticksPerSecond)
        let highest = Double((PartnerTimestamp.maximum.ticks - PartnerTimestamp.referenceDateTicks) / PartnerTimestamp.ticksPerSecond)
        guard !seconds.isNaN, seconds >= lowest else {
            self = .minimum
            return
        }
        guard seconds <= highest + 1 else {
            self = .maximum
            return
        }
        let whole = seconds.rounded(.down)
        let fraction = Int64(((seconds - whole) * Double(PartnerTimestamp.ticksPerSecond)).rounded())
        let ticks = PartnerTimestamp.referenceDateTicks + Int64(whole) * PartnerTimestamp.ticksPerSecond + fraction
        self.init(uncheckedTicks: min(ticks, PartnerTimestamp.maximum.ticks))
    }

    /// The nearest `Date` (see the type's note on precision).
    public var date: Date {
        let sinceReference = ticks - PartnerTimestamp.referenceDateTicks
        var seconds = sinceReference / PartnerTimestamp.ticksPerSecond
        var remainder = sinceReference % PartnerTimestamp.ticksPerSecond
        if remainder < 0 {
            seconds -= 1
            remainder += PartnerTimestamp.ticksPerSecond
        }
        return Date(timeIntervalSinceReferenceDate: Double(seconds) + Double(remainder) / Double(PartnerTimestamp.ticksPerSecond))
    }

    /// The canonical text: UTC, seven fractional digits, `Z`.
    public var description: String {
        PartnerTimestampText.format(ticks: ticks)
    }

    /// Parses a timestamp in any of the forms Partner Center and its clients use:
    /// - `2019-01-16T00:45:41.6062996Z` (fractions of any length; digits after the seventh are truncated)
    /// - `2019-01-16T00:48:44.76+00:00`, `2018-03-06T17:37:05.253-08:00` (also `+0800` and `+08`)
    /// - `2019-01-16T00:45:41Z`
    /// - `0001-01-01T00:00:00` (no zone means UTC)
    /// - `2019-01-16` (midnight UTC)
    ///
    /// `T` may also be `t` or a space and `Z` may be `z`. Returns `nil` for anything else,
    /// including impossible dates and instants outside years 0001–9999 once converted to UTC.
    public static func parse(_ text: String) -> Date? {
        PartnerTimestamp(parsing: text)?.date
    }

    /// Formats `date` in UTC with exactly seven fractional digits and `Z`, such as
    /// `2019-01-16T00:45:41.6062996Z`, rounding to the nearest 100 ns and clamping to years 0001–9999.
    public static func format(_ date: Date) -> String {
        PartnerTimestamp(date).description
    }

    /// Orders timestamps chronologically.
    public static func < (lhs: PartnerTimestamp, rhs: PartnerTimestamp) -> Bool {
        lhs.ticks < rhs.ticks
    }

    /// Decodes from a string in any form ``parse(_:)`` accepts.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let timestamp = PartnerTimestamp(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected a timestamp such as 2019-01-16T00:45:41.6062996Z, found string \"\(text)\""
            )
        }
        self = timestamp
    }

    /// Encodes as the canonical text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
