import CommerceCore
@testable import CommerceStore
import Foundation
import Logging
import PartnerCenterModels
import PostgresNIO
import Testing
import TestSupport

/// A transaction PostgreSQL rolls back to break a deadlock runs again instead of answering 500.
@Suite struct PostgresDeadlockRetryTests {
    private static let logger = Logger(label: "deadlock-retry-test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// `TRUNCATE` locks `customers` and then waits for `orders`, held by another transaction (as the provisioning
    /// worker holds it), which then needs `customers` (as a subscription's foreign key check does). PostgreSQL
    /// ends the reset, the first waiter, to break the cycle; the store runs the reset again once the other has
    /// committed, and everything is gone.
    @Test(.hangLimit)
    func aResetChosenToBreakADeadlockRunsAgain() async throws {
        try await TestDatabase.requireReachable()
        let schema = TestDatabase.newSchema()
        let store = try await PostgresCommerceStore.connect(
            try PostgresConnectionSettings(url: TestDatabase.url(schema: schema, poolSize: 2)), logger: Self.logger)
        var outcome: DeadlockOutcome?
        // PostgreSQL ends the reset only if the cycle is closed before the reset's own deadlock check, a second
        // after it began waiting. On a machine too busy for that, the other transaction is ended instead, which
        // shows nothing: then the scene is played again.
        for _ in 0..<5 where outcome?.resetWasTheVictim != true {
            outcome = try await Self.resetMeetingALockCycle(store: store, schema: schema)
        }
        let counts = try await store.counts()
        await store.close()
        try? await TestDatabase.drop(schema: schema)

        let played = try #require(outcome)
        #expect(played.resetWasTheVictim, "the other transaction was ended every time")
        #expect(throws: Never.self) { try played.reset.get() }
        #expect(counts.customers == 0)
    }

    private struct DeadlockOutcome {
        /// Whether the other transaction committed, so that PostgreSQL ended the reset's first try.
        let resetWasTheVictim: Bool
        let reset: Result<Void, any Error>
    }

    private static func resetMeetingALockCycle(store: PostgresCommerceStore, schema: String) async throws -> DeadlockOutcome {
        let customerId = UUID().uuidString.lowercased()
        try await store.insertCustomer(CustomerRecord(partnerId: UUID().uuidString.lowercased(), customer: Customer(
            id: customerId, companyProfile: CustomerCompanyProfile(tenantId: customerId, domain: "deadlock.onmicrosoft.com",
                                                                   companyName: "Deadlock"),
            billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(country: "US")))))
        let logger = Self.logger
        let (otherCommitted, reset) = try await TestDatabase.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            // Longer than the reset's one second, so that the reset's check is the one that finds the cycle.
            try await connection.query("SET LOCAL deadlock_timeout = '3s'", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "LOCK TABLE \(schema).orders IN ROW SHARE MODE"), logger: logger)
            let reset = Task { try await store.resetAll() }
            while try await TestDatabase.rows("""
                SELECT 1 FROM pg_locks WHERE relation = '\(schema).orders'::regclass AND mode = 'AccessExclusiveLock' AND NOT granted
                """).isEmpty {
                try await Task.sleep(for: .milliseconds(10))
            }
            do {
                _ = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT id FROM \(schema).customers FOR KEY SHARE"), logger: logger).collect()
                try await connection.query("COMMIT", logger: logger)
                return (true, reset)
            } catch where PostgresFailure.isWorthRetrying(error) {
                try await connection.query("ROLLBACK", logger: logger)
                return (false, reset)
            }
        }
        return DeadlockOutcome(resetWasTheVictim: otherCommitted, reset: await reset.result.map { _ in () })
    }
}
