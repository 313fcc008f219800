import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The storage engines the server tests run against: every test that starts a server runs once per engine.
public enum TestEngine: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite
    case postgresql

    public var description: String { rawValue }
}

/// Where one test server keeps its data: nothing to prepare for SQLite (the data directory holds the file), a
/// schema of its own for PostgreSQL, dropped by ``drop()``.
public struct TestStorage: Sendable {
    public let engine: TestEngine
    /// The PostgreSQL schema, on ``TestEngine/postgresql``.
    public let schema: String?
    /// The `--database-url` for the server, `nil` for SQLite.
    public let databaseURL: String?

    /// Storage for one server on `engine`; fails with instructions when PostgreSQL is needed and unreachable.
    public static func make(for engine: TestEngine, poolSize: Int = 4) async throws -> TestStorage {
        guard engine == .postgresql else { return TestStorage(engine: engine, schema: nil, databaseURL: nil) }
        try await TestDatabase.requireReachable()
        let schema = TestDatabase.newSchema()
        return TestStorage(engine: engine, schema: schema, databaseURL: TestDatabase.url(schema: schema, poolSize: poolSize))
    }

    /// Drops the PostgreSQL schema and everything in it.
    public func drop() async {
        if let schema { try? await TestDatabase.drop(schema: schema) }
    }
}

/// Runs `body` once per engine, in turn, and returns what it returned on the last; a failure says which
/// engine it happened on.
public func forEachEngine<T>(_ engines: [TestEngine], _ body: (TestEngine) async throws -> T) async throws -> T {
    var result: T?
    for engine in engines {
        do {
            result = try await body(engine)
        } catch {
            throw EngineTestFailure(engine: engine, error: error)
        }
    }
    guard let result else { throw EngineTestFailure(engine: .sqlite, error: TestDatabaseUnreachable.failed("no engine to run on")) }
    return result
}

/// A test failed on one engine: the engine, and what went wrong.
public struct EngineTestFailure: Error, CustomStringConvertible {
    public let engine: TestEngine
    public let error: any Error

    public var description: String { "on \(engine): \(String(describing: error))" }
}

/// The PostgreSQL server the tests use, named by `PARTNER_COMMERCE_TEST_DATABASE_URL` (by default the one
/// `scripts/start-test-postgres.sh` starts). Each test server gets a schema of its own, dropped afterwards.
public enum TestDatabase {
    public static let defaultURL = "postgres://postgres@127.0.0.1:55432/postgres"

    /// The database every test schema lives in.
    public static var baseURL: String {
        ProcessInfo.processInfo.environment["PARTNER_COMMERCE_TEST_DATABASE_URL"] ?? defaultURL
    }

    /// A new, unused schema name.
    public static func newSchema() -> String {
        "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// The URL a server uses to keep its tables in `schema`, with a small pool (many test servers run at once).
    public static func url(schema: String, poolSize: Int = 4) -> String {
        let separator = baseURL.contains("?") ? "&" : "?"
        return baseURL + separator + "schema=\(schema)&pool_size=\(poolSize)"
    }

    /// Fails with instructions when the tests' PostgreSQL cannot be reached; checked once per test run.
    public static func requireReachable() async throws {
        if let failure = await reachability.value { throw failure }
    }

    /// Drops a test schema and everything in it.
    public static func drop(schema: String) async throws {
        try await administrator.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"))
    }

    /// The rows of one query, for tests that look at stored state directly (name tables as `schema.table`).
    public static func rows(_ sql: String) async throws -> [PostgresRow] {
        try await administrator.query(PostgresQuery(unsafeSQL: sql)).collect()
    }

    /// Runs `body` on one connection of its own, e.g. to hold a transaction open while the test does more.
    public static func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await administrator.withConnection(body)
    }

    private static let logger = Logger(label: "test-database", factory: { _ in SwiftLogNoOpLogHandler() })

    /// One connection pool for the whole test run; it is never closed, the process ends instead.
    private static let administrator: PostgresClient = {
        var configuration: PostgresClient.Configuration
        if let settings = try? AdministratorSettings(url: baseURL) {
            configuration = PostgresClient.Configuration(
                host: settings.host, port: settings.port, username: settings.username, password: settings.password,
                database: settings.database, tls: .disable)
        } else {
            configuration = PostgresClient.Configuration(
                host: "127.0.0.1", port: 55432, username: "postgres", password: nil, database: "postgres", tls: .disable)
        }
        configuration.options.maximumConnections = 4
        configuration.options.connectTimeout = .seconds(3)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        Task.detached { await client.run() }
        return client
    }()

    private static let reachability = Task<TestDatabaseUnreachable?, Never> {
        do {
            _ = try AdministratorSettings(url: baseURL)
            try await withThrowingTaskGroup(of: Bool.self) { group in
                group.addTask { try await administrator.query("SELECT 1"); return true }
                group.addTask { try await Task.sleep(for: .seconds(20)); return false }
                let answered = try await group.next() ?? false
                group.cancelAll()
                if !answered { throw TestDatabaseUnreachable.timeout }
            }
            return nil
        } catch let failure as TestDatabaseUnreachable {
            return failure
        } catch {
            return TestDatabaseUnreachable.failed(String(reflecting: error))
        }
    }
}

/// The parts of the test database URL the administrator connection needs.
private struct AdministratorSettings {
    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String

    init(url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, let user = components.user else {
            throw TestDatabaseUnreachable.failed("PARTNER_COMMERCE_TEST_DATABASE_URL '\(url)' is not a postgres:// URL")
        }
        self.host = host
        port = components.port ?? 5432
        username = user
        password = components.password
        let path = String(components.path.drop(while: { $0 == "/" }))
        database = path.isEmpty ? "postgres" : path
    }
}

/// The tests' PostgreSQL server cannot be used; the message says how to start it.
public enum TestDatabaseUnreachable: Error, CustomStringConvertible {
    case timeout
    case failed(String)

    public var description: String {
        let reason = switch self {
        case .timeout: "no answer within 20 seconds"
        case .failed(let detail): detail
        }
        return """
            The PostgreSQL variants of the server tests need a PostgreSQL server at \(TestDatabase.baseURL) (\(reason)). \
            Start one with `scripts/start-test-postgres.sh` (installs PostgreSQL from apt if needed and listens on \
            127.0.0.1:55432), or set PARTNER_COMMERCE_TEST_DATABASE_URL to a server where this user may create schemas.
            """
    }
}
