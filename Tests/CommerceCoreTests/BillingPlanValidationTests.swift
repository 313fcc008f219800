@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10013: billing cycle or term not offered")
struct BillingPlanValidationTests {
    @Test func billingCycleTheSkuDoesNotSupportIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, billingCycle: .oneTime))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("billingCycle 'one_time'"))
        #expect(error.errorDescription.contains(CatalogIds.businessBasic))
        #expect(error.errorDescription.contains("monthly, annual"))
    }

    @Test func unknownBillingCycleIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, billingCycle: .unknown))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("billingCycle 'unknown'"))
    }

    @Test func unrecognisedBillingCycleSpellingDecodesAsUnknownAndIsRefused() throws {
        let json = #"{"lineItems": [{"id": 0, "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 1, "billingCycle": "fortnightly", "termDuration": "P1Y"}]}"#
        let cart = try TolerantJSONDecoder().decode(Cart.self, from: Array(json.utf8))
        let item = try #require(cart.lineItems?.first)
        #expect(item.billingCycle == .unknown)
        let error = try CartHarness().error(of: item)
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("billingCycle 'unknown'"))
    }

    @Test func legacyOfferBillingCycleNotSupportedIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.azureLegacy, billingCycle: .annual, termDuration: nil))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("billingCycle 'annual'"))
        #expect(error.errorDescription.contains(CatalogIds.azureLegacy))
    }

    @Test func termDurationNotOfferedIsRefused() throws {
        // Business Basic has no three-year term.
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, billingCycle: .annual, termDuration: "P3Y"))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("termDuration 'P3Y'"))
        #expect(error.errorDescription.contains("billingCycle 'annual'"))
        #expect(error.errorDescription.contains("P1Y"))
    }

    @Test func termOfferedOnlyWithAnotherBillingCycleIsRefused() throws {
        // E3's P3Y is billed annually only.
        let error = try CartHarness().error(of: lineItem(CatalogIds.microsoft365E3, billingCycle: .monthly, termDuration: "P3Y"))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("termDuration 'P3Y'"))
        #expect(error.errorDescription.contains("billingCycle 'monthly'"))
    }

    @Test func missingTermDurationWhereTermsExistNamesAnEmptyTerm() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, termDuration: nil))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("termDuration ''"))
        #expect(error.errorDescription.contains(CatalogIds.businessBasic))
    }

    @Test func termOnPerpetualSoftwareIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.perpetualSqlServer, billingCycle: .oneTime, termDuration: "P1Y"))
        #expect(error.errorCode == 10013)
        #expect(error.errorDescription.contains("termDuration 'P1Y'"))
        #expect(error.errorDescription.contains(CatalogIds.perpetualSqlServer))
        #expect(error.errorDescription.contains("takes no term"))
    }

    @Test func perpetualSoftwareWithoutTermIsAccepted() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.perpetualSqlServer, billingCycle: .oneTime, termDuration: nil))
        #expect(item.error == nil)
        #expect(item.orderGroup == "0")
    }

    @Test(arguments: ["P1Y", "p1y"])
    func termDurationMatchesCaseInsensitively(term: String) throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, termDuration: term))
        #expect(item.error == nil)
        #expect(item.pricing?.listPrice == 6.0)
    }
}
