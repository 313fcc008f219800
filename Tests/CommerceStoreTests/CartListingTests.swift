import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Listing a customer's carts")
struct CartListingTests {
    @Test func cartsAreListedInCreationOrderWithTheirOrderedGroups() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let first = try await commerce.insertCart([lineItem(id: 0, CatalogIds.azureLegacy)], for: customer, in: store)
        let second = try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customer, in: store,
                                                   insertingCustomer: false)
        _ = try await commerce.checkout(first.id, of: customer, in: store)

        let carts = try await store.carts(customerId: customer.id)

        #expect(carts.map(\.id) == [first.id, second.id])
        #expect(carts[0].cart.status == .ordered)
        #expect(carts[0].orderedGroups.keys.sorted() == ["OMS-0"])
        #expect(carts[1] == second)
    }

    @Test func anotherCustomersCartsAreNotListed() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let mine = customerRecord()
        let theirs = customerRecord(partner: Partners.fabrikam)
        try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: theirs, in: store)
        try await store.insertCustomer(mine)

        #expect(try await store.carts(customerId: mine.id).isEmpty)
        #expect(try await store.carts(customerId: theirs.id).count == 1)
    }
}
