@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Catalog: the default catalog and item look-up")
struct CatalogLookupTests {
    @Test func defaultCatalogHasNineMarkets() throws {
        let catalog = try Catalog.defaultCatalog()
        #expect(catalog.document.markets.count == 9)
        #expect(catalog.market("us") == CatalogMarket(currency: "USD", currencySymbol: "$"))
        #expect(catalog.market("GB")?.currency == "GBP")
        #expect(catalog.market("CA")?.currencySymbol == "CA$")
        for country in ["DE", "FR", "NL", "IE", "ES", "IT"] {
            #expect(catalog.market(country)?.currency == "EUR", "market \(country)")
        }
        #expect(catalog.market("JP") == nil)
    }

    @Test func threePartIdResolvesToProductSkuAndAvailability() throws {
        let item = try #require(try Catalog.defaultCatalog().item("cfq7ttc0lh1q:0001:cfq7ttc0k6f1"))
        guard case .availability(let entry) = item else {
            Issue.record("expected an availability, got \(item)")
            return
        }
        #expect(entry.product.id == "CFQ7TTC0LH1Q")
        #expect(entry.sku.id == "0001")
        #expect(entry.availability.id == "CFQ7TTC0K6F1")
        #expect(entry.skuKey == "CFQ7TTC0LH1Q:0001")
        #expect(entry.sku.prerequisiteSkus.contains("CFQ7TTC0LFLX:0001"))
        #expect(item.title == "Microsoft Teams Phone Standard")
    }

    @Test func legacyOfferIdResolvesToTheOffer() throws {
        let item = try #require(try Catalog.defaultCatalog().item("91fd106f-4b2c-4938-95ac-f54f74e9a239"))
        guard case .offer(let offer) = item else {
            Issue.record("expected an offer, got \(item)")
            return
        }
        #expect(offer.id == CatalogIds.legacyE1)
        #expect(offer.isAvailableForPurchase)
        #expect(item.title == "Office 365 Enterprise E1")
    }

    @Test(arguments: ["", "::", "CFQ7TTC0LH18:0001", "CFQ7TTC0LH18:0001:CFQ7TTC0K971:extra", "CFQ7TTC0LH18::CFQ7TTC0K971"])
    func malformedIdsResolveToNothing(text: String) throws {
        #expect(try Catalog.defaultCatalog().item(text) == nil)
    }

    @Test func specialItemsCarryTheirRules() throws {
        let catalog = try Catalog.defaultCatalog()
        guard case .availability(let limited)? = catalog.item(CatalogIds.teamsRoomsLimited),
              case .availability(let attested)? = catalog.item(CatalogIds.windows365Attested),
              case .availability(let usOnly)? = catalog.item(CatalogIds.usOnly),
              case .availability(let education)? = catalog.item(CatalogIds.educationOnly),
              case .offer(let retired)? = catalog.item(CatalogIds.retiredLegacyE3) else {
            Issue.record("a special item is missing from the default catalog")
            return
        }
        #expect(limited.sku.inventoryLimit == 50)
        #expect(limited.sku.purchasePrerequisites == ["InventoryCheck"])
        #expect(attested.sku.enforcedAttestationType == "Windows365")
        #expect(usOnly.availability.countries == ["US"])
        #expect(education.availability.segment == "education")
        #expect(retired.isAvailableForPurchase == false)
    }
}
