import Logging
import PostgresNIO

/// The PostgreSQL schema, as versioned migrations run at start-up. A migration, once released, never changes:
/// new needs get a new migration.
///
/// Several servers may start at once on one database: each runs the migrations in one transaction holding a
/// transaction-level advisory lock on its schema, so exactly one applies a version and the others find it
/// applied. Servers on different schemas of one database take different locks and migrate side by side.
enum PostgresMigrations {
    /// The first half of every migration lock ("PCMG"); the second is the hash of the schema's name.
    static let advisoryLockNamespace: Int32 = 0x5043_4D47

    /// Versions in the order they apply, each with its statements.
    static let versions: [(name: String, statements: [PostgresQuery])] = [
        ("v1-commerce", [
            """
            CREATE TABLE customers (
                id text PRIMARY KEY,
                partner_id text NOT NULL,
                country text NOT NULL,
                body bytea NOT NULL,
                seq bigserial NOT NULL
            )
            """,
            "CREATE INDEX customers_by_partner ON customers (partner_id, seq)",
            """
            CREATE TABLE carts (
                id text PRIMARY KEY,
                customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                version integer NOT NULL,
                status text NOT NULL,
                expires_at double precision NOT NULL,
                ordered_groups bytea NOT NULL,
                checkout_result bytea,
                body bytea NOT NULL
            )
            """,
            "CREATE INDEX carts_by_customer ON carts (customer_id)",
            """
            CREATE TABLE orders (
                id text PRIMARY KEY,
                customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                cart_id text,
                billing_cycle text NOT NULL,
                status text NOT NULL,
                provisioning_due double precision,
                line_item_count integer NOT NULL,
                body bytea NOT NULL,
                seq bigserial NOT NULL
            )
            """,
            "CREATE INDEX orders_by_customer ON orders (customer_id, seq)",
            "CREATE INDEX orders_by_customer_status ON orders (customer_id, status)",
            "CREATE INDEX orders_due ON orders (provisioning_due) WHERE provisioning_due IS NOT NULL",
            """
            CREATE TABLE subscriptions (
                id text PRIMARY KEY,
                customer_id text NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                order_id text NOT NULL,
                sku_key text,
                status text NOT NULL,
                body bytea NOT NULL,
                seq bigserial NOT NULL
            )
            """,
            "CREATE INDEX subscriptions_by_customer ON subscriptions (customer_id, order_id, seq)",
            "CREATE INDEX subscriptions_by_customer_sku ON subscriptions (customer_id, status, sku_key)",
            """
            CREATE TABLE idempotency_records (
                partner_id text NOT NULL,
                request_id text NOT NULL,
                digest text NOT NULL,
                status integer,
                body bytea,
                etag text,
                created_at double precision NOT NULL,
                PRIMARY KEY (partner_id, request_id)
            )
            """,
            "CREATE INDEX idempotency_by_age ON idempotency_records (created_at)",
            "CREATE TABLE inventory (sku_key text PRIMARY KEY, taken integer NOT NULL)",
        ]),
        ("v2-imported-catalog", [
            """
            CREATE TABLE imported_catalog (
                id integer PRIMARY KEY CHECK (id = 1),
                body bytea NOT NULL,
                imported_at double precision NOT NULL
            )
            """,
        ]),
        ("v3-cart-sequence", [
            // Carts are listed in creation order (the dashboard); existing rows are numbered in table order.
            "ALTER TABLE carts ADD COLUMN seq bigserial NOT NULL",
            "CREATE INDEX carts_by_customer_seq ON carts (customer_id, seq)",
        ]),
    ]

    /// Brings the schema up to date; safe to run from several servers at once.
    static func migrate(_ client: PostgresClient, schema: String?, logger: Logger) async throws {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                // Without a schema, the tables go to the connection's default one: every such server shares a lock.
                let lockedSchema = schema ?? ""
                try await connection.query("SELECT pg_advisory_xact_lock(\(advisoryLockNamespace), hashtext(\(lockedSchema)))",
                                           logger: logger)
                if let schema {
                    // The name is checked to be a plain identifier when the URL is read.
                    try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
                    try await connection.query(PostgresQuery(unsafeSQL: "SET LOCAL search_path TO \(schema)"), logger: logger)
                }
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS partner_commerce_migrations (
                        version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                var applied = Set<String>()
                for try await version in try await connection.query(
                    "SELECT version FROM partner_commerce_migrations", logger: logger).decode(String.self) {
                    applied.insert(version)
                }
                for (name, statements) in versions where !applied.contains(name) {
                    for statement in statements { try await connection.query(statement, logger: logger) }
                    try await connection.query("INSERT INTO partner_commerce_migrations (version) VALUES (\(name))", logger: logger)
                    logger.info("applied database migration", metadata: ["version": .string(name)])
                }
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }
}
