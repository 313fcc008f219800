@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10010: provisioning context, renewal and participants")
struct ProvisioningContextValidationTests {
    private let subscription = "1C461A25-F729-4FA5-AADB-280947DD05E8"

    private func reservation(_ context: [String: String]?) -> CartLineItem {
        lineItem(CatalogIds.reservationOneYear, billingCycle: .oneTime, termDuration: "P1Y", provisioningContext: context)
    }

    @Test func missingProvisioningVariableIsRefused() throws {
        let error = try CartHarness().error(of: reservation(["subscriptionId": subscription]))
        #expect(error.errorCode == 10010)
        #expect(error.errorDescription.contains("provisioningContext is missing 'Scope'"))
        #expect(error.errorDescription.contains(CatalogIds.reservationOneYear))
    }

    @Test func noProvisioningContextAtAllIsRefused() throws {
        let error = try CartHarness().error(of: reservation(nil))
        #expect(error.errorCode == 10010)
        #expect(error.errorDescription.contains("provisioningContext is missing"))
    }

    @Test func blankProvisioningValueCountsAsMissing() throws {
        let error = try CartHarness().error(of: reservation(["scope": "  ", "subscriptionId": subscription]))
        #expect(error.errorCode == 10010)
        #expect(error.errorDescription.contains("'Scope'"))
    }

    @Test(arguments: ["scope", "SCOPE", "Scope", "sCoPe"])
    func provisioningKeysMatchCaseInsensitively(scopeKey: String) throws {
        let item = try CartHarness().checkOne(reservation([scopeKey: "shared", "SUBSCRIPTIONID": subscription]))
        #expect(item.error == nil)
        #expect(item.provisioningContext?[scopeKey] == "shared")
    }

    @Test func extraProvisioningKeysAreAllowed() throws {
        let item = try CartHarness().checkOne(reservation(["scope": "shared", "subscriptionId": subscription, "note": "x"]))
        #expect(item.error == nil)
        #expect(item.provisioningContext?.count == 3)
    }

    @Test func renewalToThreeYearsIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, renewsTo: RenewsTo(termDuration: "P3Y")))
        #expect(error.errorCode == 10010)
        #expect(error.errorDescription.contains("renewsTo.termDuration 'P3Y'"))
    }

    @Test(arguments: ["P1M", "P1Y", "p1y"])
    func renewalToOneMonthOrOneYearIsAccepted(renewal: String) throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, renewsTo: RenewsTo(termDuration: renewal)))
        #expect(item.error == nil)
        #expect(item.renewsTo?.termDuration == renewal)
    }

    @Test func unknownParticipantKeyIsRefused() throws {
        let participants = [Participant(rawKey: "transaction_reseller", value: "p1"), Participant(rawKey: "bogus_reseller", value: "p2")]
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, participants: participants))
        #expect(error.errorCode == 10010)
        #expect(error.errorDescription.contains("participants[1].key 'bogus_reseller'"))
    }

    @Test(arguments: ["transaction_reseller", "TransactionReseller", "additionalTransactionReseller"])
    func knownParticipantKeysInAnySpellingAreAccepted(key: String) throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, participants: [Participant(rawKey: key, value: "p")]))
        #expect(item.error == nil)
    }
}
