import Foundation
import PostgresNIO

/// Where the PostgreSQL engine connects, read from a `postgres://user:password@host:port/database` URL.
///
/// Query items: `schema=<name>` keeps every table in that schema (created at start-up when missing), so several
/// independent stores can share one database; `pool_size=<n>` caps the connections one server opens (default
/// 20); `sslmode=disable|prefer|require` (default `prefer`).
public struct PostgresConnectionSettings: Sendable, Equatable {
    /// Host name or address.
    public var host: String
    /// TCP port.
    public var port: Int
    /// User name.
    public var username: String
    /// Password, if the server asks for one.
    public var password: String?
    /// Database name.
    public var database: String
    /// The schema the tables live in, or `nil` for the server's default (`public`).
    public var schema: String?
    /// The most connections the pool opens.
    public var poolSize: Int
    /// Whether TLS is used: `disable`, `prefer` or `require`.
    public var sslMode: String

    /// Reads a `postgres://` (or `postgresql://`) URL; throws ``PostgresURLError`` naming what is wrong.
    public init(url text: String) throws {
        guard let components = URLComponents(string: text) else { throw PostgresURLError("'\(text)' is not a URL") }
        guard let scheme = components.scheme?.lowercased(), ["postgres", "postgresql"].contains(scheme) else {
            throw PostgresURLError("the scheme must be postgres:// or postgresql://")
        }
        guard let host = components.host, !host.isEmpty else { throw PostgresURLError("the URL names no host") }
        guard let user = components.user, !user.isEmpty else { throw PostgresURLError("the URL names no user") }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty else { throw PostgresURLError("the URL names no database (postgres://user@host/database)") }
        self.host = host
        self.port = components.port ?? 5432
        self.username = user.removingPercentEncoding ?? user
        self.password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        self.schema = nil
        self.poolSize = 20
        self.sslMode = "prefer"
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name.lowercased() {
            case "schema":
                guard value.range(of: #"^[a-z_][a-z0-9_]{0,62}$"#, options: .regularExpression) != nil else {
                    throw PostgresURLError("schema '\(value)' must be lowercase letters, digits and underscores")
                }
                schema = value
            case "pool_size":
                guard let size = Int(value), (1...1000).contains(size) else {
                    throw PostgresURLError("pool_size '\(value)' must be a number from 1 to 1000")
                }
                poolSize = size
            case "sslmode":
                guard ["disable", "prefer", "require"].contains(value) else {
                    throw PostgresURLError("sslmode '\(value)' must be disable, prefer or require")
                }
                sslMode = value
            default:
                throw PostgresURLError("unknown parameter '\(item.name)' (known: schema, pool_size, sslmode)")
            }
        }
    }

    /// The URL without its password, for logs and messages.
    public var redacted: String {
        "postgres://\(username)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
    }

    /// The client configuration these settings describe.
    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS = switch sslMode {
        case "disable": .disable
        case "require": .require(.makeClientConfiguration())
        default: .prefer(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.maximumConnections = poolSize
        configuration.options.connectTimeout = .seconds(5)
        if let schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        return configuration
    }
}

/// A database URL that cannot be used, and why.
public struct PostgresURLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the URL.
    public var description: String

    init(_ description: String) {
        self.description = "Invalid database URL: \(description)."
    }
}
