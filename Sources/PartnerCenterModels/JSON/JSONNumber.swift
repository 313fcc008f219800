import Foundation

/// A JSON number kept exactly as written, so integers and fractions can be told apart
/// without any loss of precision.
///
/// The number is stored as its RFC 8259 literal text (for example `42`, `-0.5`, `1e999999`).
/// Conversions to Swift numeric types are exact where the type allows it and report when a
/// value does not fit instead of silently rounding or wrapping.
///
/// Two numbers are equal when both are integers that fit in `Int64` and have the same value
/// (so `1`, `1.0` and `10e-1` are equal), or when neither is such an integer and their `Double`
/// values are equal. Hashing follows the same rule.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The number's literal text, always valid RFC 8259 number syntax.
    public let literal: String

    /// Creates a number from literal text that has already been validated as RFC 8259 syntax.
    init(validatedLiteral: String) {
        literal = validatedLiteral
    }

    /// Creates a number from a signed integer.
    public init(_ value: Int64) {
        literal = String(value)
    }

    /// Creates a number from a signed integer.
    public init(_ value: Int) {
        literal = String(value)
    }

    /// Creates a number from an unsigned integer.
    public init(_ value: UInt64) {
        literal = String(value)
    }

    /// Creates a number from a floating-point value; returns `nil` for infinities and NaN,
    /// which JSON cannot represent.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        literal = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }

    /// Creates a number from literal text, or returns `nil` if the text is not RFC 8259 number syntax.
    public init?(literal text: String) {
        guard JSONNumber.isValidLiteral(Array(text.utf8)) else { return nil }
        literal = text
    }

    /// The literal text.
    public var description: String { literal }

    /// `true` when the number has no fractional part (`3`, `3.0`, `3e2`), however large.
    public var isIntegral: Bool {
        switch integerForm {
        case .value, .outOfRange: return true
        case .fraction: return false
        }
    }

    /// The exact value as `Int64`, or `nil` when the number has a fractional part or does not fit.
    public var int64Value: Int64? { integerValue(as: Int64.self) }

    /// The exact value as `UInt64`, or `nil` when the number is negative, fractional or does not fit.
    public var uint64Value: UInt64? { integerValue(as: UInt64.self) }

    /// The nearest `Double`; infinite when the magnitude exceeds `Double.greatestFiniteMagnitude`.
    public var doubleValue: Double { Double(literal) ?? .nan }

    /// The value as `Decimal`, or `nil` when it is outside `Decimal`'s range.
    public var decimalValue: Decimal? {
        guard let decimal = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")),
              !decimal.isNaN else { return nil }
        return decimal
    }

    /// The exact value converted to any fixed-width integer type, or `nil` when it has a
    /// fractional part or lies outside that type's range.
    public func integerValue<I: FixedWidthInteger>(as type: I.Type) -> I? {
        if let plain = plainInteger { return I(exactly: plain) }
        guard case .value(let negative, let magnitude) = integerForm else { return nil }
        if !negative || magnitude == 0 {
            return I(exactly: magnitude)
        }
        guard I.isSigned, let belowMagnitude = I(exactly: magnitude - 1) else { return nil }
        return 0 - belowMagnitude - 1
    }

    /// The value of a literal that is only an optional minus sign and at most 18 digits, the way integers
    /// are usually written, read without the general classification's allocations; `nil` for any other
    /// literal.
    private var plainInteger: Int64? {
        var value: Int64 = 0
        var negative = false
        var digits = 0
        for byte in literal.utf8 {
            if byte == UInt8(ascii: "-"), digits == 0, !negative {
                negative = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }

    /// How the number relates to the integers.
    enum IntegerForm: Equatable {
        /// An integer whose magnitude fits in `UInt64`.
        case value(negative: Bool, magnitude: UInt64)
        /// An integer too large for `UInt64`.
        case outOfRange
        /// A number with a non-zero fractional part.
        case fraction
    }

    /// Classifies the literal exactly, without ever materialising huge powers of ten.
    var integerForm: IntegerForm {
        let bytes = Array(literal.utf8)
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index += 1 }
        var significant: [UInt8] = []
        var fractionDigits = 0
        var inFraction = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                inFraction = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                break
            } else {
                if !significant.isEmpty || byte != UInt8(ascii: "0") {
                    significant.append(byte &- UInt8(ascii: "0"))
                }
                if inFraction { fractionDigits += 1 }
            }
            index += 1
        }
        var exponent = 0
        if index < bytes.count {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            while index < bytes.count {
                exponent = min(exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")), 1_000_000_000)
                index += 1
            }
            if exponentNegative { exponent = -exponent }
        }
        while let last = significant.last, last == 0 {
            significant.removeLast()
            exponent += 1
        }
        if significant.isEmpty { return .value(negative: false, magnitude: 0) }
        let scale = exponent - fractionDigits
        if scale < 0 { return .fraction }
        if significant.count + scale > 20 { return .outOfRange }
        var magnitude: UInt64 = 0
        for digit in significant + Array(repeating: 0, count: scale) {
            let (timesTen, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = timesTen.addingReportingOverflow(UInt64(digit))
            if overflowA || overflowB { return .outOfRange }
            magnitude = sum
        }
        return .value(negative: negative, magnitude: magnitude)
    }

    /// Checks RFC 8259 number syntax: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isValidLiteral(_ bytes: [UInt8]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }

    /// Numbers compare as described on the type.
    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        switch (lhs.int64Value, rhs.int64Value) {
        case let (left?, right?): return left == right
        case (nil, nil): return lhs.doubleValue == rhs.doubleValue
        default: return false
        }
    }

    /// Hashes consistently with `==`.
    public func hash(into hasher: inout Hasher) {
        if let integer = int64Value {
            hasher.combine(0 as UInt8)
            hasher.combine(integer)
        } else {
            hasher.combine(1 as UInt8)
            hasher.combine(doubleValue)
        }
    }
}
