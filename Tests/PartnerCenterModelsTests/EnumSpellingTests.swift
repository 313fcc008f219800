import Testing
import PartnerCenterModels

@Suite("EnumSpelling")
struct EnumSpellingTests {
    @Test(arguments: ["one_time", "OneTime", "oneTime", "onetime", "ONE_TIME", "one-time", "One Time"])
    func foldsSpellingsOfOneTime(spelling: String) {
        #expect(EnumSpelling.key(spelling) == "onetime")
    }

    @Test func keepsDistinctValuesDistinct() {
        #expect(EnumSpelling.key("monthly") != EnumSpelling.key("annual"))
        #expect(EnumSpelling.key("") == "")
    }
}
