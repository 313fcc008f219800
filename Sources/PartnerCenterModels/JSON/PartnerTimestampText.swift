/// Reading and writing the text form of ``PartnerTimestamp`` by hand, digit by digit.
enum PartnerTimestampText {
    /// Ticks for accepted text (see ``PartnerTimestamp/parse(_:)``), or `nil`.
    static func ticks(parsing text: String) -> Int64? {
        var reader = DigitReader(bytes: Array(text.utf8))
        guard let year = reader.number(digits: 4), reader.skip("-"),
              let month = reader.number(digits: 2), reader.skip("-"),
              let day = reader.number(digits: 2),
              year >= 1, (1...12).contains(month),
              day >= 1, day <= ProlepticGregorianCalendar.daysInMonth(month, year: year) else { return nil }
        let midnight = Int64(ProlepticGregorianCalendar.dayNumber(year: year, month: month, day: day)) * PartnerTimestamp.ticksPerDay
        if reader.isAtEnd { return midnight }
        guard reader.skip("T") || reader.skip("t") || reader.skip(" "),
              let hour = reader.number(digits: 2), reader.skip(":"),
              let minute = reader.number(digits: 2), reader.skip(":"),
              let second = reader.number(digits: 2),
              hour <= 23, minute <= 59, second <= 59 else { return nil }
        var fraction: Int64 = 0
        if reader.skip(".") {
            var digits = 0
            while let digit = reader.digit() {
                if digits < 7 { fraction = fraction * 10 + Int64(digit) }
                digits += 1
            }
            guard digits > 0 else { return nil }
            for _ in min(digits, 7)..<7 { fraction *= 10 }
        }
        var offsetMinutes = 0
        if reader.skip("Z") || reader.skip("z") {
            offsetMinutes = 0
        } else if reader.skip("+") || reader.skip("-") {
            let sign = reader.previous == UInt8(ascii: "-") ? -1 : 1
            guard let offsetHours = reader.number(digits: 2), offsetHours <= 23 else { return nil }
            var extraMinutes = 0
            if reader.skip(":") || !reader.isAtEnd {
                guard let minutes = reader.number(digits: 2), minutes <= 59 else { return nil }
                extraMinutes = minutes
            }
            offsetMinutes = sign * (offsetHours * 60 + extraMinutes)
        }
        guard reader.isAtEnd else { return nil }
        let secondsOfDay = Int64(hour * 3600 + minute * 60 + second - offsetMinutes * 60)
        let ticks = midnight + secondsOfDay * PartnerTimestamp.ticksPerSecond + fraction
        guard ticks >= 0, ticks <= PartnerTimestamp.maximum.ticks else { return nil }
        return ticks
    }

    /// `YYYY-MM-DDTHH:MM:SS.FFFFFFFZ` for ticks within range.
    static func format(ticks: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(28)
        append(ticks: ticks, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the text ``format(ticks:)`` gives (28 ASCII bytes) to `bytes`.
    static func append(ticks: Int64, to bytes: inout [UInt8]) {
        let dayNumber = Int(ticks / PartnerTimestamp.ticksPerDay)
        let ticksOfDay = ticks % PartnerTimestamp.ticksPerDay
        let (year, month, day) = ProlepticGregorianCalendar.date(dayNumber: dayNumber)
        let seconds = Int(ticksOfDay / PartnerTimestamp.ticksPerSecond)
        let fraction = Int(ticksOfDay % PartnerTimestamp.ticksPerSecond)
        func appendDigits(_ value: Int, digits: Int) {
            var divisor = 1
            for _ in 1..<digits { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
                divisor /= 10
            }
        }
        appendDigits(year, digits: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, digits: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, digits: 2)
        bytes.append(UInt8(ascii: "T"))
        appendDigits(seconds / 3600, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(seconds / 60 % 60, digits: 2)
        bytes.append(UInt8(ascii: ":"))
        appendDigits(seconds % 60, digits: 2)
        bytes.append(UInt8(ascii: "."))
        appendDigits(fraction, digits: 7)
        bytes.append(UInt8(ascii: "Z"))
    }
}

/// A forward-only cursor over ASCII text that reads fixed-width decimal fields.
private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    var isAtEnd: Bool { index >= bytes.count }

    /// The byte just consumed.
    var previous: UInt8? { index > 0 && index <= bytes.count ? bytes[index - 1] : nil }

    /// Consumes `character` if it is next.
    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard index < bytes.count, character.isASCII, bytes[index] == UInt8(character.value) else { return false }
        index += 1
        return true
    }

    /// Consumes one decimal digit if one is next.
    mutating func digit() -> Int? {
        guard index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
        index += 1
        return Int(bytes[index - 1] - UInt8(ascii: "0"))
    }

    /// Consumes exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        var value = 0
        for _ in 0..<digits {
            guard let next = digit() else { return nil }
            value = value * 10 + next
        }
        return value
    }
}
