@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10000: currency not the market's")
struct CurrencyValidationTests {
    @Test func euroForAnAmericanCustomerIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, currencyCode: "EUR"))
        #expect(error.errorCode == 10000)
        #expect(error.errorDescription.contains("currencyCode 'EUR'"))
        #expect(error.errorDescription.contains("USD"))
        #expect(error.errorDescription.contains(CatalogIds.businessBasic))
    }

    @Test func marketCurrencyInAnyCaseIsAcceptedAndNormalised() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, currencyCode: "usd"))
        #expect(item.error == nil)
        #expect(item.currencyCode == "USD")
    }

    @Test func euroForAGermanCustomerIsAcceptedAndPricedInEuro() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, currencyCode: "EUR"),
                                              context: PurchaseContext(country: "DE"))
        #expect(item.error == nil)
        #expect(item.currencyCode == "EUR")
        #expect(item.pricing?.listPrice == 5.6)
    }

    @Test func missingCurrencyIsFilledFromTheMarket() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic), context: PurchaseContext(country: "GB"))
        #expect(item.currencyCode == "GBP")
        #expect(item.pricing?.listPrice == 4.9)
    }
}
