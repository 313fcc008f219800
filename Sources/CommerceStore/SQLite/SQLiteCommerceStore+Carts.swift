import CommerceCore
import Foundation
import GRDB
import PartnerCenterModels

extension SQLiteCommerceStore {
    public func insertCart(_ record: CartRecord) async throws {
        let body = try StoredJSON.encode(record.cart.withETag(version: record.version))
        let groups = try StoredJSON.encode(record.orderedGroups)
        try await commits.write { db in
            try db.execute(
                sql: "INSERT INTO carts (id, customer_id, version, status, expires_at, ordered_groups, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [record.id, record.customerId, record.version, record.cart.status?.rawValue ?? "Active",
                            (record.cart.expirationTimestamp ?? .distantPast).timeIntervalSince1970, groups, body])
        }
    }

    public func cart(customerId: String, id: String) async throws -> CartRecord? {
        try await writer.read { db in try Self.cart(db, customerId: customerId, id: id) }
    }

    public func cartBody(customerId: String, id: String) async throws -> StoredCartBody? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT version, expires_at, body FROM carts WHERE id = ? AND customer_id = ?",
                             arguments: [id, customerId])
                .map { row in
                    StoredCartBody(body: row["body"], expiresAt: Date(timeIntervalSince1970: row["expires_at"]),
                                   etag: "\"\(row["version"] as Int)\"")
                }
        }
    }

    public func updateCart(
        customerId: String, id: String, decide: @escaping @Sendable (CartRecord) throws -> Cart
    ) async throws -> CartRecord? {
        try await commits.write { db in
            guard let stored = try Self.cart(db, customerId: customerId, id: id) else { return nil }
            var updated = stored
            updated.version += 1
            updated.cart = try decide(stored).withETag(version: updated.version)
            try db.execute(sql: "UPDATE carts SET version = ?, status = ?, body = ? WHERE id = ?",
                           arguments: [updated.version, updated.cart.status?.rawValue ?? "Active",
                                       try StoredJSON.encode(updated.cart), id])
            return updated
        }
    }

    static func cart(_ db: Database, customerId: String, id: String) throws -> CartRecord? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT version, ordered_groups, body FROM carts WHERE id = ? AND customer_id = ?",
            arguments: [id, customerId]) else { return nil }
        let cart = try StoredJSON.decode(Cart.self, from: row["body"], what: "cart \(id)")
        let groups = try StoredJSON.decode([String: String].self, from: row["ordered_groups"], what: "cart \(id) groups")
        return CartRecord(customerId: customerId, cart: cart, version: row["version"], orderedGroups: groups)
    }

    public func checkout(
        customerId: String, cartId: String, facts: @escaping @Sendable (Cart) -> PurchaseFactsQuery,
        decide: @escaping @Sendable (CheckoutSnapshot) throws -> CheckoutPlanner.Plan
    ) async throws -> CheckoutOutcome {
        let key = cartId.lowercased()
        let claimed = checkoutsInFlight.withLock { $0.insert(key).inserted }
        guard claimed else { throw CommerceError.cartBeingCheckedOut(cartId) }
        defer { _ = checkoutsInFlight.withLock { $0.remove(key) } }
        return try await commits.write { db in
            if let stored = try Data.fetchOne(db, sql: "SELECT checkout_result FROM carts WHERE id = ? AND customer_id = ?",
                                              arguments: [cartId, customerId]) {
                return .replay(stored)
            }
            guard var record = try Self.cart(db, customerId: customerId, id: cartId) else {
                throw CommerceError.cartNotFound(cartId)
            }
            let query = facts(record.cart)
            let plan = try decide(CheckoutSnapshot(cart: record, facts: try Self.purchaseFacts(db, customerId: customerId, query: query)))
            for placed in plan.placedOrders {
                try Self.insertOrder(db, placed, customerId: customerId, cartId: record.id)
                if let group = placed.orderGroup, let orderId = placed.order.id { record.orderedGroups[group] = orderId }
            }
            let previousOrderIds = Set(record.orderedGroups.values).subtracting(plan.placedOrders.compactMap(\.order.id))
            let earlier = try Self.orders(db, ids: previousOrderIds)
            let result = CartCheckoutResult(orders: CheckoutOrderSequence.sortedByGroup(earlier + plan.placedOrders.map(\.order), record),
                                            orderErrors: plan.orderErrors)
            let body = try StoredJSON.encode(result)
            let groups = Set((record.cart.lineItems ?? []).compactMap(\.orderGroup))
            let complete = plan.orderErrors.isEmpty && groups.isSubset(of: Set(record.orderedGroups.keys))
            if complete { record.cart.status = .ordered }
            record.version += 1
            try db.execute(
                sql: "UPDATE carts SET version = ?, status = ?, ordered_groups = ?, checkout_result = ?, body = ? WHERE id = ?",
                arguments: [record.version, record.cart.status?.rawValue ?? "Active", try StoredJSON.encode(record.orderedGroups),
                            complete ? body : nil, try StoredJSON.encode(record.cart.withETag(version: record.version)), record.id])
            return .placed(result, body: body)
        }
    }

    private static func orders(_ db: Database, ids: Set<String>) throws -> [Order] {
        try ids.compactMap { id in
            try Data.fetchOne(db, sql: "SELECT body FROM orders WHERE id = ?", arguments: [id])
                .map { try StoredJSON.decode(Order.self, from: $0, what: "order \(id)") }
        }
    }
}
