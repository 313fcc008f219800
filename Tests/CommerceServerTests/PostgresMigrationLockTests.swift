@testable import CommerceStore
import Foundation
import Logging
import PostgresNIO
import Testing
import TestSupport

/// Servers starting together on one schema apply each migration once, one after the other; a server on another
/// schema of the same database does not wait for them.
@Suite struct PostgresMigrationLockTests {
    private static let logger = Logger(label: "migration-lock-test", factory: { _ in SwiftLogNoOpLogHandler() })

    private static func settings(schema: String) throws -> PostgresConnectionSettings {
        try PostgresConnectionSettings(url: TestDatabase.url(schema: schema, poolSize: 1))
    }

    private static func appliedVersions(in schema: String) async throws -> [String] {
        try await TestDatabase.rows("SELECT version FROM \(schema).partner_commerce_migrations ORDER BY version")
            .map { try $0.decode(String.self) }
    }

    @Test(.hangLimit)
    func storesConnectingTogetherApplyEachVersionOnce() async throws {
        try await TestDatabase.requireReachable()
        let schema = TestDatabase.newSchema()
        let settings = try Self.settings(schema: schema)
        let stores = try await withThrowingTaskGroup(of: PostgresCommerceStore.self) { group in
            for _ in 0..<6 { group.addTask { try await PostgresCommerceStore.connect(settings, logger: Self.logger) } }
            return try await group.reduce(into: [PostgresCommerceStore]()) { $0.append($1) }
        }
        for store in stores { await store.close() }
        let applied = try await Self.appliedVersions(in: schema)
        try? await TestDatabase.drop(schema: schema)

        #expect(stores.count == 6)
        #expect(applied == PostgresMigrations.versions.map(\.name).sorted())
    }

    @Test(.hangLimit)
    func aSchemaBeingMigratedHoldsUpOnlyItsOwnServers() async throws {
        try await TestDatabase.requireReachable()
        let busy = TestDatabase.newSchema()
        let other = TestDatabase.newSchema()
        let logger = Self.logger
        // Holds the busy schema's migration lock, as a server in the middle of migrating it would.
        let waiting = try await TestDatabase.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            try await connection.query(
                "SELECT pg_advisory_xact_lock(\(PostgresMigrations.advisoryLockNamespace), hashtext(\(busy)))", logger: logger)

            let elsewhere = try await PostgresCommerceStore.connect(try Self.settings(schema: other), logger: logger)
            await elsewhere.close()

            let settings = try Self.settings(schema: busy)
            let blocked = Task { try await PostgresCommerceStore.connect(settings, logger: logger) }
            while try await TestDatabase.rows("""
                SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted
                    AND classid = \(PostgresMigrations.advisoryLockNamespace) AND objid = hashtext('\(busy)')::oid
                """).isEmpty {
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(try await TestDatabase.rows("SELECT 1 FROM pg_tables WHERE schemaname = '\(busy)'").isEmpty,
                    "nothing is created while the lock is held")
            try await connection.query("COMMIT", logger: logger)
            return blocked
        }
        let store = try await waiting.value
        await store.close()
        let appliedElsewhere = try await Self.appliedVersions(in: other)
        let appliedOnceFree = try await Self.appliedVersions(in: busy)
        try? await TestDatabase.drop(schema: busy)
        try? await TestDatabase.drop(schema: other)

        let expected = PostgresMigrations.versions.map(\.name).sorted()
        #expect(appliedElsewhere == expected)
        #expect(appliedOnceFree == expected)
    }
}
