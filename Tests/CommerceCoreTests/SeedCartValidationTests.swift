@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Seed cart: validation and grouping")
struct SeedCartValidationTests {
    @Test func seedRequestDecodesToSixLineItemsWithTheirIds() throws {
        let cart = try seedCartRequest()
        let items = try #require(cart.lineItems)
        #expect(items.map(\.id) == [0, 1, 2, 3, 4, 5])
        #expect(items.map(\.catalogItemId) == [
            CatalogIds.azureLegacy, CatalogIds.reservationOneYear, CatalogIds.reservationThreeYears,
            CatalogIds.perpetualSqlServer, CatalogIds.saasBarracuda, CatalogIds.saasTrial,
        ])
        #expect(items.map(\.billingCycle) == [.monthly, .oneTime, .oneTime, .oneTime, .monthly, BillingCycle.none])
    }

    @Test func seedCartLineItemsCarryNoErrors() throws {
        let items = try CartHarness().seedCart()
        #expect(items.count == 6)
        for item in items {
            #expect(item.error == nil, "line item \(item.id ?? -1) has error \(String(describing: item.error))")
        }
    }

    @Test func seedCartOrderGroupsAreOMS0Then000Then1Then2() throws {
        let items = try CartHarness().seedCart()
        #expect(items.map(\.orderGroup) == ["OMS-0", "0", "0", "0", "1", "2"])
    }

    @Test func seedCartLineItemsAreInUSDollars() throws {
        let items = try CartHarness().seedCart()
        #expect(items.map(\.currencyCode) == Array(repeating: "USD", count: 6))
    }

    @Test func itemsSentWithoutProvisioningContextGetAnEmptyOne() throws {
        let items = try CartHarness().seedCart()
        for index in [0, 3, 4, 5] {
            #expect(items[index].provisioningContext == [:], "line item \(index)")
        }
        #expect(items[1].provisioningContext == ["subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": "shared"])
        #expect(items[2].provisioningContext == ["subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": "single"])
    }

    @Test func seedCartPricesOnlyTheItemsTheCatalogPrices() throws {
        let items = try CartHarness().seedCart()
        // Legacy offers, perpetual software and the free trial have no list price.
        #expect(items[0].pricing == nil)
        #expect(items[3].pricing == nil)
        #expect(items[5].pricing == nil)
        #expect(items[1].pricing?.listPrice == 11_841)
        #expect(items[1].pricing?.extendedPrice == 11_841)
        #expect(items[2].pricing?.listPrice == 23_665)
        #expect(items[2].pricing?.extendedPrice == 23_665)
        #expect(items[4].pricing?.listPrice == 699)
        #expect(items[4].pricing?.extendedPrice == 699)
    }

    @Test func seedCartInAEuroMarketIsInEuros() throws {
        let items = try CartHarness().seedCart(context: PurchaseContext(country: "de"))
        #expect(items.allSatisfy { $0.error == nil })
        #expect(items.map(\.currencyCode) == Array(repeating: "EUR", count: 6))
        #expect(items[1].pricing?.listPrice == 10_985)
    }
}
