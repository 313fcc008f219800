@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("CatalogPresenter: products, SKUs, availabilities and offers per market")
struct CatalogPresenterTests {
    private func presenter() throws -> CatalogPresenter {
        CatalogPresenter(catalog: try Catalog.defaultCatalog())
    }

    @Test func productsAreFilteredByTargetViewCaseInsensitively() throws {
        let presenter = try presenter()
        let exact = presenter.products(country: "US", targetView: "OnlineServices", segment: nil).map(\.id)
        let folded = presenter.products(country: "us", targetView: "onlineservices", segment: nil).map(\.id)
        #expect(exact == folded)
        #expect(exact.count == 18)
        #expect(exact.contains("CFQ7TTC0LH18"))
        #expect(!exact.contains("DZH318Z0BQ36"))
        #expect(presenter.products(country: "US", targetView: "AZURERESERVATIONSVM", segment: nil).map(\.id) == ["DZH318Z0BQ36"])
        #expect(presenter.products(country: "US", targetView: "MarketplaceSaaS", segment: nil).map(\.id) == ["DZH318Z0BXWC", "DZH318Z0C0WF"])
        #expect(presenter.products(country: "US", targetView: "NoSuchView", segment: nil).isEmpty)
    }

    @Test func productsAreFilteredByCountry() throws {
        let presenter = try presenter()
        let american = presenter.products(country: "US", targetView: "OnlineServices", segment: nil).map(\.id)
        let british = presenter.products(country: "GB", targetView: "OnlineServices", segment: nil).map(\.id)
        #expect(american.contains("CFQ7TTC0LGZT"))
        #expect(!british.contains("CFQ7TTC0LGZT"))
        #expect(british.count == american.count - 1)
        #expect(presenter.products(country: "JP", targetView: "OnlineServices", segment: nil).isEmpty)
    }

    @Test func productsAreFilteredBySegment() throws {
        let presenter = try presenter()
        let commercial = presenter.products(country: "US", targetView: "OnlineServices", segment: "Commercial").map(\.id)
        let education = presenter.products(country: "US", targetView: "OnlineServices", segment: "education").map(\.id)
        #expect(!commercial.contains("CFQ7TTC0LF9J"))
        #expect(education == ["CFQ7TTC0LF9J"])
    }

    @Test func productResourceLinksToItsSkus() throws {
        let product = try presenter().product("cfq7ttc0lh18", country: "US")
        #expect(product.id == "CFQ7TTC0LH18")
        #expect(product.title == "Microsoft 365 Business Basic")
        #expect(product.productType?.id == "OnlineServicesNCE")
        #expect(product.links?.skus?.uri == "/products/CFQ7TTC0LH18/skus?country=US")
    }

    @Test func unknownProductIs400013() throws {
        let error = try #require(throws: CommerceError.self) { try presenter().product("NOSUCHPRODUC", country: "US") }
        #expect(error.code == 400013)
        #expect(error.httpStatus == 404)
        #expect(error.description.contains("NOSUCHPRODUC"))
    }

    @Test func productNotSoldInTheCountryIs400013() throws {
        let error = try #require(throws: CommerceError.self) { try presenter().product("CFQ7TTC0LGZT", country: "GB") }
        #expect(error.code == 400013)
        #expect(error.description.contains("CFQ7TTC0LGZT"))
    }

    @Test func skuOfAProductIsFound() throws {
        let sku = try presenter().sku(productId: "CFQ7TTC0LH1Q", skuId: "0001", country: "US")
        #expect(sku.id == "0001")
        #expect(sku.productId == "CFQ7TTC0LH1Q")
        #expect(sku.maximumQuantity == 50_000)
        #expect(sku.dynamicAttributes?["isAddon"] == .bool(true))
    }

    @Test func unknownSkuIs400018() throws {
        let error = try #require(throws: CommerceError.self) {
            try presenter().sku(productId: "CFQ7TTC0LH18", skuId: "9999", country: "US")
        }
        #expect(error.code == 400018)
        #expect(error.httpStatus == 404)
        #expect(error.description.contains("9999"))
    }

    @Test func skuNotSoldInTheCountryIs400018() throws {
        let error = try #require(throws: CommerceError.self) {
            try presenter().sku(productId: "CFQ7TTC0LGZT", skuId: "0001", country: "GB")
        }
        #expect(error.code == 400018)
    }

    @Test func skuOfAnUnknownProductIs400013() throws {
        let error = try #require(throws: CommerceError.self) {
            try presenter().sku(productId: "NOSUCHPRODUC", skuId: "0001", country: "US")
        }
        #expect(error.code == 400013)
    }

    @Test func availabilityCarriesCatalogItemIdCurrencyAndTerms() throws {
        let availability = try presenter().availability(productId: "CFQ7TTC0LH18", skuId: "0001", availabilityId: "cfq7ttc0k971", country: "de")
        #expect(availability.catalogItemId == CatalogIds.businessBasic)
        #expect(availability.country == "DE")
        #expect(availability.defaultCurrency == CurrencyInfo(code: "EUR", symbol: "€"))
        #expect(availability.terms?.map(\.duration) == ["P1M", "P1Y", "P1Y"])
        #expect(availability.terms?.map(\.billingCycle) == ["monthly", "monthly", "annual"])
    }

    @Test func unknownAvailabilityIs400019() throws {
        let error = try #require(throws: CommerceError.self) {
            try presenter().availability(productId: "CFQ7TTC0LH18", skuId: "0001", availabilityId: "NOSUCHAVAIL1", country: "US")
        }
        #expect(error.code == 400019)
        #expect(error.httpStatus == 404)
        #expect(error.description.contains("NOSUCHAVAIL1"))
    }

    @Test func availabilitiesAreListedPerSkuAndSegment() throws {
        let presenter = try presenter()
        #expect(try presenter.availabilities(productId: "CFQ7TTC0LH18", skuId: "0001", country: "US", segment: nil).map(\.id) == ["CFQ7TTC0K971"])
        #expect(try presenter.availabilities(productId: "CFQ7TTC0LH18", skuId: "0001", country: "US", segment: "education").isEmpty)
    }

    @Test func offersAreListedPerCountry() throws {
        let presenter = try presenter()
        let offers = presenter.offers(country: "fr")
        #expect(offers.map(\.id) == [CatalogIds.azureLegacy, CatalogIds.legacyE1, CatalogIds.retiredLegacyE3, "031C9E47-4802-4248-838E-778FB1D2CC05"])
        #expect(offers.allSatisfy { $0.country == "FR" })
        #expect(offers.map(\.isAvailableForPurchase) == [true, true, false, false])
        #expect(presenter.offers(country: "JP").isEmpty)
    }

    @Test func oneOfferIsFoundCaseInsensitivelyOrAnswers1000() throws {
        let presenter = try presenter()
        let offer = try presenter.offer("ms-azr-0145p", country: "US")
        #expect(offer.id == CatalogIds.azureLegacy)
        #expect(offer.links?.`self`?.uri == "/offers/MS-AZR-0145P?country=US")
        let error = try #require(throws: CommerceError.self) { try presenter.offer(CatalogIds.azureLegacy, country: "JP") }
        #expect(error.code == 1000)
        #expect(error.description.contains(CatalogIds.azureLegacy))
    }
}
