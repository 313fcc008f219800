import Foundation
import PartnerCenterModels
import Testing

/// The scalar-based whitespace checks give what Foundation's `.whitespaces` trimming gives.
@Suite("Whitespace")
struct WhitespaceTests {
    private let samples = [
        "", " ", "\t", "\u{00A0}", "\u{3000}", " \t\u{2009} ", "a", " a ", "\tMS-AZR-0145P\t", "\u{00A0}é\u{00A0}",
        "a b", " 🧾 ", "\n", " \n ", "x\n", "\u{200B}", " \u{200B} ",
    ]

    @Test func blankAndTrimmedTextMatchFoundation() {
        for sample in samples {
            let trimmed = sample.trimmingCharacters(in: .whitespaces)
            #expect(sample.trimmingWhitespace() == trimmed, "\(sample.unicodeScalars.map(\.value))")
            #expect(sample.isBlank == trimmed.isEmpty, "\(sample.unicodeScalars.map(\.value))")
            #expect(sample[...].trimmingWhitespace() == trimmed)
        }
    }

    @Test func everyScalarIsWhitespaceExactlyWhenFoundationSaysSo() {
        let disagreeing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            String(Character(scalar)).isBlank != CharacterSet.whitespaces.contains(scalar)
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.map(\.value))")
    }
}
