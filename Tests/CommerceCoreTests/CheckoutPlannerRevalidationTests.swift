@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("CheckoutPlanner: refusals, revalidation and retries")
struct CheckoutPlannerRevalidationTests {
    @Test func cartWithAnErroredItemIsRefusedWithItsId() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([
            lineItem(id: 0, CatalogIds.businessBasic),
            lineItem(id: 4, CatalogIds.businessBasic, quantity: 301),
        ])
        #expect(cart.lineItems?[1].error?.errorCode == 10015)
        let error = try #require(throws: CommerceError.self) { try harness.plan(cart) }
        #expect(error.httpStatus == 400)
        #expect(error.code == 800009)
        #expect(error.data == ["4"])
        #expect(error.description.contains("4"))
    }

    @Test func cartWithAnErroredAddonIsRefusedNamingTheAddon() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([
            lineItem(id: 2, CatalogIds.legacyE1, termDuration: nil,
                     addonItems: [lineItem(id: 3, CatalogIds.retiredLegacyE3, termDuration: nil)]),
        ])
        let error = try #require(throws: CommerceError.self) { try harness.plan(cart) }
        #expect(error.code == 800009)
        #expect(error.data == ["3"])
    }

    @Test func groupFailingRevalidationBecomesAnOrderErrorWhileOthersStillOrder() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([
            lineItem(id: 0, CatalogIds.teamsRoomsLimited, quantity: 10, billingCycle: .monthly),
            lineItem(id: 1, CatalogIds.businessBasic, quantity: 2, billingCycle: .annual),
        ])
        #expect(cart.lineItems?.map(\.orderGroup) == ["0", "1"])
        // Since the cart was made, other purchases have taken 45 of the 50 units.
        let facts = PurchaseFacts(ownedSkuKeys: [], subscriptionCount: 0, inventoryTaken: [CatalogIds.teamsRoomsSkuKey: 45])
        let context = PurchaseContext(country: "US", facts: facts, catalog: harness.catalog, sandboxLimits: nil)
        let plan = try harness.plan(cart, context: context)

        #expect(plan.orderErrors.count == 1)
        let failure = try #require(plan.orderErrors.first)
        #expect(failure.orderGroupId == "0")
        #expect(failure.code == 10003)
        #expect(failure.description.contains("5 unit(s) left"))

        #expect(plan.placedOrders.map(\.orderGroup) == ["1"])
        #expect(plan.placedOrders.first?.order.lineItems?.first?.offerId == CatalogIds.businessBasic)
        #expect(plan.placedOrders.first?.inventoryTaken == [:])
    }

    @Test func alreadyOrderedGroupsAreSkipped() throws {
        let harness = try CartHarness()
        let plan = try harness.plan(try harness.composedSeedCart(), orderedGroups: ["OMS-0", "0"])
        #expect(plan.placedOrders.map(\.orderGroup) == ["1", "2"])
        #expect(plan.orderErrors.isEmpty)
    }

    @Test func everyGroupAlreadyOrderedPlansNothing() throws {
        let harness = try CartHarness()
        let plan = try harness.plan(try harness.composedSeedCart(), orderedGroups: ["OMS-0", "0", "1", "2"])
        #expect(plan.placedOrders.isEmpty)
        #expect(plan.orderErrors.isEmpty)
    }

    @Test func forcedGroupFailureIsReportedAndOtherGroupsOrder() throws {
        let harness = try CartHarness()
        let forced = OrderError(orderGroupId: "1", code: 800003, description: "injected")
        let plan = try harness.plan(try harness.composedSeedCart(), forcedGroupFailures: ["1": forced])
        #expect(plan.orderErrors == [forced])
        #expect(plan.placedOrders.map(\.orderGroup) == ["OMS-0", "0", "2"])
    }

    @Test func itemNoLongerSoldIsRevalidatedAgainstTheCatalogAsItIsNow() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([lineItem(id: 0, CatalogIds.businessBasic, quantity: 26)])
        // The sandbox limits were switched on after the cart was made.
        let plan = try harness.plan(cart, context: PurchaseContext(country: "US", sandboxLimits: .partnerCenterSandbox))
        #expect(plan.placedOrders.isEmpty)
        #expect(plan.orderErrors.map(\.code) == [10009])
        #expect(plan.orderErrors.map(\.orderGroupId) == ["0"])
    }

    @Test
    func addonWhoseBaseWasOrderedByAnEarlierCallStillOrders() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([
            lineItem(id: 0, CatalogIds.microsoft365E3, quantity: 10, billingCycle: .monthly),
            lineItem(id: 1, CatalogIds.teamsPhoneAddon, quantity: 10, billingCycle: .annual),
        ])
        #expect(cart.lineItems?.map(\.error) == [nil, nil])
        #expect(cart.lineItems?.map(\.orderGroup) == ["0", "1"])
        // The first call ordered group 0 (still pending, so no subscription yet) and failed group 1.
        let retry = try harness.plan(cart, orderedGroups: ["0"])
        #expect(retry.orderErrors.isEmpty)
        #expect(retry.placedOrders.map(\.orderGroup) == ["1"])
    }
}
