import CommerceCore
import Foundation
import PartnerCenterModels
import PostgresNIO

extension PostgresCommerceStore {
    func insertOrder(
        _ placed: OrderFactory.PlacedOrder, customerId: String, cartId: String?, on connection: PostgresConnection
    ) async throws {
        let order = placed.order
        try await connection.query("""
            INSERT INTO orders (id, customer_id, cart_id, billing_cycle, status, provisioning_due, line_item_count, body)
            VALUES (\((order.id ?? "").lowercased()), \(customerId.lowercased()), \(cartId?.lowercased()),
                    \(order.billingCycle?.rawValue ?? "unknown"), \(order.status?.rawValue ?? "pending"),
                    \(placed.provisioningDue?.timeIntervalSince1970), \(order.lineItems?.count ?? 0), \(try StoredJSON.encode(order)))
            """, logger: logger)
        try await insertSubscriptions(placed.subscriptions, customerId: customerId, on: connection)
        for (skuKey, quantity) in placed.inventoryTaken {
            try await connection.query("""
                INSERT INTO inventory (sku_key, taken) VALUES (\(skuKey), \(quantity))
                ON CONFLICT (sku_key) DO UPDATE SET taken = inventory.taken + excluded.taken
                """, logger: logger)
        }
    }

    public func placeOrder(
        customerId: String, query: PurchaseFactsQuery,
        decide: @escaping @Sendable (PurchaseFacts) throws -> OrderFactory.PlacedOrder
    ) async throws -> Order {
        try await transaction { [self] connection in
            let placed = try decide(try await purchaseFacts(on: connection, customerId: customerId, query: query, locking: true))
            try await insertOrder(placed, customerId: customerId, cartId: nil, on: connection)
            return placed.order
        }
    }

    public func order(customerId: String, id: String) async throws -> Order? {
        let body = try await read { [self] connection in
            try await rows("SELECT body FROM orders WHERE id = \(id.lowercased()) AND customer_id = \(customerId.lowercased())",
                           on: connection).first?.decode(Data.self)
        }
        return try body.map { try StoredJSON.decode(Order.self, from: $0, what: "order \(id)") }
    }

    public func orderBodies(customerId: String, billingCycle: BillingCycle?) async throws -> [Data] {
        try await read { [self] connection in
            let query: PostgresQuery = if let billingCycle {
                "SELECT body FROM orders WHERE customer_id = \(customerId.lowercased()) AND billing_cycle = \(billingCycle.rawValue) ORDER BY seq"
            } else {
                "SELECT body FROM orders WHERE customer_id = \(customerId.lowercased()) ORDER BY seq"
            }
            return try await rows(query, on: connection).map { try $0.decode(Data.self) }
        }
    }

    public func cancelOrder(customerId: String, id: String, decide: @escaping @Sendable (Order) throws -> Order) async throws -> Order? {
        try await transaction { [self] connection in
            guard let body = try await rows(
                "SELECT body FROM orders WHERE id = \(id.lowercased()) AND customer_id = \(customerId.lowercased()) FOR UPDATE",
                on: connection).first?.decode(Data.self) else { return nil }
            let cancelled = try decide(try StoredJSON.decode(Order.self, from: body, what: "order \(id)"))
            try await connection.query("""
                UPDATE orders SET status = \(cancelled.status?.rawValue ?? "cancelled"), provisioning_due = NULL,
                    body = \(try StoredJSON.encode(cancelled))
                WHERE id = \(id.lowercased())
                """, logger: logger)
            for row in try await rows("SELECT body FROM subscriptions WHERE order_id = \(id.lowercased()) FOR UPDATE", on: connection) {
                var subscription = try StoredJSON.decode(Subscription.self, from: try row.decode(Data.self), what: "subscription")
                subscription.status = .deleted
                try await connection.query("""
                    UPDATE subscriptions SET status = 'deleted', body = \(try StoredJSON.encode(subscription))
                    WHERE id = \(subscription.id.lowercased())
                    """, logger: logger)
            }
            return cancelled
        }
    }

    public func provisionDueOrders(
        now: Date, limit: Int, provision: @escaping @Sendable (Order, String) -> (Order, [Subscription])
    ) async throws -> Int {
        try await transaction { [self] connection in
            // Orders another server is provisioning right now are locked: skip them rather than wait, so each
            // order is provisioned by exactly one server.
            let due = try await rows("""
                SELECT id, customer_id, body FROM orders WHERE provisioning_due <= \(now.timeIntervalSince1970)
                ORDER BY provisioning_due LIMIT \(limit) FOR UPDATE SKIP LOCKED
                """, on: connection)
            for row in due {
                let (id, customerId, body) = try row.decode((String, String, Data).self)
                let (completed, subscriptions) = provision(try StoredJSON.decode(Order.self, from: body, what: "order"), customerId)
                try await connection.query("""
                    UPDATE orders SET status = \(completed.status?.rawValue ?? "completed"), provisioning_due = NULL,
                        body = \(try StoredJSON.encode(completed))
                    WHERE id = \(id)
                    """, logger: logger)
                try await insertSubscriptions(subscriptions, customerId: customerId, on: connection)
            }
            return due.count
        }
    }

    public func nextProvisioningDue() async throws -> Date? {
        try await read { [self] connection in
            try await rows("SELECT MIN(provisioning_due) FROM orders WHERE provisioning_due IS NOT NULL", on: connection)
                .first?.decode(Double?.self).map(Date.init(timeIntervalSince1970:))
        }
    }
}
