@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Order grouping by purchase system and billing cycle")
struct OrderGroupingTests {
    @Test func itemsWithErrorsGetNoGroupAndDoNotUseANumber() throws {
        let items = try CartHarness().check([
            lineItem(id: 0, CatalogIds.businessBasic, quantity: 0),
            lineItem(id: 1, "CFQ7TTC0ZZZZ:0001:CFQ7TTC0ZZZZ"),
            lineItem(id: 2, CatalogIds.businessBasic, billingCycle: .annual),
            lineItem(id: 3, CatalogIds.businessBasic, billingCycle: .monthly),
        ])
        #expect(items[0].error?.errorCode == 10015)
        #expect(items[1].error?.errorCode == 10001)
        #expect(items.map(\.orderGroup) == [nil, nil, "0", "1"])
    }

    @Test func legacyOffersWithTwoBillingCyclesGetOMS0AndOMS1() throws {
        let items = try CartHarness().check([
            lineItem(id: 0, CatalogIds.legacyE1, billingCycle: .monthly, termDuration: nil),
            lineItem(id: 1, CatalogIds.legacyE1, billingCycle: .annual, termDuration: nil),
            lineItem(id: 2, CatalogIds.azureLegacy, billingCycle: .monthly, termDuration: nil),
        ])
        #expect(items.allSatisfy { $0.error == nil })
        #expect(items.map(\.orderGroup) == ["OMS-0", "OMS-1", "OMS-0"])
    }

    @Test func catalogGroupsAreNumberedInOrderOfFirstAppearance() throws {
        let items = try CartHarness().check([
            lineItem(id: 0, CatalogIds.businessBasic, billingCycle: .annual),
            lineItem(id: 1, CatalogIds.legacyE1, billingCycle: .annual, termDuration: nil),
            lineItem(id: 2, CatalogIds.microsoft365E3, billingCycle: .monthly),
            lineItem(id: 3, CatalogIds.microsoft365E3, billingCycle: .annual, termDuration: "P3Y"),
        ])
        #expect(items.map(\.orderGroup) == ["0", "OMS-0", "1", "0"])
    }

    @Test func legacyAddonsShareTheirBaseItemsGroup() throws {
        let base = lineItem(id: 0, CatalogIds.legacyE1, billingCycle: .annual, termDuration: nil,
                            addonItems: [lineItem(id: 1, CatalogIds.azureLegacy, billingCycle: .monthly, termDuration: nil)])
        let items = try CartHarness().check([lineItem(id: 2, CatalogIds.legacyE1, termDuration: nil), base])
        #expect(items.map(\.orderGroup) == ["OMS-0", "OMS-1"])
        #expect(items[1].addonItems?.first?.orderGroup == "OMS-1")
    }

    @Test func erroredAddonGetsNoGroupWhileItsBaseKeepsOne() throws {
        let base = lineItem(id: 0, CatalogIds.legacyE1, termDuration: nil,
                            addonItems: [lineItem(id: 1, CatalogIds.retiredLegacyE3, termDuration: nil)])
        let items = try CartHarness().check([base])
        #expect(items[0].orderGroup == "OMS-0")
        #expect(items[0].addonItems?.first?.error?.errorCode == 10001)
        #expect(items[0].addonItems?.first?.orderGroup == nil)
    }

    @Test func groupsSentByTheClientAreReplaced() throws {
        var item = lineItem(id: 0, CatalogIds.businessBasic)
        item.orderGroup = "42"
        let grouped = try CartHarness().checkOne(item)
        #expect(grouped.orderGroup == "0")
    }
}
