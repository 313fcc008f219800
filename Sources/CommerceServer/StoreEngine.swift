import CommerceStore
import Logging
import ServiceLifecycle

/// Opens the engine the configuration names: PostgreSQL when a database URL is given, SQLite otherwise.
enum StoreEngine {
    /// The store, and the services that must run beside the server for it (closing its connections).
    static func open(configuration: ServerConfiguration, logger: Logger) async throws -> (any CommerceStore, [any Service]) {
        guard let url = configuration.databaseURL else {
            return (try SQLiteCommerceStore(path: configuration.inMemory ? nil : configuration.databasePath), [])
        }
        let settings = try PostgresConnectionSettings(url: url)
        let store: PostgresCommerceStore
        do {
            store = try await PostgresCommerceStore.connect(settings, logger: logger)
        } catch {
            throw StoreEngineError(description: "Cannot open the PostgreSQL database \(settings.redacted): \(String(reflecting: error))")
        }
        logger.info("using PostgreSQL", metadata: ["database": .string(settings.redacted)])
        return (store, [PostgresStoreShutdown(store: store)])
    }
}

/// The database named by the configuration cannot be used, and why.
struct StoreEngineError: Error, CustomStringConvertible {
    let description: String
}

/// Closes the PostgreSQL pool when the server shuts down. Listed first among the services, it is stopped last,
/// after the HTTP server has answered its requests in flight.
struct PostgresStoreShutdown: Service {
    let store: PostgresCommerceStore

    func run() async throws {
        try? await gracefulShutdown()
        await store.close()
    }
}
