@testable import CommerceCore
import Foundation
import Testing

@Suite("Matching text ignoring case, as Foundation's case-insensitive comparison does")
struct CaseInsensitiveMatchTests {
    private static let samples = [
        "", "P1M", "p1m", "P1Y", "p1y", "P3Y", "P1M ", " P1M", "P1", "P1MX", "@", "`", "[", "{", "Z", "z",
        "straße", "STRASSE", "Straße", "ÉTÉ", "été", "P1M\u{0}", "P1M\u{301}", "p1m\u{301}", "İ", "i", "ı", "I",
        "Ⅻ", "ⅻ", "ﬀ", "FF", "ǅ", "ǆ", "Ǆ", "😀", "😀A", "😀a", "A😀", "a😀",
    ]

    @Test func agreesWithFoundationOnEveryPair() {
        for left in Self.samples {
            for right in Self.samples {
                #expect(left.matchesIgnoringCase(right) == (left.caseInsensitiveCompare(right) == .orderedSame),
                        "\(left.debugDescription) vs \(right.debugDescription)")
            }
        }
    }

    @Test func agreesWithFoundationOnEveryPairOfPrintableASCIICharacters() {
        let characters = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        for left in characters {
            for right in characters {
                #expect(left.matchesIgnoringCase(right) == (left.caseInsensitiveCompare(right) == .orderedSame))
            }
        }
    }
}
