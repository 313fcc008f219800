import Foundation
import PostgresNIO

extension PostgresCommerceStore {
    public func idempotencyRecord(partnerId: String, requestId: String) async throws -> IdempotencyRecord? {
        try await read { [self] connection in
            try await rows("""
                SELECT digest, status, body, etag, created_at FROM idempotency_records
                WHERE partner_id = \(partnerId.lowercased()) AND request_id = \(requestId)
                """, on: connection).first.map { row in
                let (digest, status, body, etag, createdAt) = try row.decode((String, Int?, Data?, String?, Double).self)
                return IdempotencyRecord(digest: digest, status: status, body: body, etag: etag,
                                         createdAt: Date(timeIntervalSince1970: createdAt))
            }
        }
    }

    public func recordIdempotentAnswer(_ claim: IdempotencyClaim, status: Int, body: Data, etag: String?) async throws {
        try await transaction(recordingClaim: false) { [self] connection in
            _ = try await connection.query("""
                INSERT INTO idempotency_records (partner_id, request_id, digest, status, body, etag, created_at)
                VALUES (\(claim.partnerId.lowercased()), \(claim.requestId), \(claim.digest), \(status), \(body), \(etag),
                        \(claim.receivedAt.timeIntervalSince1970))
                ON CONFLICT (partner_id, request_id) DO UPDATE SET status = excluded.status, body = excluded.body,
                    etag = excluded.etag
                """, logger: logger)
        }
    }

    public func purgeIdempotencyRecords(before cutoff: Date) async throws -> Int {
        try await transaction(recordingClaim: false) { [self] connection in
            try await rows("""
                WITH purged AS (DELETE FROM idempotency_records WHERE created_at < \(cutoff.timeIntervalSince1970) RETURNING 1)
                SELECT COUNT(*) FROM purged
                """, on: connection).first?.decode(Int.self) ?? 0
        }
    }
}
