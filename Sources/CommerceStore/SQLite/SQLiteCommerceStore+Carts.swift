import CommerceCore
import Foundation
import GRDB
import PartnerCenterModels

extension SQLiteCommerceStore {
    public func insertCart(_ record: CartRecord, body json: Data) async throws {
        let groups = try StoredJSON.encode(record.orderedGroups)
        let body = StoredBody.packed(json)
        let recentCarts = recentCarts
        let written = RecentCarts.Written(record, body: body, orderedGroups: groups)
        try await commits.write { db in
            try db.executeKept(
                sql: "INSERT INTO carts (id, customer_id, version, status, expires_at, ordered_groups, body) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [record.id, record.customerId, record.version, record.cart.status?.rawValue ?? "Active",
                            (record.cart.expirationTimestamp ?? .distantPast).timeIntervalSince1970, groups, body])
            // Remembered with the bytes written: should the transaction roll back, the record is never used.
            recentCarts.remember(written)
        }
    }

    public func cart(customerId: String, id: String) async throws -> CartRecord? {
        try readStatementNow { db in try Self.cart(db, customerId: customerId, id: id, recent: recentCarts) }
    }

    public func carts(customerId: String) async throws -> [CartRecord] {
        try readStatementNow { db in
            try Row.fetchAll(db.kept("SELECT id, version, ordered_groups, body FROM carts WHERE customer_id = ? ORDER BY rowid"),
                             arguments: [customerId])
                .map { row in try Self.cartRecord(row, customerId: customerId) }
        }
    }

    public func cartBody(customerId: String, id: String) async throws -> StoredCartBody? {
        try readStatementNow { db in
            try Row.fetchOne(db.kept("SELECT version, expires_at, body FROM carts WHERE id = ? AND customer_id = ?"),
                             arguments: [id, customerId])
                .map { row in
                    StoredCartBody(body: try StoredBody.json(row["body"], what: "cart \(id)"),
                                   expiresAt: Date(timeIntervalSince1970: row["expires_at"]), etag: "\"\(row["version"] as Int)\"")
                }
        }
    }

    public func updateCart(
        customerId: String, id: String, decide: @escaping @Sendable (CartRecord) throws -> Cart
    ) async throws -> CartRecord? {
        try await commits.write { db in
            guard let stored = try Self.cart(db, customerId: customerId, id: id, recent: nil) else { return nil }
            var updated = stored
            updated.version += 1
            updated.cart = try decide(stored).withETag(version: updated.version)
            try db.executeKept(sql: "UPDATE carts SET version = ?, status = ?, body = ? WHERE id = ?",
                           arguments: [updated.version, updated.cart.status?.rawValue ?? "Active",
                                       StoredBody.packed(try StoredJSON.encode(updated.cart)), id])
            return updated
        }
    }

    /// The stored cart; from `recent` when it holds the record written with the row's very bytes.
    static func cart(_ db: Database, customerId: String, id: String, recent: RecentCarts?) throws -> CartRecord? {
        try Row.fetchOne(db.kept("SELECT version, ordered_groups, body FROM carts WHERE id = ? AND customer_id = ?"),
                         arguments: [id, customerId])
            .map { row in try cartRecord(row, customerId: customerId, id: id, recent: recent) }
    }

    /// The cart record of a row holding `version`, `ordered_groups` and `body`; from `recent` when it holds the
    /// record written with the row's very bytes.
    static func cartRecord(_ row: Row, customerId: String, id: String, recent: RecentCarts?) throws -> CartRecord {
        if let recent, let known = recent.record(id: id, body: row["body"], orderedGroups: row["ordered_groups"]),
           known.version == row["version"], known.customerId == customerId {
            return known
        }
        return try cartRecord(row, customerId: customerId, id: id)
    }

    /// A cart record from a row holding `version`, `ordered_groups` and `body` (and `id` unless given).
    private static func cartRecord(_ row: Row, customerId: String, id: String? = nil) throws -> CartRecord {
        let id = id ?? row["id"]
        let cart = try StoredBody.decode(Cart.self, from: row["body"], what: "cart \(id)")
        let groups = try StoredJSON.decode([String: String].self, from: row["ordered_groups"], what: "cart \(id) groups")
        return CartRecord(customerId: customerId, cart: cart, version: row["version"], orderedGroups: groups)
    }

    static func orders(_ db: Database, ids: Set<String>) throws -> [Order] {
        try ids.compactMap { id in
            try Data.fetchOne(db.kept("SELECT body FROM orders WHERE id = ?"), arguments: [id])
                .map { try StoredBody.decode(Order.self, from: $0, what: "order \(id)") }
        }
    }
}
