import Foundation
import GRDB

extension SQLiteCommerceStore {
    public func storedCatalog() async throws -> Data? {
        try readStatementNow { db in try Data.fetchOne(db.kept("SELECT body FROM imported_catalog WHERE id = 1")) }
    }

    public func storeCatalog(_ document: Data) async throws {
        try await commits.write { db in
            try db.executeKept(
                sql: """
                    INSERT INTO imported_catalog (id, body, imported_at) VALUES (1, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET body = excluded.body, imported_at = excluded.imported_at
                    """,
                arguments: [document, Date().timeIntervalSince1970])
        }
    }

    public func resetAll() async throws {
        defer { knownCustomers.forgetAll() }
        try await commits.write { db in
            // Carts, orders and subscriptions go with their customers (ON DELETE CASCADE).
            for table in ["idempotency_records", "customers", "inventory", "imported_catalog"] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
        }
    }
}
