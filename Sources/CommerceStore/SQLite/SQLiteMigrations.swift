import GRDB

/// The SQLite schema, as versioned migrations run at start-up. A migration, once released, never changes:
/// new needs get a new migration.
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-commerce") { db in
            try db.execute(sql: """
                CREATE TABLE customers (
                    id TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    partner_id TEXT NOT NULL COLLATE NOCASE,
                    country TEXT NOT NULL,
                    body BLOB NOT NULL
                );
                CREATE INDEX customers_by_partner ON customers(partner_id);

                CREATE TABLE carts (
                    id TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    customer_id TEXT NOT NULL COLLATE NOCASE REFERENCES customers(id) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    expires_at REAL NOT NULL,
                    ordered_groups BLOB NOT NULL,
                    checkout_result BLOB,
                    body BLOB NOT NULL
                );
                CREATE INDEX carts_by_customer ON carts(customer_id);

                CREATE TABLE orders (
                    id TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    customer_id TEXT NOT NULL COLLATE NOCASE REFERENCES customers(id) ON DELETE CASCADE,
                    cart_id TEXT COLLATE NOCASE,
                    billing_cycle TEXT NOT NULL,
                    status TEXT NOT NULL,
                    provisioning_due REAL,
                    line_item_count INTEGER NOT NULL,
                    body BLOB NOT NULL
                );
                CREATE INDEX orders_by_customer ON orders(customer_id, billing_cycle);
                CREATE INDEX orders_by_customer_status ON orders(customer_id, status);
                CREATE INDEX orders_by_cart ON orders(cart_id);
                CREATE INDEX orders_due ON orders(provisioning_due) WHERE provisioning_due IS NOT NULL;

                CREATE TABLE subscriptions (
                    id TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
                    customer_id TEXT NOT NULL COLLATE NOCASE REFERENCES customers(id) ON DELETE CASCADE,
                    order_id TEXT NOT NULL COLLATE NOCASE,
                    sku_key TEXT,
                    status TEXT NOT NULL,
                    body BLOB NOT NULL
                );
                CREATE INDEX subscriptions_by_customer ON subscriptions(customer_id, order_id);
                CREATE INDEX subscriptions_by_customer_sku ON subscriptions(customer_id, status, sku_key);

                CREATE TABLE idempotency_records (
                    partner_id TEXT NOT NULL COLLATE NOCASE,
                    request_id TEXT NOT NULL,
                    digest TEXT NOT NULL,
                    status INTEGER,
                    body BLOB,
                    etag TEXT,
                    created_at REAL NOT NULL,
                    PRIMARY KEY (partner_id, request_id)
                );
                CREATE INDEX idempotency_by_age ON idempotency_records(created_at);

                CREATE TABLE inventory (
                    sku_key TEXT PRIMARY KEY NOT NULL,
                    taken INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2-imported-catalog") { db in
            try db.execute(sql: """
                CREATE TABLE imported_catalog (
                    id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                    body BLOB NOT NULL,
                    imported_at REAL NOT NULL
                );
                """)
        }
        // Every index is written by every insert, and each commit writes each index page it touched again. No
        // query reads orders by cart. Pending orders are counted per customer only under the sandbox limits,
        // where a customer has few orders, so that count scans the customer's orders instead of keeping an
        // index that every provisioning moves an entry in.
        migrator.registerMigration("v3-fewer-order-indexes") { db in
            try db.execute(sql: """
                DROP INDEX orders_by_cart;
                DROP INDEX orders_by_customer_status;
                """)
        }
        // A customer's new orders of different billing cycles went to as many places in the index by customer
        // and billing cycle, each its own page to write in every commit. By customer alone they all go to the end
        // of that customer's entries. A listing filtered by billing cycle still reads only the customer's rows.
        migrator.registerMigration("v4-orders-by-customer-alone") { db in
            try db.execute(sql: """
                DROP INDEX orders_by_customer;
                CREATE INDEX orders_by_customer ON orders(customer_id);
                """)
        }
        // Whether a customer holds an active subscription of a SKU was read from an index by customer, status and
        // SKU. Each order's subscriptions went to as many places in it as they had SKUs, each a page to write in
        // every commit: on the benchmark a seventh of all pages written. Triggers now keep a count per customer
        // and SKU in a small table whose pages stay in cache, in the same statement as the change they count.
        migrator.registerMigration("v5-active-subscription-counts") { db in
            try db.execute(sql: """
                CREATE TABLE active_subscription_counts (
                    customer_id TEXT NOT NULL COLLATE NOCASE REFERENCES customers(id) ON DELETE CASCADE,
                    sku_key TEXT NOT NULL,
                    active INTEGER NOT NULL,
                    PRIMARY KEY (customer_id, sku_key)
                ) WITHOUT ROWID;
                INSERT INTO active_subscription_counts (customer_id, sku_key, active)
                    SELECT customer_id, COALESCE(sku_key, ''), COUNT(*) FROM subscriptions WHERE status = 'active'
                    GROUP BY customer_id, COALESCE(sku_key, '');
                CREATE TRIGGER subscription_counted_on_insert AFTER INSERT ON subscriptions WHEN NEW.status = 'active'
                BEGIN
                    INSERT INTO active_subscription_counts (customer_id, sku_key, active)
                        VALUES (NEW.customer_id, COALESCE(NEW.sku_key, ''), 1)
                        ON CONFLICT (customer_id, sku_key) DO UPDATE SET active = active + 1;
                END;
                CREATE TRIGGER subscription_uncounted_on_delete AFTER DELETE ON subscriptions WHEN OLD.status = 'active'
                BEGIN
                    UPDATE active_subscription_counts SET active = active - 1
                        WHERE customer_id = OLD.customer_id AND sku_key = COALESCE(OLD.sku_key, '');
                END;
                CREATE TRIGGER subscription_recounted_on_update AFTER UPDATE OF customer_id, sku_key, status ON subscriptions
                    WHEN OLD.status = 'active' OR NEW.status = 'active'
                BEGIN
                    UPDATE active_subscription_counts SET active = active - 1
                        WHERE OLD.status = 'active' AND customer_id = OLD.customer_id AND sku_key = COALESCE(OLD.sku_key, '');
                    INSERT INTO active_subscription_counts (customer_id, sku_key, active)
                        SELECT NEW.customer_id, COALESCE(NEW.sku_key, ''), 1 WHERE NEW.status = 'active'
                        ON CONFLICT (customer_id, sku_key) DO UPDATE SET active = active + 1;
                END;
                DROP INDEX subscriptions_by_customer_sku;
                """)
        }
        // A finished checkout's answer is kept in its cart for checkouts of the ordered cart, and was kept again,
        // byte for byte, in the idempotency record of the request that made it: about a fifth of the bytes a
        // flow writes. The record now names the cart instead. Triggers copy the answer into every record that
        // names the cart before that answer changes or the cart is deleted (with its customer, say), so a replay
        // finds the same bytes for as long as the record is kept.
        migrator.registerMigration("v6-idempotency-answers-kept-by-carts") { db in
            try db.execute(sql: """
                ALTER TABLE idempotency_records ADD COLUMN body_from_cart TEXT COLLATE NOCASE;
                CREATE INDEX idempotency_by_answering_cart ON idempotency_records(body_from_cart)
                    WHERE body_from_cart IS NOT NULL;
                CREATE TRIGGER cart_answer_copied_before_delete BEFORE DELETE ON carts
                    WHEN OLD.checkout_result IS NOT NULL
                BEGIN
                    UPDATE idempotency_records SET body = OLD.checkout_result, body_from_cart = NULL
                        WHERE body_from_cart = OLD.id;
                END;
                CREATE TRIGGER cart_answer_copied_before_change BEFORE UPDATE OF checkout_result ON carts
                    WHEN OLD.checkout_result IS NOT NULL AND NEW.checkout_result IS NOT OLD.checkout_result
                BEGIN
                    UPDATE idempotency_records SET body = OLD.checkout_result, body_from_cart = NULL
                        WHERE body_from_cart = OLD.id;
                END;
                """)
        }
        return migrator
    }
}
