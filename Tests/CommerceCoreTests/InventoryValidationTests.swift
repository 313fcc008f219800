@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10003: limited inventory")
struct InventoryValidationTests {
    private func rooms(id: Int, quantity: Int) -> CartLineItem {
        lineItem(id: id, CatalogIds.teamsRoomsLimited, quantity: quantity)
    }

    @Test func quantityOverWhatIsLeftIsRefused() throws {
        let context = PurchaseContext(country: "US", inventoryRemaining: [CatalogIds.teamsRoomsSkuKey: 5])
        let error = try CartHarness().error(of: rooms(id: 0, quantity: 6), context: context)
        #expect(error.errorCode == 10003)
        #expect(error.errorDescription.contains("quantity 6"))
        #expect(error.errorDescription.contains(CatalogIds.teamsRoomsLimited))
        #expect(error.errorDescription.contains("5 unit(s) left"))
        #expect(error.additionalInformation?["availableQuantity"]?.intValue == 5)
        #expect(error.additionalInformation?["purchasedQuantity"]?.intValue == 6)
    }

    @Test func quantityEqualToWhatIsLeftIsAccepted() throws {
        let context = PurchaseContext(country: "US", inventoryRemaining: [CatalogIds.teamsRoomsSkuKey: 5])
        let item = try CartHarness().checkOne(rooms(id: 0, quantity: 5), context: context)
        #expect(item.error == nil)
        #expect(item.orderGroup == "0")
    }

    @Test func withoutStoredFactsTheWholeLimitOfFiftyIsLeft() throws {
        let item = try CartHarness().checkOne(rooms(id: 0, quantity: 50))
        #expect(item.error == nil)
    }

    @Test func twoItemsOfTheLimitedSkuTogetherExceedingItAreRefusedOnTheSecond() throws {
        let items = try CartHarness().check([rooms(id: 0, quantity: 30), rooms(id: 1, quantity: 30)])
        #expect(items[0].error == nil)
        #expect(items[0].orderGroup == "0")
        let error = try #require(items[1].error)
        #expect(error.errorCode == 10003)
        #expect(error.errorDescription.contains("quantity 30"))
        #expect(error.errorDescription.contains("20 unit(s) left"))
        #expect(items[1].orderGroup == nil)
    }

    @Test func twoItemsOfTheLimitedSkuTogetherWithinItAreAccepted() throws {
        let items = try CartHarness().check([rooms(id: 0, quantity: 25), rooms(id: 1, quantity: 25)])
        #expect(items.map(\.error) == [nil, nil])
        #expect(items.map(\.orderGroup) == ["0", "0"])
    }

    @Test func contextFromStoredFactsSubtractsWhatWasTaken() throws {
        let harness = try CartHarness()
        let facts = PurchaseFacts(ownedSkuKeys: [], subscriptionCount: 0, inventoryTaken: [CatalogIds.teamsRoomsSkuKey: 45])
        let context = PurchaseContext(country: "US", facts: facts, catalog: harness.catalog, sandboxLimits: nil)
        #expect(context.inventoryRemaining[CatalogIds.teamsRoomsSkuKey] == 5)
        let error = try harness.error(of: rooms(id: 0, quantity: 6), context: context)
        #expect(error.errorCode == 10003)
        #expect(error.additionalInformation?["availableQuantity"]?.intValue == 5)
    }

    @Test func everyLimitedSkuOfTheCatalogHasItsRemainingUnits() throws {
        var document = try Catalog.defaultCatalog().document
        // A second limited SKU, under a product id written in lower case.
        let index = try #require(document.products.firstIndex { $0.skus.first?.inventoryLimit == nil })
        document.products[index].id = document.products[index].id.lowercased()
        document.products[index].skus[0].inventoryLimit = 7
        let catalog = Catalog(document)
        let key = "\(document.products[index].id):\(document.products[index].skus[0].id)".uppercased()
        #expect(catalog.inventoryLimits == [CatalogIds.teamsRoomsSkuKey: 50, key: 7])
        let facts = PurchaseFacts(ownedSkuKeys: [], subscriptionCount: 0, inventoryTaken: [key: 3, "UNLIMITED:0001": 9])
        let context = PurchaseContext(country: "US", facts: facts, catalog: catalog, sandboxLimits: nil)
        #expect(context.inventoryRemaining == [CatalogIds.teamsRoomsSkuKey: 50, key: 4])
    }

    @Test func remainingInventoryNeverGoesBelowZero() throws {
        let harness = try CartHarness()
        let facts = PurchaseFacts(ownedSkuKeys: [], subscriptionCount: 0, inventoryTaken: [CatalogIds.teamsRoomsSkuKey: 80])
        let context = PurchaseContext(country: "US", facts: facts, catalog: harness.catalog, sandboxLimits: nil)
        #expect(context.inventoryRemaining[CatalogIds.teamsRoomsSkuKey] == 0)
        let error = try harness.error(of: rooms(id: 0, quantity: 1), context: context)
        #expect(error.errorDescription.contains("0 unit(s) left"))
    }

    @Test
    func limitedSkuSentAsAnAddonItemIsStillCheckedAgainstInventory() throws {
        let context = PurchaseContext(country: "US", inventoryRemaining: [CatalogIds.teamsRoomsSkuKey: 0])
        let items = try CartHarness().check(
            [lineItem(id: 0, CatalogIds.businessBasic, addonItems: [rooms(id: 1, quantity: 50)])], context: context)
        let addon = try #require(items.first?.addonItems?.first)
        #expect(addon.error?.errorCode == 10003)
    }
}
