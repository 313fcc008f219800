import CommerceCore
@testable import CommerceStore
import Foundation
import GRDB
import PartnerCenterModels
import Testing

/// The SQLite store keeps bodies packed and answers with exactly the JSON it was given; bodies stored as plain
/// JSON still read, and a damaged one is reported as corrupt.
@Suite("Stored bodies")
struct StoredBodyTests {
    private struct StoredColumns {
        var cart: Data
        var checkoutResult: Data
        var orders: [Data]
        var subscriptions: [Data]
    }

    private static func columns(_ store: SQLiteCommerceStore, cartId: String) throws -> StoredColumns {
        try store.readNow { db in
            let cart = try #require(try Row.fetchOne(db, sql: "SELECT body, checkout_result FROM carts WHERE id = ?", arguments: [cartId]))
            return StoredColumns(
                cart: cart["body"], checkoutResult: cart["checkout_result"],
                orders: try Data.fetchAll(db, sql: "SELECT body FROM orders WHERE cart_id = ? ORDER BY rowid", arguments: [cartId]),
                subscriptions: try Data.fetchAll(db, sql: """
                    SELECT body FROM subscriptions WHERE order_id IN (SELECT id FROM orders WHERE cart_id = ?) ORDER BY rowid
                    """, arguments: [cartId]))
        }
    }

    @Test func bodiesAreStoredPackedAndReadBackAsTheirJSON() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        guard case .placed(let result, let answer) = try await commerce.checkout(cart.id, of: customer, in: store) else {
            Issue.record("the checkout was not placed")
            return
        }
        #expect(try await commerce.provisionDue(in: store) > 0)
        let stored = try Self.columns(store, cartId: cart.id)
        #expect(!stored.orders.isEmpty && !stored.subscriptions.isEmpty)
        for body in [stored.cart, stored.checkoutResult] + stored.orders + stored.subscriptions {
            #expect(body.first == 0x01)
            #expect(body.count * 2 < (try StoredBody.json(body, what: "body")).count)
        }
        #expect(try StoredBody.json(stored.checkoutResult, what: "answer") == answer)

        let cartBody = try #require(try await store.cartBody(customerId: customer.id, id: cart.id))
        let storedCart = try #require(try await store.cart(customerId: customer.id, id: cart.id))
        #expect(cartBody.body == (try StoredJSON.encode(storedCart.cart)))
        let listed = try await store.orderBodies(customerId: customer.id, billingCycle: nil)
        #expect(listed.count == result.orders.count)
        for body in listed {
            let order = try StoredJSON.decode(Order.self, from: body, what: "order")
            #expect(body == (try StoredJSON.encode(order)))
            #expect(try await store.order(customerId: customer.id, id: try #require(order.id)) == order)
            #expect(order.status == .completed)
        }
        #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).count == stored.subscriptions.count)
    }

    @Test func bodiesStoredAsPlainJSONStillRead() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        _ = try await commerce.checkout(cart.id, of: customer, in: store)
        let orders = try await store.orderBodies(customerId: customer.id, billingCycle: nil)
        let order = try StoredJSON.decode(Order.self, from: try #require(orders.first), what: "order")
        let plain = try StoredJSON.encode(order)
        try await store.writer.write { db in
            try db.execute(sql: "UPDATE orders SET body = ? WHERE id = ?", arguments: [plain, order.id])
        }
        #expect(try await store.order(customerId: customer.id, id: try #require(order.id)) == order)
        #expect(try await store.orderBodies(customerId: customer.id, billingCycle: nil).first == plain)
    }

    @Test func aDamagedPackedBodyIsReportedAsCorrupt() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        try await store.writer.write { db in
            try db.execute(sql: "UPDATE carts SET body = ? WHERE id = ?", arguments: [Data([0x01, 0x40, 0x80, 0x7F]), cart.id])
        }
        await #expect {
            try await store.cartBody(customerId: customer.id, id: cart.id)
        } throws: { error in
            guard case StoreError.corrupt(let message) = error else { return false }
            return message.contains("cannot be unpacked")
        }
    }

    /// Packed bodies point into the dictionary of their version, so its bytes and the format may never change.
    @Test func packedBodiesOfTheFirstVersionStayReadable() throws {
        let dictionary = StoredBodyDictionary.version1
        let fnv1a = dictionary.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        #expect(dictionary.count == 2_625)
        #expect(fnv1a == 0xD9F2_DDAE_C1AC_56B2)
        // The dictionary's first 39 bytes, a literal comma, then its last 33 bytes.
        let packed = Data([0x01, 0x49, 0xA3, 0xC1, 0x14, 0x00, 0x2C, 0x9D, 0x49])
        let json = #"{"attributes":{"objectType":"Customer"},"transactionType":"UserPurchase"}"#
        #expect(try StoredBody.json(packed, what: "body") == Data(json.utf8))
    }

    @Test func bodiesThatWouldNotShrinkAreKeptAsTheyAre() {
        for json in ["{}", "[1]", #"{"a":"\#(UUID().uuidString)"}"#].map({ Data($0.utf8) }) {
            #expect(StoredBody.packed(json) == json)
        }
    }
}
