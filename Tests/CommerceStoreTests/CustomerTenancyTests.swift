import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Customers belong to the partner that created them")
struct CustomerTenancyTests {
    @Test func anotherPartnersCustomerIsNotFound() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord(partner: Partners.contoso)
        try await store.insertCustomer(customer)
        #expect(try await store.customer(partner: Partners.fabrikam, id: customer.id) == nil)
        #expect(try await store.customer(partner: Partners.contoso, id: customer.id) == customer)
    }

    @Test func customerIdsAndPartnerIdsMatchCaseInsensitively() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord(partner: Partners.contoso)
        try await store.insertCustomer(customer)
        let found = try await store.customer(partner: Partners.contoso.uppercased(), id: customer.id.uppercased())
        #expect(found?.customer == customer.customer)
    }

    @Test func listingsAndCountsOnlyShowTheCallersCustomers() async throws {
        let store = try makeMemoryStore()
        let first = customerRecord(partner: Partners.contoso)
        let second = customerRecord(partner: Partners.contoso)
        let theirs = customerRecord(partner: Partners.fabrikam)
        for record in [first, theirs, second] { try await store.insertCustomer(record) }
        #expect(try await store.customers(partner: Partners.contoso).map(\.id) == [first.id, second.id])
        #expect(try await store.customers(partner: Partners.fabrikam).map(\.id) == [theirs.id])
        #expect(try await store.customerCount(partner: Partners.contoso) == 2)
        #expect(try await store.customerCount(partner: Partners.fabrikam) == 1)
        #expect(try await store.customerCount(partner: "33333333-cccc-4ccc-8ccc-333333333333") == 0)
    }

    @Test func deleteByAnotherPartnerIsFalseAndLeavesTheCustomer() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord(partner: Partners.contoso)
        try await store.insertCustomer(customer)
        #expect(try await store.deleteCustomer(partner: Partners.fabrikam, id: customer.id) == false)
        #expect(try await store.customer(partner: Partners.contoso, id: customer.id) == customer)
        #expect(try await store.customerCount(partner: Partners.contoso) == 1)
    }

    @Test func customerIdTakenByAnotherPartnerIsADuplicate() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord(partner: Partners.contoso)
        try await store.insertCustomer(customer)
        let clash = customerRecord(partner: Partners.fabrikam, id: customer.id)
        await #expect(throws: StoreError.duplicate(customer.id)) { try await store.insertCustomer(clash) }
        #expect(try await store.customer(partner: Partners.fabrikam, id: customer.id) == nil)
        #expect(try await store.customer(partner: Partners.contoso, id: customer.id) == customer)
    }

    @Test func cartsAndOrdersAreScopedToTheirCustomer() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let other = customerRecord()
        try await store.insertCustomer(other)
        let cart = try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customer, in: store)
        let placed = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)
        let orderId = try #require(placed.result.orders.first?.id)
        #expect(try await store.cart(customerId: other.id, id: cart.id) == nil)
        #expect(try await store.order(customerId: other.id, id: orderId) == nil)
        #expect(try await store.orders(customerId: other.id, billingCycle: nil).isEmpty)
        #expect(try await store.order(customerId: customer.id, id: orderId)?.id == orderId)
        await #expect(throws: CommerceError.cartNotFound(cart.id)) {
            _ = try await commerce.checkout(cart.id, of: other, in: store)
        }
    }
}
