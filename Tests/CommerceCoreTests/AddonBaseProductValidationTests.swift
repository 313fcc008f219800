@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 400041: add-on without its base product")
struct AddonBaseProductValidationTests {
    @Test func addonAloneIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.teamsPhoneAddon))
        #expect(error.errorCode == 400041)
        #expect(error.errorDescription.contains("'\(CatalogIds.teamsPhoneAddon)'"))
        #expect(error.errorDescription.contains("CFQ7TTC0LFLX:0001"))
    }

    @Test func addonWithItsBaseInTheSameCartPasses() throws {
        let items = try CartHarness().check([
            lineItem(id: 0, CatalogIds.teamsPhoneAddon, billingCycle: .annual),
            lineItem(id: 1, CatalogIds.microsoft365E3, quantity: 10),
        ])
        #expect(items.map(\.error) == [nil, nil])
        #expect(items.map(\.orderGroup) == ["0", "1"])
    }

    @Test func addonWithItsBaseAmongOwnedSkusPasses() throws {
        let context = PurchaseContext(country: "US", ownedSkuKeys: ["CFQ7TTC0LFLX:0001"])
        let item = try CartHarness().checkOne(lineItem(CatalogIds.teamsPhoneAddon), context: context)
        #expect(item.error == nil)
        #expect(item.orderGroup == "0")
    }

    @Test func productThatIsNotABaseDoesNotSatisfyTheAddon() throws {
        // Microsoft 365 E5 already includes Teams Phone and is not a base for it.
        let items = try CartHarness().check([
            lineItem(id: 0, CatalogIds.microsoft365E5),
            lineItem(id: 1, CatalogIds.teamsPhoneAddon),
        ])
        #expect(items[0].error == nil)
        #expect(items[1].error?.errorCode == 400041)
        #expect(items[1].orderGroup == nil)
    }

    @Test func baseThatFailsItsOwnChecksDoesNotSatisfyTheAddon() throws {
        let items = try CartHarness().check([
            lineItem(id: 0, CatalogIds.microsoft365E3, quantity: 50_001),
            lineItem(id: 1, CatalogIds.teamsPhoneAddon),
        ])
        #expect(items[0].error?.errorCode == 10015)
        #expect(items[1].error?.errorCode == 400041)
    }
}
