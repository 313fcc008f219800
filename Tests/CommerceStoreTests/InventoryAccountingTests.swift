import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Limited inventory taken across orders")
struct InventoryAccountingTests {
    private func rooms(_ quantity: Int) -> OrderLineItem {
        OrderLineItem(lineItemNumber: 0, offerId: CatalogIds.teamsRoomsLimited, termDuration: "P1Y", quantity: quantity)
    }

    @Test func inventoryTakenAccumulatesAcrossOrdersAndCustomers() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let first = customerRecord()
        let second = customerRecord(partner: Partners.fabrikam)
        try await store.insertCustomer(first)
        try await store.insertCustomer(second)
        #expect(try await store.purchaseFacts(customerId: first.id).inventoryTaken.isEmpty)

        _ = try await commerce.placeDirectOrder([rooms(10)], for: first, in: store)
        #expect(try await store.purchaseFacts(customerId: first.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 10])

        _ = try await commerce.placeDirectOrder([rooms(15)], for: second, in: store)
        // The 50 units are shared by every partner: both customers see 25 taken.
        #expect(try await store.purchaseFacts(customerId: first.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 25])
        #expect(try await store.purchaseFacts(customerId: second.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 25])
    }

    @Test func checkoutTakesInventoryAndLaterPurchasesSeeWhatIsLeft() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart([
            lineItem(id: 0, CatalogIds.teamsRoomsLimited, quantity: 30),
            lineItem(id: 1, CatalogIds.teamsRoomsLimited, quantity: 5, billingCycle: .annual),
        ], for: customer, in: store)
        _ = try await commerce.checkout(cart.id, of: customer, in: store)
        #expect(try await store.purchaseFacts(customerId: customer.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 35])

        let error = try await #require(throws: CommerceError.self) {
            _ = try await commerce.placeDirectOrder([rooms(16)], for: customer, in: store)
        }
        #expect(error.code == 10003)
        #expect(error.description.contains("15 unit(s) left"))
        #expect(try await store.purchaseFacts(customerId: customer.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 35])

        _ = try await commerce.placeDirectOrder([rooms(15)], for: customer, in: store)
        #expect(try await store.purchaseFacts(customerId: customer.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 50])
    }

    @Test func cartMadeBeforeInventoryRanOutFailsItsGroupAtCheckout() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart([
            lineItem(id: 0, CatalogIds.teamsRoomsLimited, quantity: 20),
            lineItem(id: 1, CatalogIds.businessBasic, quantity: 2, billingCycle: .annual),
        ], for: customer, in: store)
        _ = try await commerce.placeDirectOrder([rooms(40)], for: customer, in: store)

        let placed = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)
        #expect(placed.result.orderErrors.map(\.orderGroupId) == ["0"])
        #expect(placed.result.orderErrors.map(\.code) == [10003])
        #expect(placed.result.orders.map { $0.lineItems?.first?.offerId } == [CatalogIds.businessBasic])
        #expect(try await store.purchaseFacts(customerId: customer.id).inventoryTaken == [CatalogIds.teamsRoomsSkuKey: 40])
        #expect(try await store.cart(customerId: customer.id, id: cart.id)?.cart.status == .active)
    }
}
