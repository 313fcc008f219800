import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Cart versions and updates")
struct CartVersioningTests {
    @Test func insertedCartStartsAtVersionOneWithItsETag() async throws {
        let store = try makeMemoryStore()
        let cart = try await Commerce().insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customerRecord(), in: store)
        #expect(cart.version == 1)
        #expect(cart.etag == "\"1\"")
        #expect(cart.cart.attributes?.etag == "1")
        #expect(cart.cart.attributes?.objectType == "Cart")
        #expect(cart.cart.status == .active)
        #expect(cart.orderedGroups.isEmpty)
    }

    @Test func everyUpdateIncrementsTheVersionAndStoresTheNewCart() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        let inserted = try await Commerce().insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customer, in: store)

        let first = try #require(try await store.updateCart(customerId: customer.id, id: inserted.id) { stored in
            var cart = stored.cart
            cart.lineItems?[0].quantity = 5
            return cart
        })
        #expect(first.version == 2)
        #expect(first.cart.attributes?.etag == "2")

        let second = try #require(try await store.updateCart(customerId: customer.id, id: inserted.id) { stored in
            #expect(stored.version == 2)
            var cart = stored.cart
            cart.lineItems?[0].quantity = 9
            return cart
        })
        #expect(second.version == 3)

        let stored = try #require(try await store.cart(customerId: customer.id, id: inserted.id))
        #expect(stored.version == 3)
        #expect(stored.etag == "\"3\"")
        #expect(stored.cart.lineItems?.first?.quantity == 9)
    }

    @Test func updateOfAnUnknownCartIsNil() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        let updated = try await store.updateCart(customerId: customer.id, id: UUID().uuidString.lowercased()) { $0.cart }
        #expect(updated == nil)
    }

    @Test func refusedUpdateLeavesVersionAndCartUnchanged() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        let inserted = try await Commerce().insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customer, in: store)
        await #expect(throws: CommerceError.cartAlreadyOrdered(inserted.id)) {
            _ = try await store.updateCart(customerId: customer.id, id: inserted.id) { stored in
                throw CommerceError.cartAlreadyOrdered(stored.id)
            }
        }
        let stored = try #require(try await store.cart(customerId: customer.id, id: inserted.id))
        #expect(stored.version == 1)
        #expect(stored.cart == inserted.cart)
    }
}
