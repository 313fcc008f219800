import CommerceCore
import Foundation
import GRDB
import PartnerCenterModels

extension SQLiteCommerceStore {
    static func insertOrder(_ db: Database, _ placed: OrderFactory.PlacedOrder, customerId: String, cartId: String?) throws {
        try insertOrder(db, try EncodedOrder(placed, customerId: customerId, cartId: cartId))
    }

    static func insertOrder(_ db: Database, _ encoded: EncodedOrder) throws {
        try db.execute(
            sql: """
                INSERT INTO orders (id, customer_id, cart_id, billing_cycle, status, provisioning_due, line_item_count, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [encoded.id, encoded.customerId, encoded.cartId, encoded.billingCycle, encoded.status,
                        encoded.provisioningDue?.timeIntervalSince1970, encoded.lineItemCount, encoded.body])
        for subscription in encoded.subscriptions {
            try db.execute(
                sql: "INSERT INTO subscriptions (id, customer_id, order_id, sku_key, status, body) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [subscription.id, encoded.customerId, subscription.orderId, subscription.skuKey, subscription.status,
                            subscription.body])
        }
        for (skuKey, quantity) in encoded.inventoryTaken {
            try db.execute(
                sql: "INSERT INTO inventory (sku_key, taken) VALUES (?, ?) ON CONFLICT(sku_key) DO UPDATE SET taken = taken + excluded.taken",
                arguments: [skuKey, quantity])
        }
    }

    public func placeOrder(
        customerId: String, query: PurchaseFactsQuery,
        decide: @escaping @Sendable (PurchaseFacts) throws -> OrderFactory.PlacedOrder
    ) async throws -> Order {
        try await commits.write { db in
            let placed = try decide(try Self.purchaseFacts(db, customerId: customerId, query: query))
            try Self.insertOrder(db, placed, customerId: customerId, cartId: nil)
            return placed.order
        }
    }

    public func order(customerId: String, id: String) async throws -> Order? {
        let body = try await writer.read { db in
            try Data.fetchOne(db, sql: "SELECT body FROM orders WHERE id = ? AND customer_id = ?", arguments: [id, customerId])
        }
        return try body.map { try StoredJSON.decode(Order.self, from: $0, what: "order \(id)") }
    }

    public func orders(customerId: String, billingCycle: BillingCycle?) async throws -> [Order] {
        let bodies = try await writer.read { db in
            if let billingCycle {
                return try Data.fetchAll(db, sql: "SELECT body FROM orders WHERE customer_id = ? AND billing_cycle = ? ORDER BY rowid",
                                         arguments: [customerId, billingCycle.rawValue])
            }
            return try Data.fetchAll(db, sql: "SELECT body FROM orders WHERE customer_id = ? ORDER BY rowid", arguments: [customerId])
        }
        return try bodies.map { try StoredJSON.decode(Order.self, from: $0, what: "order") }
    }

    public func cancelOrder(customerId: String, id: String, decide: @escaping @Sendable (Order) throws -> Order) async throws -> Order? {
        try await commits.write { db in
            guard let body = try Data.fetchOne(db, sql: "SELECT body FROM orders WHERE id = ? AND customer_id = ?",
                                               arguments: [id, customerId]) else { return nil }
            let cancelled = try decide(try StoredJSON.decode(Order.self, from: body, what: "order \(id)"))
            try db.execute(sql: "UPDATE orders SET status = ?, provisioning_due = NULL, body = ? WHERE id = ?",
                           arguments: [cancelled.status?.rawValue ?? "cancelled", try StoredJSON.encode(cancelled), id])
            for row in try Row.fetchAll(db, sql: "SELECT id, body FROM subscriptions WHERE order_id = ?", arguments: [id]) {
                var subscription = try StoredJSON.decode(Subscription.self, from: row["body"], what: "subscription")
                subscription.status = .deleted
                try db.execute(sql: "UPDATE subscriptions SET status = 'deleted', body = ? WHERE id = ?",
                               arguments: [try StoredJSON.encode(subscription), subscription.id])
            }
            return cancelled
        }
    }

    public func provisionDueOrders(
        now: Date, limit: Int, provision: @escaping @Sendable (Order, String) -> (Order, [Subscription])
    ) async throws -> Int {
        try await commits.write { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, customer_id, body FROM orders WHERE provisioning_due <= ? ORDER BY provisioning_due LIMIT ?",
                arguments: [now.timeIntervalSince1970, limit])
            for row in rows {
                let customerId: String = row["customer_id"]
                let order = try StoredJSON.decode(Order.self, from: row["body"], what: "order")
                let (completed, subscriptions) = provision(order, customerId)
                try db.execute(sql: "UPDATE orders SET status = ?, provisioning_due = NULL, body = ? WHERE id = ?",
                               arguments: [completed.status?.rawValue ?? "completed", try StoredJSON.encode(completed),
                                           row["id"] as String])
                try Self.insertSubscriptions(db, subscriptions, customerId: customerId)
            }
            return rows.count
        }
    }

    public func nextProvisioningDue() async throws -> Date? {
        try await writer.read { db in
            try Double.fetchOne(db, sql: "SELECT MIN(provisioning_due) FROM orders WHERE provisioning_due IS NOT NULL")
                .map(Date.init(timeIntervalSince1970:))
        }
    }
}
