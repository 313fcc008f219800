@testable import CommerceStore
import GRDB
import Testing

/// The counts of active subscriptions per customer and SKU, kept by triggers, always equal a recount of the
/// subscriptions themselves, whatever the writes.
@Suite("Active subscription counts")
struct ActiveSubscriptionCountsTests {
    private static let kept = """
        SELECT lower(customer_id) || '/' || sku_key || '=' || active FROM active_subscription_counts WHERE active != 0
        ORDER BY 1
        """
    private static let recount = """
        SELECT lower(customer_id) || '/' || COALESCE(sku_key, '') || '=' || COUNT(*) FROM subscriptions
        WHERE status = 'active' GROUP BY customer_id, COALESCE(sku_key, '') ORDER BY 1
        """

    /// `customer/sku=count` lines.
    private static func rows(_ db: Database, _ sql: String) throws -> [String] {
        try String.fetchAll(db, sql: sql)
    }

    private static func expectCountsMatch(_ db: Database, _ step: String) throws {
        let kept = try rows(db, Self.kept)
        #expect(kept == (try rows(db, Self.recount)), "after \(step)")
    }

    private static func insertCustomer(_ db: Database, _ id: String) throws {
        try db.execute(sql: "INSERT INTO customers (id, partner_id, country, body) VALUES (?, 'partner', 'US', x'7B7D')",
                       arguments: [id])
    }

    private static func insertSubscription(_ db: Database, _ id: String, customer: String, sku: String?, status: String) throws {
        try db.execute(sql: "INSERT INTO subscriptions (id, customer_id, order_id, sku_key, status, body) VALUES (?, ?, 'order', ?, ?, x'7B7D')",
                       arguments: [id, customer, sku, status])
    }

    @Test func everyKindOfWriteKeepsTheCountsEqualToARecount() async throws {
        let store = try makeMemoryStore()
        try await store.writer.write { db in
            try Self.insertCustomer(db, "c1")
            try Self.insertCustomer(db, "c2")
            try Self.insertSubscription(db, "s1", customer: "c1", sku: "A", status: "active")
            try Self.insertSubscription(db, "s2", customer: "c1", sku: "A", status: "active")
            try Self.insertSubscription(db, "s3", customer: "c1", sku: "B", status: "pending")
            try Self.insertSubscription(db, "s4", customer: "c1", sku: nil, status: "active")
            try Self.insertSubscription(db, "s5", customer: "C2", sku: "A", status: "active")
            try Self.expectCountsMatch(db, "inserts")
            #expect(try Self.rows(db, Self.kept) == ["c1/=1", "c1/A=2", "c2/A=1"])

            try db.execute(sql: "UPDATE subscriptions SET status = 'deleted' WHERE id = 's1'")
            try Self.expectCountsMatch(db, "an active one deleted")
            try db.execute(sql: "UPDATE subscriptions SET status = 'active' WHERE id = 's3'")
            try Self.expectCountsMatch(db, "a pending one activated")
            try db.execute(sql: "UPDATE subscriptions SET sku_key = 'C' WHERE id = 's2'")
            try Self.expectCountsMatch(db, "a SKU changed")
            try db.execute(sql: "UPDATE subscriptions SET body = x'5B5D' WHERE id = 's2'")
            try Self.expectCountsMatch(db, "a body changed")
            try db.execute(sql: "DELETE FROM subscriptions WHERE id = 's4'")
            try Self.expectCountsMatch(db, "a row deleted")

            try db.inSavepoint {
                try Self.insertSubscription(db, "s6", customer: "c2", sku: "Z", status: "active")
                try db.execute(sql: "UPDATE subscriptions SET status = 'suspended' WHERE id = 's5'")
                return .rollback
            }
            try Self.expectCountsMatch(db, "a savepoint rolled back")

            try db.execute(sql: "DELETE FROM customers WHERE id = 'c1'")
            try Self.expectCountsMatch(db, "a customer deleted")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM active_subscription_counts WHERE customer_id = 'c1'") == 0)
        }
    }

    @Test func theMigrationCountsTheSubscriptionsAlreadyStored() throws {
        let queue = try DatabaseQueue()
        try SQLiteMigrations.migrator.migrate(queue, upTo: "v4-orders-by-customer-alone")
        try queue.write { db in
            try Self.insertCustomer(db, "c1")
            try Self.insertSubscription(db, "s1", customer: "c1", sku: "A", status: "active")
            try Self.insertSubscription(db, "s2", customer: "c1", sku: "A", status: "active")
            try Self.insertSubscription(db, "s3", customer: "c1", sku: "B", status: "deleted")
            try Self.insertSubscription(db, "s4", customer: "c1", sku: nil, status: "active")
        }
        try SQLiteMigrations.migrator.migrate(queue)
        try queue.read { db in
            #expect(try Self.rows(db, Self.kept) == ["c1/=1", "c1/A=2"])
            try Self.expectCountsMatch(db, "the migration")
            let indexes = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'subscriptions'")
            #expect(!indexes.contains("subscriptions_by_customer_sku"))
        }
    }
}
