import CommerceCore
import Foundation
import Logging
import PartnerCenterModels
import PostgresNIO

/// The shared engine: PostgreSQL through a connection pool, for several server instances on one database.
///
/// Every method is one transaction. Guarantees that one process keeps with a lock of its own are kept by the
/// database instead: a checkout locks its cart row with `NOWAIT` (a second checkout is refused at once), a
/// purchase locks its customer row and the inventory rows it takes, and the provisioning worker claims orders
/// with `FOR UPDATE SKIP LOCKED`. Ids compare without regard to case, as in the SQLite engine: key columns hold
/// them lowercased, and the stored bodies keep them as they were sent.
public final class PostgresCommerceStore: CommerceStore {
    let client: PostgresClient
    let logger: Logger
    /// The longest a request waits for a connection before answering 503.
    let leaseTimeout: Duration = .seconds(5)
    /// The longest a request waits for its transaction once it has a connection, before answering 503.
    let operationTimeout: Duration = .seconds(10)
    /// Runs the pool's background work until ``close()``.
    private let running: Task<Void, Never>
    /// Finishes once `running` has begun, so that nothing asks the pool for a connection before it runs.
    private let runningStarted: Task<Void, Never>

    /// Connects to the database `settings` name and brings its schema up to date. Fails when the database
    /// cannot be reached or refuses the migrations.
    public static func connect(_ settings: PostgresConnectionSettings, logger: Logger) async throws -> PostgresCommerceStore {
        let store = PostgresCommerceStore(settings: settings, logger: logger)
        await store.runningStarted.value
        do {
            try await PostgresMigrations.migrate(store.client, schema: settings.schema, logger: logger)
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    private init(settings: PostgresConnectionSettings, logger: Logger) {
        let client = PostgresClient(configuration: settings.clientConfiguration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        let (started, signal) = AsyncStream.makeStream(of: Void.self)
        running = Task {
            signal.finish()
            await client.run()
        }
        runningStarted = Task { for await _ in started {} }
    }

    /// Closes every connection; the store answers nothing afterwards. Waits at most a few seconds for the pool
    /// to wind down (a connection attempt to a database that is down may take longer; the process ends anyway).
    public func close() async {
        running.cancel()
        let running = running
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let first = FirstCome()
            Task {
                await running.value
                if first.claim() { continuation.resume() }
            }
            Task {
                try? await Task.sleep(for: .seconds(5))
                if first.claim() { continuation.resume() }
            }
        }
    }

    // MARK: Customers

    public func insertCustomer(_ record: CustomerRecord) async throws {
        let body = try StoredJSON.encode(record.customer)
        let inserted = try await transaction { [self] connection in
            try await rows("""
                INSERT INTO customers (id, partner_id, country, body)
                VALUES (\(record.id.lowercased()), \(record.partnerId.lowercased()), \(record.country), \(body))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, on: connection).count
        }
        if inserted == 0 { throw StoreError.duplicate(record.id) }
    }

    public func customer(partner: String, id: String) async throws -> CustomerRecord? {
        let body = try await read { [self] connection in
            try await rows("SELECT body FROM customers WHERE id = \(id.lowercased()) AND partner_id = \(partner.lowercased())",
                           on: connection).first?.decode(Data.self)
        }
        return try body.map { CustomerRecord(partnerId: partner, customer: try StoredJSON.decode(Customer.self, from: $0, what: "customer \(id)")) }
    }

    public func customerAccess(partner: String, id: String) async throws -> CustomerAccess? {
        try await read { [self] connection in
            try await rows("SELECT country FROM customers WHERE id = \(id.lowercased()) AND partner_id = \(partner.lowercased())",
                           on: connection).first
                .map { CustomerAccess(id: id.lowercased(), partnerId: partner, country: try $0.decode(String.self)) }
        }
    }

    public func customers(partner: String) async throws -> [CustomerRecord] {
        let bodies = try await read { [self] connection in
            try await rows("SELECT body FROM customers WHERE partner_id = \(partner.lowercased()) ORDER BY seq", on: connection)
                .map { try $0.decode(Data.self) }
        }
        return try bodies.map { CustomerRecord(partnerId: partner, customer: try StoredJSON.decode(Customer.self, from: $0, what: "customer")) }
    }

    public func customerCount(partner: String) async throws -> Int {
        try await read { [self] connection in
            try await rows("SELECT COUNT(*) FROM customers WHERE partner_id = \(partner.lowercased())", on: connection)
                .first?.decode(Int.self) ?? 0
        }
    }

    public func deleteCustomer(partner: String, id: String) async throws -> Bool {
        try await transaction { [self] connection in
            try await rows("DELETE FROM customers WHERE id = \(id.lowercased()) AND partner_id = \(partner.lowercased()) RETURNING id",
                           on: connection).count > 0
        }
    }

    public func counts() async throws -> StoreCounts {
        try await read { [self] connection in
            let row = try await rows("""
                SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM carts), (SELECT COUNT(*) FROM orders),
                       (SELECT COUNT(*) FROM subscriptions)
                """, on: connection).first
            let (customers, carts, orders, subscriptions) = try row?.decode((Int, Int, Int, Int).self) ?? (0, 0, 0, 0)
            return StoreCounts(customers: customers, carts: carts, orders: orders, subscriptions: subscriptions)
        }
    }

    // MARK: Subscriptions

    public func subscriptions(customerId: String, orderId: String?) async throws -> [Subscription] {
        let bodies = try await read { [self] connection in
            let query: PostgresQuery = if let orderId {
                "SELECT body FROM subscriptions WHERE customer_id = \(customerId.lowercased()) AND order_id = \(orderId.lowercased()) ORDER BY seq"
            } else {
                "SELECT body FROM subscriptions WHERE customer_id = \(customerId.lowercased()) ORDER BY seq"
            }
            return try await rows(query, on: connection).map { try $0.decode(Data.self) }
        }
        return try bodies.map { try StoredJSON.decode(Subscription.self, from: $0, what: "subscription") }
    }

    public func subscription(customerId: String, id: String) async throws -> Subscription? {
        let body = try await read { [self] connection in
            try await rows("SELECT body FROM subscriptions WHERE customer_id = \(customerId.lowercased()) AND id = \(id.lowercased())",
                           on: connection).first?.decode(Data.self)
        }
        return try body.map { try StoredJSON.decode(Subscription.self, from: $0, what: "subscription \(id)") }
    }

    // MARK: Purchase facts

    public func purchaseFacts(customerId: String, query: PurchaseFactsQuery) async throws -> PurchaseFacts {
        try await read { [self] connection in try await purchaseFacts(on: connection, customerId: customerId, query: query, locking: false) }
    }

    /// What validation needs to know, read on `connection`. With `locking`, inside a purchase's transaction, the
    /// customer row and the inventory rows are locked until it ends, so that concurrent purchases of one
    /// customer, or of one limited SKU, decide one after the other on facts that stay true until they commit.
    func purchaseFacts(
        on connection: PostgresConnection, customerId: String, query: PurchaseFactsQuery, locking: Bool
    ) async throws -> PurchaseFacts {
        let customerKey = customerId.lowercased()
        if locking {
            try await connection.query("SELECT 1 FROM customers WHERE id = \(customerKey) FOR NO KEY UPDATE", logger: logger)
        }
        var owned = Set<String>()
        if !query.prerequisiteSkuKeys.isEmpty {
            let keys = Array(query.prerequisiteSkuKeys)
            // One index probe per key, stopping at the first subscription: the cost does not grow with the
            // customer's history.
            for row in try await rows("""
                SELECT key FROM unnest(\(keys)::text[]) AS key
                WHERE EXISTS (SELECT 1 FROM subscriptions
                              WHERE customer_id = \(customerKey) AND status = 'active' AND sku_key = key)
                """, on: connection) {
                owned.insert(try row.decode(String.self))
            }
        }
        var count = 0
        if query.countsSubscriptions {
            // Line items of orders still pending become subscriptions soon: they count towards the limit now.
            count = try await rows("""
                SELECT (SELECT COUNT(*) FROM subscriptions WHERE customer_id = \(customerKey) AND status = 'active')
                     + (SELECT COALESCE(SUM(line_item_count), 0) FROM orders WHERE customer_id = \(customerKey) AND status = 'pending')
                """, on: connection).first?.decode(Int.self) ?? 0
        }
        var taken: [String: Int] = [:]
        if !query.inventorySkuKeys.isEmpty {
            let keys = query.inventorySkuKeys.sorted()
            let lock: PostgresQuery
            if locking {
                // A row per key first, so that there is something to lock; keys are locked in sorted order.
                try await connection.query(
                    "INSERT INTO inventory (sku_key, taken) SELECT unnest(\(keys)::text[]), 0 ON CONFLICT DO NOTHING", logger: logger)
                lock = "SELECT sku_key, taken FROM inventory WHERE sku_key = ANY(\(keys)) ORDER BY sku_key FOR UPDATE"
            } else {
                lock = "SELECT sku_key, taken FROM inventory WHERE sku_key = ANY(\(keys))"
            }
            for row in try await rows(lock, on: connection) {
                let (key, value) = try row.decode((String, Int).self)
                taken[key] = value
            }
        }
        return PurchaseFacts(ownedSkuKeys: owned, subscriptionCount: count, inventoryTaken: taken)
    }

    func insertSubscriptions(_ subscriptions: [Subscription], customerId: String, on connection: PostgresConnection) async throws {
        for subscription in subscriptions {
            try await connection.query("""
                INSERT INTO subscriptions (id, customer_id, order_id, sku_key, status, body)
                VALUES (\(subscription.id.lowercased()), \(customerId.lowercased()), \((subscription.orderId ?? "").lowercased()),
                        \(SubscriptionSkuKey.of(subscription.offerId)), \(subscription.status?.rawValue ?? "active"),
                        \(try StoredJSON.encode(subscription)))
                """, logger: logger)
        }
    }
}
