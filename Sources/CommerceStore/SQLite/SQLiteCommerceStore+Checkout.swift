import CommerceCore
import Foundation
import GRDB
import PartnerCenterModels

extension SQLiteCommerceStore {
    /// Checks a cart out in two steps, so that the single writer does as little as possible: the plan, the
    /// orders and the answer are prepared from a snapshot (reading, deciding, encoding), then one short write
    /// commits them if the cart's version and the purchase facts the plan relied on are still the same. When
    /// they changed in between (another checkout of the customer, an update of the cart), the write prepares
    /// the checkout again inside its own transaction. Either way the result is that of deciding inside the
    /// write transaction.
    public func checkout(
        customerId: String, cartId: String, facts: @escaping @Sendable (Cart) -> PurchaseFactsQuery,
        decide: @escaping @Sendable (CheckoutSnapshot) throws -> CheckoutPlanner.Plan
    ) async throws -> CheckoutOutcome {
        let key = cartId.lowercased()
        let claimed = checkoutsInFlight.withLock { $0.insert(key).inserted }
        guard claimed else { throw CommerceError.cartBeingCheckedOut(cartId) }
        defer { _ = checkoutsInFlight.withLock { $0.remove(key) } }
        let recent = recentCarts
        let prepared = try readNow { db in
            try Self.prepareCheckout(db, customerId: customerId, cartId: cartId, facts: facts, decide: decide, recent: recent)
        }
        guard case .commit(let checkout) = prepared else { return try prepared.replayed() }
        return try await commits.writeKeepingAnswer { db in
            if let written = try Self.commitIfUnchanged(checkout, in: db, recent: recent) { return written }
            let again = try Self.prepareCheckout(db, customerId: customerId, cartId: cartId, facts: facts, decide: decide,
                                                 recent: recent)
            guard case .commit(let fresh) = again else {
                let replayed = try again.replayed()
                return (replayed, again.storedAnswer.map { CartKeptAnswer(cartId: cartId, body: $0) })
            }
            return try Self.write(fresh, in: db, recent: recent)
        }
    }

    private static func prepareCheckout(
        _ db: Database, customerId: String, cartId: String, facts: (Cart) -> PurchaseFactsQuery,
        decide: (CheckoutSnapshot) throws -> CheckoutPlanner.Plan, recent: RecentCarts
    ) throws -> PreparedCheckout {
        guard let row = try Row.fetchOne(
            db.kept("SELECT version, ordered_groups, body, checkout_result FROM carts WHERE id = ? AND customer_id = ?"),
            arguments: [cartId, customerId]) else { throw CommerceError.cartNotFound(cartId) }
        if let stored = row["checkout_result"] as Data? { return .replay(try StoredBody.json(stored, what: "cart \(cartId) answer")) }
        var record = try cartRecord(row, customerId: customerId, id: cartId, recent: recent)
        let readVersion = record.version
        let query = facts(record.cart)
        let purchaseFacts = try Self.purchaseFacts(db, customerId: customerId, query: query)
        let plan = try decide(CheckoutSnapshot(cart: record, facts: purchaseFacts))
        for placed in plan.placedOrders {
            if let group = placed.orderGroup, let orderId = placed.order.id { record.orderedGroups[group] = orderId }
        }
        let previousOrderIds = Set(record.orderedGroups.values).subtracting(plan.placedOrders.compactMap(\.order.id))
        let earlier = try orders(db, ids: previousOrderIds)
        let result = CartCheckoutResult(orders: CheckoutOrderSequence.sortedByGroup(earlier + plan.placedOrders.map(\.order), record),
                                        orderErrors: plan.orderErrors)
        let groups = Set((record.cart.lineItems ?? []).compactMap(\.orderGroup))
        let complete = plan.orderErrors.isEmpty && groups.isSubset(of: Set(record.orderedGroups.keys))
        if complete { record.cart.status = .ordered }
        record.version += 1
        let orders = try plan.placedOrders.map { try EncodedOrder($0, customerId: customerId, cartId: record.id) }
        let encodedOrders = Dictionary(orders.compactMap { order in order.id.map { ($0, order.body) } },
                                       uniquingKeysWith: { first, _ in first })
        let cartBody = StoredBody.packed(try StoredJSON.encode(record.cart.withETag(version: record.version)))
        let orderedGroups = try StoredJSON.encode(record.orderedGroups)
        let resultBody = try CheckoutResultBody.encode(result, encodedOrders: encodedOrders)
        return .commit(PreparedCheckout.Commit(
            customerId: customerId, cartId: record.id, readVersion: readVersion, query: query, facts: purchaseFacts,
            orders: orders, result: result, resultBody: resultBody, storedResult: complete ? StoredBody.packed(resultBody) : nil,
            complete: complete, cart: record, cartBody: cartBody, orderedGroups: orderedGroups,
            writtenCart: RecentCarts.Written(record, body: cartBody, orderedGroups: orderedGroups)))
    }

