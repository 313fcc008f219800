import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Cancelling orders")
struct OrderCancellationTests {
    /// The decision the order route takes: only pending orders can be cancelled.
    private static let cancelPending: @Sendable (Order) throws -> Order = { order in
        guard order.status == .pending else { throw CommerceError.unsupportedOrderUpdate("order is \(order.status?.rawValue ?? "")") }
        var cancelled = order
        cancelled.status = .cancelled
        return cancelled
    }

    @Test func pendingOrderIsCancelledAndNeverProvisioned() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        let order = try await commerce.placeDirectOrder(
            [OrderLineItem(lineItemNumber: 0, offerId: CatalogIds.businessBasic, termDuration: "P1Y", quantity: 3)],
            for: customer, in: store)
        let orderId = try #require(order.id)
        #expect(order.status == .pending)

        let cancelled = try await store.cancelOrder(customerId: customer.id, id: orderId, decide: Self.cancelPending)
        #expect(cancelled?.status == .cancelled)
        #expect(try await store.order(customerId: customer.id, id: orderId)?.status == .cancelled)
        #expect(try await store.nextProvisioningDue() == nil)
        #expect(try await commerce.provisionDue(in: store, at: checkoutTime.addingTimeInterval(86_400)) == 0)
        #expect(try await store.subscriptions(customerId: customer.id, orderId: orderId).isEmpty)
        #expect(try await store.order(customerId: customer.id, id: orderId)?.status == .cancelled)
    }

    @Test func refusedCancellationLeavesTheOrderAsItWas() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        let order = try await commerce.placeDirectOrder(
            [OrderLineItem(lineItemNumber: 0, offerId: CatalogIds.azureLegacy, quantity: 1)], for: customer, in: store)
        let orderId = try #require(order.id)
        #expect(order.status == .completed)
        await #expect(throws: CommerceError.self) {
            _ = try await store.cancelOrder(customerId: customer.id, id: orderId, decide: Self.cancelPending)
        }
        #expect(try await store.order(customerId: customer.id, id: orderId) == order)
        #expect(try await store.subscriptions(customerId: customer.id, orderId: orderId).map(\.status) == [.active])
    }

    @Test func cancellingAnOrderWithSubscriptionsDeletesThem() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        let order = try await commerce.placeDirectOrder(
            [OrderLineItem(lineItemNumber: 0, offerId: CatalogIds.azureLegacy, quantity: 1)], for: customer, in: store)
        let orderId = try #require(order.id)
        #expect(try await store.purchaseFacts(customerId: customer.id).ownedSkuKeys == ["MS-AZR-0145P"])
        _ = try await store.cancelOrder(customerId: customer.id, id: orderId) { order in
            var cancelled = order
            cancelled.status = .cancelled
            return cancelled
        }
        #expect(try await store.subscriptions(customerId: customer.id, orderId: orderId).map(\.status) == [.deleted])
        let facts = try await store.purchaseFacts(customerId: customer.id)
        #expect(facts.ownedSkuKeys.isEmpty)
        #expect(facts.subscriptionCount == 0)
    }

    @Test func cancellingAnUnknownOrderIsNil() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        #expect(try await store.cancelOrder(customerId: customer.id, id: "nope", decide: Self.cancelPending) == nil)
    }
}
