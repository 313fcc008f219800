import Foundation
import GRDB

extension SQLiteCommerceStore {
    public func idempotencyRecord(partnerId: String, requestId: String) async throws -> IdempotencyRecord? {
        try readStatementNow { db in
            try Row.fetchOne(
                db.kept("""
                    SELECT record.digest, record.status, COALESCE(record.body, cart.checkout_result) AS body, record.etag,
                        record.created_at
                    FROM idempotency_records AS record LEFT JOIN carts AS cart ON cart.id = record.body_from_cart
                    WHERE record.partner_id = ? AND record.request_id = ?
                    """),
                arguments: [partnerId, requestId]
            ).map { row in
                IdempotencyRecord(digest: row["digest"], status: row["status"],
                                  body: try (row["body"] as Data?).map { try StoredBody.json($0, what: "request \(requestId)") },
                                  etag: row["etag"], createdAt: Date(timeIntervalSince1970: row["created_at"]))
            }
        }
    }

    public func recordIdempotentAnswer(_ claim: IdempotencyClaim, status: Int, body json: Data, etag: String?) async throws {
        let body = StoredBody.packed(json)
        try await IdempotencyClaim.$current.withValue(nil) {
            try await commits.write { db in
                try db.executeKept(
                    sql: """
                        INSERT INTO idempotency_records (partner_id, request_id, digest, status, body, etag, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (partner_id, request_id) DO UPDATE SET status = excluded.status, body = excluded.body,
                            body_from_cart = NULL, etag = excluded.etag
                        """,
                    arguments: [claim.partnerId, claim.requestId, claim.digest, status, body, etag,
                                claim.receivedAt.timeIntervalSince1970])
            }
        }
    }

    public func purgeIdempotencyRecords(before cutoff: Date) async throws -> Int {
        try await IdempotencyClaim.$current.withValue(nil) {
            try await commits.write { db in
                try db.executeKept(sql: "DELETE FROM idempotency_records WHERE created_at < ?", arguments: [cutoff.timeIntervalSince1970])
                return db.changesCount
            }
        }
    }
}
