import Foundation
import PostgresNIO

extension PostgresCommerceStore {
    public func storedCatalog() async throws -> Data? {
        try await read { [self] connection in
            try await rows("SELECT body FROM imported_catalog WHERE id = 1", on: connection).first?.decode(Data.self)
        }
    }

    public func storeCatalog(_ document: Data) async throws {
        let importedAt = Date().timeIntervalSince1970
        try await transaction(recordingClaim: false) { [self] connection in
            _ = try await connection.query("""
                INSERT INTO imported_catalog (id, body, imported_at) VALUES (1, \(document), \(importedAt))
                ON CONFLICT (id) DO UPDATE SET body = excluded.body, imported_at = excluded.imported_at
                """, logger: logger)
        }
    }

    public func resetAll() async throws {
        try await transaction(recordingClaim: false) { [self] connection in
            // Carts, orders and subscriptions go with their customers (ON DELETE CASCADE).
            _ = try await connection.query(
                "TRUNCATE customers, carts, orders, subscriptions, idempotency_records, inventory, imported_catalog", logger: logger)
        }
    }
}
