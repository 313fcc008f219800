@testable import CommerceCore
import Foundation
import PartnerCenterModels
import Testing

@Suite("DirectOrderPlanner: POST /customers/{id}/orders")
struct DirectOrderPlannerTests {
    private func plan(_ request: Order, context: PurchaseContext = PurchaseContext(country: "US")) throws -> OrderFactory.PlacedOrder {
        try DirectOrderPlanner(catalog: try Catalog.defaultCatalog())
            .plan(request, customerId: testCustomerId, context: context, now: fixedNow, provisioningDelay: 10)
    }

    private func line(_ offerId: String?, quantity: Int? = 5, term: String? = "P1Y") -> OrderLineItem {
        OrderLineItem(lineItemNumber: 0, offerId: offerId, termDuration: term, quantity: quantity)
    }

    @Test func validNewCommerceOrderIsPlacedPending() throws {
        let placed = try plan(Order(lineItems: [line(CatalogIds.businessBasic)], billingCycle: .monthly))
        let order = placed.order
        #expect(order.status == .pending)
        #expect(isModernOrderId(order.id))
        #expect(isTwelveHexDigits(order.alternateId))
        #expect(order.billingCycle == .monthly)
        #expect(order.currencyCode == "USD")
        #expect(order.referenceCustomerId == testCustomerId)
        #expect(order.lineItems?.map(\.offerId) == [CatalogIds.businessBasic])
        #expect(order.lineItems?.map(\.lineItemNumber) == [0])
        #expect(order.lineItems?.first?.pricing?.extendedPrice == 360.0)
        #expect(order.totalPrice == 360.0)
        #expect(placed.orderGroup == nil)
        #expect(placed.provisioningDue == fixedNow.addingTimeInterval(10))
    }

    @Test func billingCycleDefaultsToMonthly() throws {
        let placed = try plan(Order(lineItems: [line(CatalogIds.businessBasic, quantity: 1)]))
        #expect(placed.order.billingCycle == .monthly)
    }

    @Test func invalidItemAnswers400WithTheLineItemCode() throws {
        let error = try #require(throws: CommerceError.self) {
            try plan(Order(lineItems: [line(CatalogIds.businessBasic, quantity: 301)], billingCycle: .monthly))
        }
        #expect(error.httpStatus == 400)
        #expect(error.code == 10015)
        #expect(error.description.contains("lineItems[0]"))
        #expect(error.description.contains("quantity 301"))
        #expect(error.data == ["0"])
    }

    @Test func unknownOfferAnswers400With10001() throws {
        let error = try #require(throws: CommerceError.self) {
            try plan(Order(lineItems: [line(CatalogIds.businessBasic), line("NOPE:0001:NOPE")], billingCycle: .monthly))
        }
        #expect(error.httpStatus == 400)
        #expect(error.code == 10001)
        #expect(error.description.contains("lineItems[1]"))
        #expect(error.description.contains("NOPE:0001:NOPE"))
    }

    @Test func legacyAndNewCommerceMixedIsRefusedWith800002() throws {
        let error = try #require(throws: CommerceError.self) {
            try plan(Order(lineItems: [line(CatalogIds.legacyE1, term: nil), line(CatalogIds.businessBasic)], billingCycle: .monthly))
        }
        #expect(error.httpStatus == 400)
        #expect(error.code == 800002)
        #expect(error.description.contains("lineItems"))
        #expect(error.description.contains("legacy"))
    }

    @Test func legacyOrderIsCompletedAtOnce() throws {
        let placed = try plan(Order(lineItems: [line(CatalogIds.legacyE1, quantity: 3, term: nil)], billingCycle: .annual))
        #expect(placed.order.status == .completed)
        #expect(placed.order.id == placed.order.alternateId)
        #expect(placed.subscriptions.map(\.quantity) == [3])
        #expect(placed.order.lineItems?.first?.subscriptionId == placed.subscriptions.first?.id)
    }

    @Test func missingOfferIdNamesItsPath() throws {
        let error = try #require(throws: CommerceError.self) {
            try plan(Order(lineItems: [line(CatalogIds.businessBasic), line(nil)], billingCycle: .monthly))
        }
        #expect(error.code == 800002)
        #expect(error.description.contains("lineItems[1].offerId"))
    }

    @Test(arguments: [0, -3])
    func nonPositiveQuantityNamesItsPathAndValue(quantity: Int) throws {
        let error = try #require(throws: CommerceError.self) {
            try plan(Order(lineItems: [line(CatalogIds.businessBasic, quantity: quantity)], billingCycle: .monthly))
        }
        #expect(error.code == 800002)
        #expect(error.description.contains("lineItems[0].quantity"))
        #expect(error.description.contains("got \(quantity)"))
    }

    @Test func orderWithoutLineItemsIsRefused() throws {
        let error = try #require(throws: CommerceError.self) { try plan(Order(lineItems: [], billingCycle: .monthly)) }
        #expect(error.code == 800002)
        #expect(error.description.contains("lineItems"))
    }
}
