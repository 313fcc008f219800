import CommerceCore
import Foundation
import GRDB
import PartnerCenterModels

extension SQLiteCommerceStore {
    static func insertOrder(_ db: Database, _ placed: OrderFactory.PlacedOrder, customerId: String, cartId: String?) throws {
        try insertOrder(db, try EncodedOrder(placed, customerId: customerId, cartId: cartId))
    }

    static func insertOrder(_ db: Database, _ encoded: EncodedOrder) throws {
        try db.executeKept(
            sql: """
                INSERT INTO orders (id, customer_id, cart_id, billing_cycle, status, provisioning_due, line_item_count, body)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [encoded.id, encoded.customerId, encoded.cartId, encoded.billingCycle, encoded.status,
                        encoded.provisioningDue?.timeIntervalSince1970, encoded.lineItemCount, encoded.storedBody])
        try insertEncodedSubscriptions(db, encoded.subscriptions, customerId: encoded.customerId)
        for (skuKey, quantity) in encoded.inventoryTaken {
            try db.executeKept(
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
        let body = try readStatementNow { db in
            try Data.fetchOne(db.kept("SELECT body FROM orders WHERE id = ? AND customer_id = ?"), arguments: [id, customerId])
        }
        return try body.map { try StoredBody.decode(Order.self, from: $0, what: "order \(id)") }
    }

    /// The statements listing a customer's orders: they read only that customer's rows, through an index.
    enum OrderListing {
        static let all = "SELECT body FROM orders WHERE customer_id = ? ORDER BY rowid"
        static let ofBillingCycle = "SELECT body FROM orders WHERE customer_id = ? AND billing_cycle = ? ORDER BY rowid"
    }

    public func orderBodies(customerId: String, billingCycle: BillingCycle?) async throws -> [Data] {
        try readStatementNow { db in
            if let billingCycle {
                return try Data.fetchAll(db.kept(OrderListing.ofBillingCycle), arguments: [customerId, billingCycle.rawValue])
            }
            return try Data.fetchAll(db.kept(OrderListing.all), arguments: [customerId])
        }.map { try StoredBody.json($0, what: "an order of customer \(customerId)") }
    }

    public func cancelOrder(customerId: String, id: String, decide: @escaping @Sendable (Order) throws -> Order) async throws -> Order? {
        try await commits.write { db in
            guard let body = try Data.fetchOne(db.kept("SELECT body FROM orders WHERE id = ? AND customer_id = ?"),
                                               arguments: [id, customerId]) else { return nil }
            let cancelled = try decide(try StoredBody.decode(Order.self, from: body, what: "order \(id)"))
            try db.executeKept(sql: "UPDATE orders SET status = ?, provisioning_due = NULL, body = ? WHERE id = ?",
                           arguments: [cancelled.status?.rawValue ?? "cancelled", StoredBody.packed(try StoredJSON.encode(cancelled)), id])
            for row in try Row.fetchAll(db.kept("SELECT id, body FROM subscriptions WHERE customer_id = ? AND order_id = ?"),
                                        arguments: [customerId, id]) {
                var subscription = try StoredBody.decode(Subscription.self, from: row["body"], what: "subscription")
                subscription.status = .deleted
                try db.executeKept(sql: "UPDATE subscriptions SET status = 'deleted', body = ? WHERE id = ?",
                               arguments: [StoredBody.packed(try StoredJSON.encode(subscription)), subscription.id])
            }
            return cancelled
        }
    }

    /// Reads the due orders and provisions them outside the writer (decoding, deciding, encoding); the write then
    /// applies each one that is still due, skipping any cancelled in between.
    public func provisionDueOrders(
        now: Date, limit: Int, provision: @escaping @Sendable (Order, String) -> (Order, [Subscription])
    ) async throws -> Int {
        let due = try readStatementNow { db in
            try Row.fetchAll(
                db.kept("SELECT id, customer_id, body FROM orders WHERE provisioning_due <= ? ORDER BY provisioning_due LIMIT ?"),
                arguments: [now.timeIntervalSince1970, limit]
            ).map { row in (id: row["id"] as String, customerId: row["customer_id"] as String, body: row["body"] as Data) }
        }
        guard !due.isEmpty else { return 0 }
        let provisioned = try due.map { order in
            let (completed, subscriptions) = provision(try StoredBody.decode(Order.self, from: order.body, what: "order"), order.customerId)
            return ProvisionedOrder(id: order.id, customerId: order.customerId, status: completed.status?.rawValue ?? "completed",
                                    body: StoredBody.packed(try StoredJSON.encode(completed)),
                                    subscriptions: try subscriptions.map(EncodedSubscription.init))
        }
        return try await commits.write { db in
            var count = 0
            for order in provisioned {
                try db.executeKept(sql: "UPDATE orders SET status = ?, provisioning_due = NULL, body = ? WHERE id = ? AND provisioning_due IS NOT NULL",
                               arguments: [order.status, order.body, order.id])
                guard db.changesCount == 1 else { continue }
                try Self.insertEncodedSubscriptions(db, order.subscriptions, customerId: order.customerId)
                count += 1
            }
            return count
        }
    }

    public func nextProvisioningDue() async throws -> Date? {
        try readStatementNow { db in
            try Double.fetchOne(db.kept("SELECT MIN(provisioning_due) FROM orders WHERE provisioning_due IS NOT NULL"))
                .map(Date.init(timeIntervalSince1970:))
        }
    }
}

/// An order provisioned outside the writer, ready to be written if it is still due.
private struct ProvisionedOrder: Sendable {
    let id: String
    let customerId: String
    let status: String
    /// The completed order's body as stored.
    let body: Data
    let subscriptions: [EncodedSubscription]
}
