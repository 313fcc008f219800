import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Deleting a customer removes everything under it")
struct CustomerDeletionTests {
    @Test func deleteCascadesToCartsOrdersAndSubscriptions() async throws {
        try await withFileStore { store, _ in
            let commerce = try Commerce()
            let customer = customerRecord()
            let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
            let placed = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)
            #expect(try await commerce.provisionDue(in: store) == 3)
            #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).count == 6)

            #expect(try await store.deleteCustomer(partner: Partners.contoso, id: customer.id) == true)

            #expect(try await store.customer(partner: Partners.contoso, id: customer.id) == nil)
            #expect(try await store.cart(customerId: customer.id, id: cart.id) == nil)
            #expect(try await store.orders(customerId: customer.id, billingCycle: nil).isEmpty)
            for order in placed.result.orders {
                #expect(try await store.order(customerId: customer.id, id: try #require(order.id)) == nil)
            }
            #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).isEmpty)
            #expect(try await store.purchaseFacts(customerId: customer.id).subscriptionCount == 0)
            #expect(try await store.nextProvisioningDue() == nil)
        }
    }

    @Test func deletingOneCustomerLeavesTheOthers() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let doomed = customerRecord()
        let kept = customerRecord()
        try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: doomed, in: store)
        let keptCart = try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: kept, in: store)
        _ = try await commerce.checkout(keptCart.id, of: kept, in: store)

        #expect(try await store.deleteCustomer(partner: Partners.contoso, id: doomed.id) == true)

        #expect(try await store.customers(partner: Partners.contoso).map(\.id) == [kept.id])
        #expect(try await store.cart(customerId: kept.id, id: keptCart.id)?.cart.status == .ordered)
        #expect(try await store.orders(customerId: kept.id, billingCycle: nil).count == 1)
    }

    @Test func deletingTwiceIsFalseTheSecondTime() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        #expect(try await store.deleteCustomer(partner: Partners.contoso, id: customer.id) == true)
        #expect(try await store.deleteCustomer(partner: Partners.contoso, id: customer.id) == false)
    }
}
