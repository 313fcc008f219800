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
    /// ``CommerceError/storeUnavailable``.
    func transaction<T: Sendable>(
        recordingClaim: Bool = true, _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let claim = recordingClaim ? IdempotencyClaim.current : nil
        let logger = logger
        return try await translatingFailures {
            try await withLeasedConnection { connection in
                try await connection.query("BEGIN", logger: logger)
                do {
                    let value = try await body(connection)
                    if let claim { try await Self.recordClaim(claim, on: connection, logger: logger) }
                    try await connection.query("COMMIT", logger: logger)
                    return value
                } catch {
                    // A broken connection cannot roll back; the server drops its transaction with it.
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        }
    }

    /// Runs read-only queries on a pooled connection, outside any explicit transaction.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await translatingFailures { try await withLeasedConnection(body) }
    }

    /// Runs `body` on a pooled connection, or fails with ``CommerceError/storeUnavailable`` when none can be had
    /// within ``leaseTimeout`` (the database is down: the pool would otherwise keep the request waiting while
    /// it retries, for up to a minute). Once `body` has started it runs to its end, so a transaction is never
    /// abandoned half way by the deadline.
    private func withLeasedConnection<T: Sendable>(
        _ body: @escaping @Sendable (PostgresConnection) async throws -> T
    ) async throws -> T {
        let lease = LeaseRace()
        let client = client
        let timeout = leaseTimeout
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask {
                try await client.withConnection { connection in
                    guard lease.win(.leased) else { throw CommerceError.storeUnavailable }
                    return try await body(connection)
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                if lease.win(.timedOut) { throw CommerceError.storeUnavailable }
                return nil
            }
            while let outcome = try await group.next() {
                if let value = outcome {
                    group.cancelAll()
                    return value
                }
            }
            throw CommerceError.storeUnavailable
        }
    }

    /// All rows of a query.
    func rows(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// Notes the request id of the request this transaction serves.
    static func recordClaim(_ claim: IdempotencyClaim, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO idempotency_records (partner_id, request_id, digest, created_at)
            VALUES (\(claim.partnerId.lowercased()), \(claim.requestId), \(claim.digest), \(claim.receivedAt.timeIntervalSince1970))
            ON CONFLICT (partner_id, request_id) DO NOTHING
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

/// Which came first for one request: a connection, or the lease deadline.
private final class LeaseRace: Sendable {
    enum Winner: Int { case leased = 1, timedOut = 2 }
    private let state = Atomic<Int>(0)

    /// Whether `winner` is first; only one caller ever wins.
    func win(_ winner: Winner) -> Bool {
        state.compareExchange(expected: 0, desired: winner.rawValue, ordering: .acquiringAndReleasing).exchanged
    }
}

/// How PostgreSQL's errors reach the rest of the server.
enum PostgresFailure {
    /// SQLSTATE 55P03, `lock_not_available`: a `NOWAIT` lock is held by another transaction.
    static let lockNotAvailable = "55P03"

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
            // 08: connection exception; 57: operator intervention (shutdown, restart); 53: out of resources.
            if ["08", "57", "53"].contains(String(state.prefix(2))) { return CommerceError.storeUnavailable }
            return error
        default:
            return error
        }
    }
}
