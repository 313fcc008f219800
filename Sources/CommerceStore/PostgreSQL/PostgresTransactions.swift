import CommerceCore
import Foundation
import Logging
import PostgresNIO
import Synchronization

extension PostgresCommerceStore {
    /// Runs `body` in one transaction on a pooled connection and commits it. When the current task serves a
    /// request with an `MS-RequestId` (``IdempotencyClaim/current``) and `recordingClaim` is set, the request id
    /// is written in the same transaction, so the effect never commits without it.
    ///
    /// A business refusal thrown by `body` rolls back and is rethrown as it is; a lost connection becomes
    /// ``CommerceError/storeUnavailable``. When PostgreSQL ends the transaction to break a deadlock (or a
    /// serialization failure), `body` runs again in a new transaction, as PostgreSQL's documentation advises,
    /// so `body` must only touch the database. Such waits arise between transactions that lock the same tables
    /// in different orders, e.g. `POST /admin/reset`'s `TRUNCATE` against the provisioning worker.
    func transaction<T: Sendable>(
        recordingClaim: Bool = true, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let claim = recordingClaim ? IdempotencyClaim.current : nil
        let logger = logger
        return try await translatingFailures {
            try await withLeasedConnection { connection in
                var attempt = 1
                while true {
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        let value = try await body(connection)
                        if let claim {
                            try await Self.recordClaim(claim, answer: try claim.answer(forWriteReturning: value), on: connection, logger: logger)
                        }
                        try await connection.query("COMMIT", logger: logger)
                        return value
                    } catch {
                        // A broken connection cannot roll back; the server drops its transaction with it.
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        guard PostgresFailure.isWorthRetrying(error), attempt < PostgresFailure.attemptsAtATransaction else { throw error }
                        attempt += 1
                    }
                }
            }
        }
    }

    /// Runs read-only queries on a pooled connection, outside any explicit transaction.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await translatingFailures { try await withLeasedConnection(body) }
    }

    /// Runs `body` on a pooled connection. Fails with ``CommerceError/storeUnavailable`` when no connection can
    /// be had within ``leaseTimeout`` (the database is down: the pool would otherwise keep the request waiting
    /// for up to a minute while it retries), or when `body` has not finished ``operationTimeout`` later (its
    /// connection went silent). In the second case `body` is left to end on its own: its transaction commits
    /// or rolls back whole, and the answer says that the outcome is unknown.
    private func withLeasedConnection<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let client = client
        let (leaseTimeout, operationTimeout) = (leaseTimeout, operationTimeout)
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            let leased = FirstCome()
            let answered = FirstCome()
            let deadline = Task {
                do {
                    try await Task.sleep(for: leaseTimeout)
                    if leased.claim() {
                        if answered.claim() { continuation.resume(throwing: CommerceError.storeUnavailable) }
                        return
                    }
                    try await Task.sleep(for: operationTimeout)
                    if answered.claim() { continuation.resume(throwing: CommerceError.storeUnavailable) }
                } catch {
                    // Cancelled: the operation answered first.
                }
            }
            Task {
                do {
                    let value = try await client.withConnection { connection in
                        guard leased.claim() else { throw CommerceError.storeUnavailable }
                        return try await body(connection)
                    }
                    if answered.claim() { continuation.resume(returning: value) }
                } catch {
                    if answered.claim() { continuation.resume(throwing: error) }
                }
                deadline.cancel()
            }
        }
    }

    /// All rows of a query.
    func rows(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// Notes the request id of the request this transaction serves, and its answer when known.
    static func recordClaim(_ claim: IdempotencyClaim, answer: IdempotentAnswer?, on connection: PostgresConnection,
                            logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO idempotency_records (partner_id, request_id, digest, status, body, etag, created_at)
            VALUES (\(claim.partnerId.lowercased()), \(claim.requestId), \(claim.digest), \(answer?.status), \(answer?.body),
                    \(answer?.etag), \(claim.receivedAt.timeIntervalSince1970))
            ON CONFLICT (partner_id, request_id) DO UPDATE SET status = COALESCE(excluded.status, idempotency_records.status),
                body = COALESCE(excluded.body, idempotency_records.body), etag = COALESCE(excluded.etag, idempotency_records.etag)
            """, logger: logger)
    }

    private func translatingFailures<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw PostgresFailure.translate(error)
        }
    }
}

/// Decides which of several racing parties came first: the first to ask wins, every later one loses.
final class FirstCome: Sendable {
    private let taken = Atomic<Bool>(false)

    /// Whether the caller is first.
    func claim() -> Bool {
        taken.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}

/// How PostgreSQL's errors reach the rest of the server.
enum PostgresFailure {
    /// SQLSTATE 55P03, `lock_not_available`: a `NOWAIT` lock is held by another transaction.
    static let lockNotAvailable = "55P03"
    /// SQLSTATE 40P01, `deadlock_detected`, and 40001, `serialization_failure`: PostgreSQL rolled the
    /// transaction back so that another could go on; running it again is expected to succeed.
    static let transactionRollbacks: Set<String> = ["40P01", "40001"]
    /// How many times one transaction is tried before a deadlock is reported (as 503, to be retried later).
    static let attemptsAtATransaction = 3

    /// Whether `error` is one after which the whole transaction should simply run again.
    static func isWorthRetrying(_ error: any Error) -> Bool {
        sqlState(of: error).map(transactionRollbacks.contains) ?? false
    }

    /// The SQLSTATE of a server error, if `error` is one.
    static func sqlState(of error: any Error) -> String? {
        guard let error = error as? PSQLError, error.code == .server else { return nil }
        return error.serverInfo?[.sqlState]
    }

    /// Business errors pass through; a connection that broke, a server shutting down or a pool that cannot
    /// connect become ``CommerceError/storeUnavailable`` (503); anything else is left for the 500 handler.
    static func translate(_ error: any Error) -> any Error {
        if error is CommerceError || error is StoreError || error is CancellationError { return error }
        // The pool's own error type (its circuit breaker gave up connecting) is not public API; it is known
        // by its name.
        if String(reflecting: type(of: error)).hasSuffix(".ConnectionPoolError") { return CommerceError.storeUnavailable }
        guard let error = error as? PSQLError else { return error }
        switch error.code {
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed,
             .queryCancelled:
            return CommerceError.storeUnavailable
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            // 08: connection exception; 57: operator intervention (shutdown, restart); 53: out of resources;
            // 40: the transaction was rolled back to break a deadlock, after every retry.
            if ["08", "57", "53", "40"].contains(String(state.prefix(2))) { return CommerceError.storeUnavailable }
            return error
        default:
            return error
        }
    }
}
