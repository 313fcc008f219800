import CommerceCore
import Foundation
import PartnerCenterModels
import PostgresNIO

extension PostgresCommerceStore {
    public func insertCart(_ record: CartRecord, body: Data) async throws {
        let groups = try StoredJSON.encode(record.orderedGroups)
        let expiresAt = (record.cart.expirationTimestamp ?? .distantPast).timeIntervalSince1970
        try await transaction { [self] connection in
            _ = try await connection.query("""
                INSERT INTO carts (id, customer_id, version, status, expires_at, ordered_groups, body)
                VALUES (\(record.id.lowercased()), \(record.customerId.lowercased()), \(record.version),
                        \(record.cart.status?.rawValue ?? "Active"), \(expiresAt), \(groups), \(body))
                """, logger: logger)
        }
    }

    public func cart(customerId: String, id: String) async throws -> CartRecord? {
        try await read { [self] connection in try await cart(customerId: customerId, id: id, on: connection, lock: "") }
    }

    public func carts(customerId: String) async throws -> [CartRecord] {
        let stored: [(Int, Data, Data)] = try await read { [self] connection in
            var found: [(Int, Data, Data)] = []
            for row in try await rows("SELECT version, ordered_groups, body FROM carts WHERE customer_id = \(customerId.lowercased()) ORDER BY seq",
                                      on: connection) {
                found.append(try row.decode((Int, Data, Data).self))
            }
            return found
        }
        var records: [CartRecord] = []
        for (version, groupsBody, body) in stored {
            let cart = try StoredJSON.decode(Cart.self, from: body, what: "cart")
            let groups = try StoredJSON.decode([String: String].self, from: groupsBody, what: "cart groups")
            records.append(CartRecord(customerId: customerId, cart: cart, version: version, orderedGroups: groups))
        }
        return records
    }

    public func cartBody(customerId: String, id: String) async throws -> StoredCartBody? {
        let row = try await read { [self] connection in
            try await rows("SELECT version, expires_at, body FROM carts WHERE id = \(id.lowercased()) AND customer_id = \(customerId.lowercased())",
                           on: connection).first?.decode((Int, Double, Data).self)
        }
        return row.map { version, expiresAt, body in
            StoredCartBody(body: body, expiresAt: Date(timeIntervalSince1970: expiresAt), etag: "\"\(version)\"")
        }
    }

    public func updateCart(
        customerId: String, id: String, decide: @escaping @Sendable (CartRecord) throws -> Cart
    ) async throws -> CartRecord? {
        try await transaction { [self] connection in
            guard let stored = try await cart(customerId: customerId, id: id, on: connection, lock: "FOR UPDATE") else { return nil }
            var updated = stored
            updated.version += 1
            updated.cart = try decide(stored).withETag(version: updated.version)
            try await connection.query("""
                UPDATE carts SET version = \(updated.version), status = \(updated.cart.status?.rawValue ?? "Active"),
                    body = \(try StoredJSON.encode(updated.cart))
                WHERE id = \(id.lowercased())
                """, logger: logger)
            return updated
        }
    }

    /// The stored cart, read with `lock` (`""`, `FOR UPDATE` or `FOR UPDATE NOWAIT`).
    private func cart(customerId: String, id: String, on connection: PostgresConnection, lock: String) async throws -> CartRecord? {
        let query = PostgresQuery(
            unsafeSQL: "SELECT version, ordered_groups, body FROM carts WHERE id = $1 AND customer_id = $2 \(lock)",
            binds: try Self.binds(id.lowercased(), customerId.lowercased()))
        guard let row = try await rows(query, on: connection).first else { return nil }
        let (version, groupsBody, body) = try row.decode((Int, Data, Data).self)
        let cart = try StoredJSON.decode(Cart.self, from: body, what: "cart \(id)")
        let groups = try StoredJSON.decode([String: String].self, from: groupsBody, what: "cart \(id) groups")
        return CartRecord(customerId: customerId, cart: cart, version: version, orderedGroups: groups)
    }

    private static func binds(_ values: String...) throws -> PostgresBindings {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return binds
    }

    public func checkout(
        customerId: String, cartId: String, facts: @escaping @Sendable (Cart) -> PurchaseFactsQuery,
        decide: @escaping @Sendable (CheckoutSnapshot) throws -> CheckoutPlanner.Plan
    ) async throws -> CheckoutOutcome {
        try await transaction { [self] connection in
            // The cart row is the checkout's lock, across every server on this database: a second checkout
            // finds it taken and is refused at once rather than waiting.
            let replay: Data??
            do {
                replay = try await rows(
                    "SELECT checkout_result FROM carts WHERE id = \(cartId.lowercased()) AND customer_id = \(customerId.lowercased()) FOR UPDATE NOWAIT",
                    on: connection).first.map { try $0.decode(Data?.self) }
            } catch where PostgresFailure.sqlState(of: error) == PostgresFailure.lockNotAvailable {
                throw CommerceError.cartBeingCheckedOut(cartId)
            }
            if let stored = replay, let stored { return .replay(stored) }
            guard var record = try await cart(customerId: customerId, id: cartId, on: connection, lock: "") else {
                throw CommerceError.cartNotFound(cartId)
            }
            let query = facts(record.cart)
            let snapshot = CheckoutSnapshot(
                cart: record, facts: try await purchaseFacts(on: connection, customerId: customerId, query: query, locking: true))
            let plan = try decide(snapshot)
            for placed in plan.placedOrders {
                try await insertOrder(placed, customerId: customerId, cartId: record.id, on: connection)
                if let group = placed.orderGroup, let orderId = placed.order.id { record.orderedGroups[group] = orderId }
            }
            let previousOrderIds = Set(record.orderedGroups.values).subtracting(plan.placedOrders.compactMap(\.order.id))
            let earlier = try await orders(ids: previousOrderIds, on: connection)
            let result = CartCheckoutResult(
                orders: CheckoutOrderSequence.sortedByGroup(earlier + plan.placedOrders.map(\.order), record),
                orderErrors: plan.orderErrors)
            let body = try StoredJSON.encode(result)
            let groups = Set((record.cart.lineItems ?? []).compactMap(\.orderGroup))
            let complete = plan.orderErrors.isEmpty && groups.isSubset(of: Set(record.orderedGroups.keys))
            if complete { record.cart.status = .ordered }
            record.version += 1
            try await connection.query("""
                UPDATE carts SET version = \(record.version), status = \(record.cart.status?.rawValue ?? "Active"),
                    ordered_groups = \(try StoredJSON.encode(record.orderedGroups)), checkout_result = \(complete ? body : nil),
                    body = \(try StoredJSON.encode(record.cart.withETag(version: record.version)))
                WHERE id = \(record.id.lowercased())
                """, logger: logger)
            return .placed(result, body: body)
        }
    }

    private func orders(ids: Set<String>, on connection: PostgresConnection) async throws -> [Order] {
        guard !ids.isEmpty else { return [] }
        return try await rows("SELECT id, body FROM orders WHERE id = ANY(\(ids.map { $0.lowercased() }))", on: connection)
            .map { row in
                let (id, body) = try row.decode((String, Data).self)
                return try StoredJSON.decode(Order.self, from: body, what: "order \(id)")
            }
    }
}
