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
    @Test(.timeLimit(.minutes(2)))
    func aResetChosenToBreakADeadlockRunsAgain() async throws {
        try await TestDatabase.requireReachable()
        let schema = TestDatabase.newSchema()
        let store = try await PostgresCommerceStore.connect(
            try PostgresConnectionSettings(url: TestDatabase.url(schema: schema, poolSize: 2)), logger: Self.logger)
        let customerId = UUID().uuidString.lowercased()
        try await store.insertCustomer(CustomerRecord(partnerId: UUID().uuidString.lowercased(), customer: Customer(
            id: customerId, companyProfile: CustomerCompanyProfile(tenantId: customerId, domain: "deadlock.onmicrosoft.com",
                                                                   companyName: "Deadlock"),
            billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(country: "US")))))
        let logger = Self.logger

        let (holderCommitted, reset) = try await TestDatabase.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            // Only the reset's transaction may be the one PostgreSQL picks to end.
            try await connection.query("SET LOCAL deadlock_timeout = '60s'", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: "LOCK TABLE \(schema).orders IN ROW SHARE MODE"), logger: logger)
            let reset = Task { try await store.resetAll() }
            while try await TestDatabase.rows("""
                SELECT 1 FROM pg_locks WHERE relation = '\(schema).orders'::regclass AND mode = 'AccessExclusiveLock' AND NOT granted
                """).isEmpty {
                try await Task.sleep(for: .milliseconds(10))
            }
            _ = try await connection.query(
                PostgresQuery(unsafeSQL: "SELECT id FROM \(schema).customers FOR KEY SHARE"), logger: logger).collect()
            try await connection.query("COMMIT", logger: logger)
            return (true, reset)
        }
        let resetOutcome = await reset.result
        let counts = try await store.counts()
        await store.close()
        try? await TestDatabase.drop(schema: schema)

        #expect(holderCommitted)
        #expect(throws: Never.self) { try resetOutcome.get() }
        #expect(counts.customers == 0)
    }
}
