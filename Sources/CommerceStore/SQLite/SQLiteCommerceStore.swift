import CommerceCore
import Foundation
import GRDB
import PartnerCenterModels
import Synchronization

/// The embedded engine: one SQLite file in WAL mode with `synchronous = FULL`, so that a transaction is on
/// disk before the call returns. Or, for throw-away runs, an in-memory database.
public final class SQLiteCommerceStore: CommerceStore {
    let writer: any DatabaseWriter
    /// Every write goes through here, so that concurrent writes share one durable commit.
    let commits: GroupCommitWriter
    /// Carts whose checkout is running in this process; a second checkout of one of them is refused (409).
    let checkoutsInFlight = Mutex<Set<String>>([])
    /// Customers found before, so that the check every customer-scoped request makes seldom reads.
    let knownCustomers = KnownCustomers()
    /// Carts written lately, so that a checkout need not decode the cart it has just seen created.
    let recentCarts = RecentCarts()
    /// The page cache of the connection that commits, in KiB (SQLite's default is 2,000). Only the writer's cache
    /// lasts: every reader's is emptied by the next commit. With the default, the server read about 30 pages per
    /// flow back from the file on the benchmark; with 16 MiB, about 21.
    static let writerCacheKiB = 16 * 1024
    /// Copies the write-ahead log back into the file off the writer (file databases only).
    private let checkpointer: WALCheckpointer?
    /// The connections reads use (file databases only; an in-memory database has the writer's alone).
    private let readers: ReadConnections?