    /// Writes a prepared checkout, or returns `nil` when what it was prepared from has changed since.
    private static func commitIfUnchanged(
        _ checkout: PreparedCheckout.Commit, in db: Database, recent: RecentCarts
    ) throws -> (CheckoutOutcome, CartKeptAnswer?)? {
        let version = try Int.fetchOne(db.kept("SELECT version FROM carts WHERE id = ? AND customer_id = ?"),
                                       arguments: [checkout.cartId, checkout.customerId])
        guard version == checkout.readVersion,
              try purchaseFacts(db, customerId: checkout.customerId, query: checkout.query) == checkout.facts else { return nil }
        return try write(checkout, in: db, recent: recent)
    }

    /// Writes the orders and the cart, and says whether the cart now keeps the answer (once every group is
    /// ordered). The cart is remembered as written: if the transaction rolls back, the row keeps other bytes and
    /// the record is never used.
    private static func write(
        _ checkout: PreparedCheckout.Commit, in db: Database, recent: RecentCarts
    ) throws -> (CheckoutOutcome, CartKeptAnswer?) {
        for order in checkout.orders { try insertOrder(db, order) }
        try db.executeKept(
            sql: "UPDATE carts SET version = ?, status = ?, ordered_groups = ?, checkout_result = ?, body = ? WHERE id = ?",
            arguments: [checkout.cart.version, checkout.cart.cart.status?.rawValue ?? "Active", checkout.orderedGroups,
                        checkout.storedResult, checkout.cartBody, checkout.cartId])
        recent.remember(checkout.writtenCart)
        return (.placed(checkout.result, body: checkout.resultBody),
                checkout.complete ? CartKeptAnswer(cartId: checkout.cartId, body: checkout.resultBody) : nil)
    }
}

/// A checkout prepared outside the writer.
private enum PreparedCheckout: Sendable {
    /// The cart was fully ordered already: its stored answer.
    case replay(Data)
    /// Orders and cart changes to commit.
    case commit(Commit)

    /// The stored answer of a replay.
    func replayed() throws -> CheckoutOutcome {
        guard let body = storedAnswer else { throw StoreError.corrupt("a prepared checkout is not a replay") }
        return .replay(body)
    }

    /// The answer the cart keeps, for a replay.
    var storedAnswer: Data? {
        guard case .replay(let body) = self else { return nil }
        return body
    }

    struct Commit: Sendable {
        let customerId: String
        let cartId: String
        /// The cart version the plan was made from.
        let readVersion: Int
        let query: PurchaseFactsQuery
        /// The purchase facts the plan was made from.
        let facts: PurchaseFacts
        let orders: [EncodedOrder]
        let result: CartCheckoutResult
        let resultBody: Data
        /// The answer as the cart keeps it, once complete.
        let storedResult: Data?
        /// Whether every order group is now ordered (the cart becomes `Ordered` and its answer is kept).
        let complete: Bool
        let cart: CartRecord
        /// The cart's body as stored.
        let cartBody: Data
        let orderedGroups: Data
        /// The cart to remember once written.
        let writtenCart: RecentCarts.Written
    }
}
