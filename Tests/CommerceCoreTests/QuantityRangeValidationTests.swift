@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10015: quantity outside the SKU's range")
struct QuantityRangeValidationTests {
    @Test func quantityAboveTheSkuMaximumIsRefusedWithTheRange() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, quantity: 301))
        #expect(error.errorCode == 10015)
        #expect(error.errorDescription.contains("quantity 301"))
        #expect(error.errorDescription.contains("1..300"))
        #expect(error.errorDescription.contains(CatalogIds.businessBasic))
        let info = try #require(error.additionalInformation)
        #expect(info["minimumQuantity"]?.intValue == 1)
        #expect(info["maximumQuantity"]?.intValue == 300)
        #expect(info["purchasedQuantity"]?.intValue == 301)
    }

    @Test func quantityAtTheSkuMaximumIsAccepted() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, quantity: 300))
        #expect(item.error == nil)
        #expect(item.quantity == 300)
    }

    @Test func legacyOfferQuantityAboveItsMaximumIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.azureLegacy, quantity: 2, termDuration: nil))
        #expect(error.errorCode == 10015)
        #expect(error.errorDescription.contains("quantity 2"))
        #expect(error.errorDescription.contains("1..1"))
        #expect(error.additionalInformation?["maximumQuantity"]?.intValue == 1)
    }

    @Test func limitedSkuAllowsAtMostFiftyOnALineItem() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.teamsRoomsLimited, quantity: 51))
        #expect(error.errorCode == 10015)
        #expect(error.errorDescription.contains("quantity 51"))
        #expect(error.additionalInformation?["maximumQuantity"]?.intValue == 50)
    }
}
