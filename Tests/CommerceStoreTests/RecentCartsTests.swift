import CommerceCore
@testable import CommerceStore
import Foundation
import GRDB
import PartnerCenterModels
import Testing

/// A cart the SQLite store remembers is exactly what decoding its row gives, and only used while the row holds
/// the bytes it was written with.
@Suite("Recent carts")
struct RecentCartsTests {
    private func decodedRow(_ store: SQLiteCommerceStore, _ cart: CartRecord) throws -> Cart {
        let body = try store.readNow { db in
            try Data.fetchOne(db, sql: "SELECT body FROM carts WHERE id = ?", arguments: [cart.id])
        }
        return try StoredBody.decode(Cart.self, from: try #require(body), what: "cart")
    }

    @Test func aComposedCartIsRememberedAsItsRowDecodes() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        var withEndDate = lineItem(id: 6, CatalogIds.businessBasic)
        withEndDate.customTermEndDate = Date(timeIntervalSince1970: 1_800_000_000.123_456_789)
        let carts = [
            seedLineItems,
            [lineItem(id: 0, "NOT-IN-CATALOG"), lineItem(id: 1, CatalogIds.businessBasic, quantity: 5_000), withEndDate],
        ]
        for items in carts {
            let customer = customerRecord()
            let stored = try await commerce.insertCart(items, for: customer, in: store)
            let remembered = try #require(store.recentCarts.record(
                id: stored.id, body: StoredBody.packed(try StoredJSON.encode(stored.cart)),
                orderedGroups: try StoredJSON.encode(stored.orderedGroups)))
            #expect(remembered.cart == (try decodedRow(store, stored)))
            #expect(remembered == stored)
        }
    }

    @Test func aCheckedOutCartIsRememberedAsItsRowDecodes() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        _ = try await commerce.checkout(cart.id, of: customer, in: store)
        let stored = try #require(try await store.cart(customerId: customer.id, id: cart.id))
        #expect(stored.cart.status == .ordered)
        #expect(stored.version == cart.version + 1)
        #expect(stored.cart == (try decodedRow(store, stored)))
    }

    @Test func aRowChangedBehindTheStoreIsDecodedAgain() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        var changed = cart.cart
        changed.lastModifiedUser = "someone-else"
        let body = try StoredJSON.encode(changed)
        try await store.writer.write { db in
            try db.execute(sql: "UPDATE carts SET body = ? WHERE id = ?", arguments: [body, cart.id])
        }
        let read = try #require(try await store.cart(customerId: customer.id, id: cart.id))
        #expect(read.cart.lastModifiedUser == "someone-else")
    }

    @Test func datesAreRoundedAsDecodingRoundsThem() throws {
        // Near the reference date a Double holds finer steps than the stored 100 ns ticks.
        let date = Date(timeIntervalSinceReferenceDate: 12_345.678_901_234_5)
        let cart = Cart(id: "c", creationTimestamp: date, lastModifiedTimestamp: date, expirationTimestamp: date,
                        lastModifiedUser: nil, lineItems: [], status: .active, links: nil, attributes: nil)
        let decoded = try StoredJSON.decode(Cart.self, from: try StoredJSON.encode(cart), what: "cart")
        #expect(RecentCarts.asDecoded(cart) == decoded)
        #expect(cart != decoded)
    }
}
