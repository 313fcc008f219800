import Foundation
import GRDB

extension SQLiteCommerceStore {
    public func idempotencyRecord(partnerId: String, requestId: String) async throws -> IdempotencyRecord? {
        try readStatementNow { db in
            try Row.fetchOne(
                db.kept("SELECT digest, status, body, etag, created_at FROM idempotency_records WHERE partner_id = ? AND request_id = ?"),
                arguments: [partnerId, requestId]
            ).map { row in
                IdempotencyRecord(digest: row["digest"], status: row["status"], body: row["body"], etag: row["etag"],
                                  createdAt: Date(timeIntervalSince1970: row["created_at"]))
            }
        }
    }

    public func recordIdempotentAnswer(_ claim: IdempotencyClaim, status: Int, body: Data, etag: String?) async throws {
        try await IdempotencyClaim.$current.withValue(nil) {
            try await commits.write { db in
                try db.executeKept(
                    sql: """
                        INSERT INTO idempotency_records (partner_id, request_id, digest, status, body, etag, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (partner_id, request_id) DO UPDATE SET status = excluded.status, body = excluded.body,
                            etag = excluded.etag
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
