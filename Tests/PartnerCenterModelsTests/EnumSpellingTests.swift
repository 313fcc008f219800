import Foundation
import Testing
import PartnerCenterModels

@Suite("EnumSpelling")
struct EnumSpellingTests {
    @Test(arguments: ["one_time", "OneTime", "oneTime", "onetime", "ONE_TIME", "one-time", "One Time"])
    func foldsSpellingsOfOneTime(spelling: String) {
        #expect(EnumSpelling.key(spelling) == "onetime")
    }

    @Test(arguments: ["one_time", "OneTime", "ONE TIME", "one-time", "onetime", "on_etime", "one_tim", "one_timex", "",
                      "_", "ünknown", "\u{212A}ey", "K_ey", "ke y", "İ", "i\u{307}", "Straße", "STRASSE", "Σ", "ς", "a\u{301}", "\u{E1}"])
    func matchesExactlyWhenKeysAreEqual(spelling: String) {
        for other in ["onetime", "one_time", "key", "Key", "strasse", "straße", "i\u{307}", "σ", "\u{E1}", "", "unknown", "ünknown"] {
            #expect(EnumSpelling.matches(spelling, other) == (EnumSpelling.key(spelling) == EnumSpelling.key(other)),
                    "\(spelling) vs \(other)")
            #expect(EnumSpelling.matches(other, spelling) == (EnumSpelling.key(spelling) == EnumSpelling.key(other)))
        }
    }

    @Test func readsWireEnumsFromAnySpelling() throws {
        #expect(BillingCycle(spelling: "One-Time") == .oneTime)
        #expect(BillingCycle(spelling: "TRIENNIAL") == .triennial)
        #expect(OrderStatus(spelling: "pendingPoUpload") == .pendingPOUpload)
        #expect(ParticipantType(spelling: "Transaction Reseller") == .transactionReseller)
        #expect(CartStatus(spelling: "ordered") == .ordered)
        #expect(BillingCycle(spelling: "monthlyy") == nil)
        let decoded = try TolerantJSONDecoder().decode([BillingCycle].self, from: Data(#"["ANNUAL","one time","sometimes"]"#.utf8))
        #expect(decoded == [.annual, .oneTime, .unknown])
    }

    @Test func keepsDistinctValuesDistinct() {
        #expect(EnumSpelling.key("monthly") != EnumSpelling.key("annual"))
        #expect(EnumSpelling.key("") == "")
    }
}
