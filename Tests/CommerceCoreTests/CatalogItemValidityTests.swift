@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10001: catalog item not valid for this customer")
struct CatalogItemValidityTests {
    @Test(arguments: ["CFQ7TTC0ZZZZ:0001:CFQ7TTC0ZZZZ", "CFQ7TTC0LH18:9999:CFQ7TTC0K971", "MS-AZR-9999P"])
    func unknownCatalogItemIdIsRefused(catalogItemId: String) throws {
        let error = try CartHarness().error(of: lineItem(catalogItemId))
        #expect(error.errorCode == 10001)
        #expect(error.errorDescription.contains("catalogItemId '\(catalogItemId)'"))
        #expect(error.errorDescription.contains("not found"))
    }

    @Test func retiredLegacyOfferIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.retiredLegacyE3, termDuration: nil))
        #expect(error.errorCode == 10001)
        #expect(error.errorDescription.contains("catalogItemId '\(CatalogIds.retiredLegacyE3)'"))
        #expect(error.errorDescription.contains("no longer available for purchase"))
    }

    @Test func purchasableLegacyOfferIsAccepted() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.legacyE1, quantity: 25, termDuration: nil))
        #expect(item.error == nil)
        #expect(item.orderGroup == "OMS-0")
        #expect(item.currencyCode == "USD")
    }

    @Test func educationAvailabilityIsRefusedToACommercialCustomer() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.educationOnly))
        #expect(error.errorCode == 10001)
        #expect(error.errorDescription.contains("catalogItemId '\(CatalogIds.educationOnly)'"))
        #expect(error.errorDescription.contains("education"))
        #expect(error.errorDescription.contains("commercial"))
    }

    @Test func educationAvailabilityIsAcceptedForAnEducationCustomer() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.educationOnly),
                                              context: PurchaseContext(country: "US", segment: "education"))
        #expect(item.error == nil)
        #expect(item.orderGroup == "0")
    }

    @Test func usOnlyItemIsRefusedToABritishCustomer() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.usOnly), context: PurchaseContext(country: "GB"))
        #expect(error.errorCode == 10001)
        #expect(error.errorDescription.contains("catalogItemId '\(CatalogIds.usOnly)'"))
        #expect(error.errorDescription.contains("market GB"))
    }

    @Test func usOnlyItemIsAcceptedForAnAmericanCustomer() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.usOnly), context: PurchaseContext(country: "us"))
        #expect(item.error == nil)
        #expect(item.currencyCode == "USD")
    }

    @Test func countryWithoutAMarketCanBuyNothing() throws {
        let harness = try CartHarness()
        for catalogItemId in [CatalogIds.businessBasic, CatalogIds.azureLegacy] {
            let error = try harness.error(of: lineItem(catalogItemId, termDuration: nil), context: PurchaseContext(country: "JP"))
            #expect(error.errorCode == 10001)
            #expect(error.errorDescription.contains("catalogItemId '\(catalogItemId)'"))
            #expect(error.errorDescription.contains("JP"))
        }
    }

    @Test func catalogItemIdsMatchCaseInsensitively() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic.lowercased()))
        #expect(item.error == nil)
        #expect(item.pricing?.listPrice == 6.0)
    }
}
