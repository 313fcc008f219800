@testable import CommerceCore
import Foundation
import PartnerCenterModels
import Testing

@Suite("CheckoutPlanner on the seed cart")
struct CheckoutPlannerSeedCartTests {
    private func seedPlan() throws -> CheckoutPlanner.Plan {
        let harness = try CartHarness()
        return try harness.plan(try harness.composedSeedCart())
    }

    @Test func placesOneOrderPerOrderGroup() throws {
        let plan = try seedPlan()
        #expect(plan.placedOrders.count == 4)
        #expect(plan.placedOrders.map(\.orderGroup) == ["OMS-0", "0", "1", "2"])
        #expect(plan.orderErrors.isEmpty)
        #expect(plan.placedOrders.map { $0.order.lineItems?.count } == [1, 3, 1, 1])
    }

    @Test func legacyOrderIsCompletedWithAGuidIdEqualToItsAlternateId() throws {
        let legacy = try #require(try seedPlan().placedOrders.first)
        let id = try #require(legacy.order.id)
        #expect(ResourceIdentifiers.isGUID(id))
        #expect(id == id.lowercased())
        #expect(legacy.order.alternateId == id)
        #expect(legacy.order.status == .completed)
        #expect(legacy.provisioningDue == nil)
    }

    @Test func legacyOrderLineItemsCarryTheirSubscriptionsAtOnce() throws {
        let legacy = try #require(try seedPlan().placedOrders.first)
        let line = try #require(legacy.order.lineItems?.first)
        let subscription = try #require(legacy.subscriptions.first)
        #expect(legacy.subscriptions.count == 1)
        #expect(line.subscriptionId == subscription.id)
        #expect(subscription.orderId == legacy.order.id)
        #expect(subscription.offerId == CatalogIds.azureLegacy)
        #expect(subscription.status == .active)
        #expect(line.links?.subscription?.uri == "/customers/\(testCustomerId)/subscriptions/\(subscription.id)")
    }

    @Test func otherOrdersArePendingWithModernIds() throws {
        let modern = try seedPlan().placedOrders.dropFirst()
        #expect(modern.count == 3)
        for placed in modern {
            #expect(placed.order.status == .pending)
            #expect(isModernOrderId(placed.order.id), "id \(placed.order.id ?? "nil")")
            #expect(isTwelveHexDigits(placed.order.alternateId), "alternateId \(placed.order.alternateId ?? "nil")")
            #expect(placed.subscriptions.isEmpty)
            #expect(placed.order.lineItems?.allSatisfy { $0.subscriptionId == nil } == true)
            #expect(placed.provisioningDue == fixedNow.addingTimeInterval(10))
        }
        #expect(Set(modern.compactMap(\.order.id)).count == 3)
    }

    @Test func lineItemNumbersRunFromZeroInEachOrder() throws {
        for placed in try seedPlan().placedOrders {
            let numbers = placed.order.lineItems?.map(\.lineItemNumber) ?? []
            #expect(numbers == Array(0..<numbers.count).map(Optional.some))
        }
    }

    @Test func everyOrderCarriesTheCommonFields() throws {
        let plan = try seedPlan()
        #expect(plan.placedOrders.map(\.order.billingCycle) == [.monthly, .oneTime, .monthly, BillingCycle.none])
        for placed in plan.placedOrders {
            let order = placed.order
            let id = try #require(order.id)
            #expect(order.referenceCustomerId == testCustomerId)
            #expect(order.currencyCode == "USD")
            #expect(order.currencySymbol == "$")
            #expect(order.creationDate == fixedNow)
            #expect(order.transactionType == "UserPurchase")
            #expect(order.links?.`self`?.uri == "/customers/\(testCustomerId)/orders/\(id)")
            #expect(order.links?.provisioningStatus?.uri == "/customers/\(testCustomerId)/orders/\(id)/provisioningstatus")
            #expect(order.links?.patchOperation?.method == "PATCH")
            #expect(order.attributes?.objectType == "Order")
            for line in order.lineItems ?? [] {
                #expect(line.transactionType == "New")
                #expect(line.links?.provisioningStatus?.uri == "/customers/\(testCustomerId)/orders/\(id)/provisioningstatus")
            }
        }
    }

    @Test func orderLineItemsCopyTheCartLineItems() throws {
        let plan = try seedPlan()
        let reservations = try #require(plan.placedOrders.first { $0.orderGroup == "0" })
        let lines = try #require(reservations.order.lineItems)
        #expect(lines.map(\.offerId) == [CatalogIds.reservationOneYear, CatalogIds.reservationThreeYears, CatalogIds.perpetualSqlServer])
        #expect(lines.map(\.termDuration) == ["P1Y", "P3Y", nil])
        #expect(lines.map(\.quantity) == [1, 1, 1])
        #expect(lines[0].friendlyName == "Reserved VM Instance, Standard_NV12, US East 2, 1 Year")
        #expect(lines[2].friendlyName == "SQL Server 2019 Standard - 2 Core License Pack")
        #expect(lines[0].provisioningContext?["scope"] == "shared")
        #expect(lines[1].provisioningContext?["scope"] == "single")
        #expect(lines[2].provisioningContext == nil)
        #expect(lines[0].links?.sku?.uri == "/products/DZH318Z0BQ36/skus/004G?country=US")
        #expect(reservations.order.totalPrice == 35_506.0) // 11,841 + 23,665

        let trial = try #require(plan.placedOrders.first { $0.orderGroup == "2" })
        #expect(trial.order.lineItems?.first?.renewsTo?.termDuration == "P1Y")
        #expect(trial.order.totalPrice == nil)
    }

    @Test func friendlyNameFromTheCartWinsOverTheCatalogTitle() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([lineItem(CatalogIds.businessBasic, friendlyName: "Front desk")])
        let line = try #require(try harness.plan(cart).placedOrders.first?.order.lineItems?.first)
        #expect(line.friendlyName == "Front desk")
    }

    @Test func inventoryTakenIsReportedForLimitedSkus() throws {
        let harness = try CartHarness()
        let cart = try harness.composedCart([
            lineItem(id: 0, CatalogIds.teamsRoomsLimited, quantity: 7),
            lineItem(id: 1, CatalogIds.teamsRoomsLimited, quantity: 3),
            lineItem(id: 2, CatalogIds.businessBasic, quantity: 9),
        ])
        let placed = try #require(try harness.plan(cart).placedOrders.first)
        #expect(placed.inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 10])
    }
}