    /// Opens (creating if needed) the database file at `path` and migrates it, or an in-memory database when
    /// `path` is `nil`.
    public init(path: String?) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // A savepoint (a group commit's batch run again after a failed write) and a statement that may need
            // undoing keep their undo pages in a sub-journal. On disk that file is never truncated within a
            // transaction and spills every page it collects to the file system; in memory it is emptied as each
            // savepoint is released. It is never needed after a crash.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        if let path {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // DatabasePool switches its writer to `synchronous = NORMAL` after `prepareDatabase` has run; the
            // writer is the only connection that commits, so setting it back once is enough.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = FULL")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerBackstopPages)")
                try db.execute(sql: "PRAGMA cache_size = -\(Self.writerCacheKiB)")
            }
            writer = pool
        } else {
            writer = try DatabaseQueue(configuration: configuration)
        }
        try SQLiteMigrations.migrator.migrate(writer)
        commits = GroupCommitWriter(writer: writer)
        let commits = self.commits
        checkpointer = try path.map { path in
            try WALCheckpointer(path: path, configuration: configuration, restartLog: { commits.restartLogBetweenBatches() })
        }
        readers = path.map { ReadConnections(path: $0, configuration: configuration) }
    }

    /// Runs a read on the calling thread. Reads take microseconds on pages the cache holds, less than handing
    /// the work to one of GRDB's reader threads and waking the caller again would cost. In WAL mode they never
    /// wait for the writer (an in-memory store's queue makes them wait at most for one short batch), so
    /// blocking the caller's thread for them is safe.
    func readNow<T>(_ body: (Database) throws -> T) throws -> T {
        guard let readers else { return try writer.read(body) }
        return try readers.readInTransaction(body)
    }

    /// Runs a read of a single statement on the calling thread, outside a transaction: one statement reads one
    /// consistent snapshot by itself, and `BEGIN` and `COMMIT` around it would cost as much as the statement.
    func readStatementNow<T>(_ body: (Database) throws -> T) throws -> T {
        guard let readers else { return try writer.unsafeRead(body) }
        return try readers.read(body)
    }

    /// The `synchronous` setting of the connection that commits (2 is FULL), for checks and diagnostics.
    public func writerSynchronousSetting() async throws -> Int {
        try await writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
    }

    /// The `journal_mode` of the database (`wal` for files, `memory` in memory).
    public func journalMode() async throws -> String {
        try readStatementNow { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: Customers

    public func insertCustomer(_ record: CustomerRecord) async throws {
        let body = StoredBody.packed(try StoredJSON.encode(record.customer))
        try await commits.write { db in
            if try Bool.fetchOne(db.kept("SELECT 1 FROM customers WHERE id = ?"), arguments: [record.id]) == true {
                throw StoreError.duplicate(record.id)
            }
            try db.executeKept(sql: "INSERT INTO customers (id, partner_id, country, body) VALUES (?, ?, ?, ?)",
                           arguments: [record.id, record.partnerId, record.country, body])
        }
    }

    public func customer(partner: String, id: String) async throws -> CustomerRecord? {
        let body = try readStatementNow { db in
            try Data.fetchOne(db.kept("SELECT body FROM customers WHERE id = ? AND partner_id = ?"), arguments: [id, partner])
        }
        return try body.map { CustomerRecord(partnerId: partner, customer: try StoredBody.decode(Customer.self, from: $0, what: "customer \(id)")) }
    }

    public func customerAccess(partner: String, id: String) async throws -> CustomerAccess? {
        let (known, generation) = knownCustomers.lookUp(partner: partner, id: id)
        if let known { return known }
        let found = try readStatementNow { db in
            try String.fetchOne(db.kept("SELECT country FROM customers WHERE id = ? AND partner_id = ?"), arguments: [id, partner])
                .map { CustomerAccess(id: id.lowercased(), partnerId: partner, country: $0) }
        }
        if let found { knownCustomers.remember(found, readIn: generation) }
        return found
    }

    public func customers(partner: String) async throws -> [CustomerRecord] {
        let bodies = try readStatementNow { db in
            try Data.fetchAll(db.kept("SELECT body FROM customers WHERE partner_id = ? ORDER BY rowid"), arguments: [partner])
        }
        return try bodies.map { CustomerRecord(partnerId: partner, customer: try StoredBody.decode(Customer.self, from: $0, what: "customer")) }
    }

    public func customerCount(partner: String) async throws -> Int {
        try readStatementNow { db in
            try Int.fetchOne(db.kept("SELECT COUNT(*) FROM customers WHERE partner_id = ?"), arguments: [partner]) ?? 0
        }
    }

    public func deleteCustomer(partner: String, id: String) async throws -> Bool {
        defer { knownCustomers.forget(partner: partner, id: id) }
        return try await commits.write { db in
            try db.executeKept(sql: "DELETE FROM customers WHERE id = ? AND partner_id = ?", arguments: [id, partner])
            return db.changesCount > 0
        }
    }

    public func counts() async throws -> StoreCounts {
        try readNow { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
            return StoreCounts(customers: try count("customers"), carts: try count("carts"), orders: try count("orders"),
                               subscriptions: try count("subscriptions"))
        }
    }

    // MARK: Subscriptions

    public func subscriptions(customerId: String, orderId: String?) async throws -> [Subscription] {
        let bodies = try readStatementNow { db in
            if let orderId {
                return try Data.fetchAll(db.kept("SELECT body FROM subscriptions WHERE customer_id = ? AND order_id = ? ORDER BY rowid"),
                                         arguments: [customerId, orderId])
            }
            return try Data.fetchAll(db.kept("SELECT body FROM subscriptions WHERE customer_id = ? ORDER BY rowid"),
                                     arguments: [customerId])
        }
        return try bodies.map { try StoredBody.decode(Subscription.self, from: $0, what: "subscription") }
    }

    public func subscription(customerId: String, id: String) async throws -> Subscription? {
        let body = try readStatementNow { db in
            try Data.fetchOne(db.kept("SELECT body FROM subscriptions WHERE customer_id = ? AND id = ?"), arguments: [customerId, id])
        }
        return try body.map { try StoredBody.decode(Subscription.self, from: $0, what: "subscription \(id)") }
    }

    // MARK: Shared steps

    /// Ownership and the number of active subscriptions come from the counts per customer and SKU that the
    /// database's triggers keep (migration `v5-active-subscription-counts`): one kept look-up per key, whose cost
    /// does not grow with the customer's history.
    static func purchaseFacts(_ db: Database, customerId: String, query: PurchaseFactsQuery) throws -> PurchaseFacts {
        var owned = Set<String>()
        for key in query.prerequisiteSkuKeys {
            let found = try Bool.fetchOne(
                db.kept("SELECT active > 0 FROM active_subscription_counts WHERE customer_id = ? AND sku_key = ?"),
                arguments: [customerId, key]) ?? false
            if found { owned.insert(key) }
        }
        var count = 0
        if query.countsSubscriptions {
            count = try Int.fetchOne(db.kept("SELECT COALESCE(SUM(active), 0) FROM active_subscription_counts WHERE customer_id = ?"),
                                     arguments: [customerId]) ?? 0
            // Line items of orders still pending become subscriptions soon: they count towards the limit now.
            count += try Int.fetchOne(
                db.kept("SELECT COALESCE(SUM(line_item_count), 0) FROM orders WHERE customer_id = ? AND status = 'pending'"),
                arguments: [customerId]) ?? 0
        }
        var taken: [String: Int] = [:]
        for key in query.inventorySkuKeys {
            if let units = try Int.fetchOne(db.kept("SELECT taken FROM inventory WHERE sku_key = ?"), arguments: [key]) {
                taken[key] = units
            }
        }
        return PurchaseFacts(ownedSkuKeys: owned, subscriptionCount: count, inventoryTaken: taken)
    }

    static func insertEncodedSubscriptions(_ db: Database, _ subscriptions: [EncodedSubscription], customerId: String) throws {
        for subscription in subscriptions {
            try db.executeKept(
                sql: "INSERT INTO subscriptions (id, customer_id, order_id, sku_key, status, body) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [subscription.id, customerId, subscription.orderId, subscription.skuKey, subscription.status,
                            subscription.storedBody])
        }
    }

    public func purchaseFacts(customerId: String, query: PurchaseFactsQuery) async throws -> PurchaseFacts {
        try readNow { db in try Self.purchaseFacts(db, customerId: customerId, query: query) }
    }
}

/// The `PRODUCT:SKU` key a subscription counts under for add-on prerequisites, or the offer id for legacy offers.
enum SubscriptionSkuKey {
    static func of(_ offerId: String?) -> String? {
        guard let offerId else { return nil }
        if let reference = CatalogItemReference(parsing: offerId) {
            return "\(reference.productId):\(reference.skuId)".uppercased()
        }
        return offerId.uppercased()
    }
}
