import CommerceCore
import Foundation

/// How `partner-commerce serve` runs. Each setting has a flag on `serve` and a `PARTNER_COMMERCE_*`
/// environment variable.
public struct ServerConfiguration: Sendable {
    /// Address to listen on (`127.0.0.1`).
    public var host = "127.0.0.1"
    /// Port (8080; 0 picks a free one).
    public var port = 8080
    /// Where the database and signing key live (`./.partner-commerce`).
    public var dataDirectory = "./.partner-commerce"
    /// A `postgres://user:password@host:port/database` URL: keep data in that PostgreSQL database (shared by
    /// every instance given the same URL) instead of SQLite. `nil` uses SQLite.
    public var databaseURL: String?
    /// Keep data in memory only (the signing key is still kept in the data directory).
    public var inMemory = false
    /// Seconds between checkout and provisioning of pending orders (10).
    public var provisioningDelay: TimeInterval = 10
    /// Cart lifetime (P7D).
    public var cartTimeToLive = ISODuration(days: 7)
    /// Create the demo partner and the seed's customer at start-up, and print a token and a curl line.
    public var seedDemo = true
    /// Enforce the integration sandbox's limits.
    public var sandboxLimits = false
    /// Requests per minute per partner and resource family before 429; `nil` turns throttling off.
    public var throttlePerMinute: Int? = 500
    /// How long `MS-RequestId` records are kept (P1D).
    public var idempotencyRetention = ISODuration(days: 1)
    /// How bearer tokens are checked.
    public var authentication = AuthenticationMode.dev
    /// This instance's `MS-ServerId`.
    public var serverId = "000001"
    /// Seconds a connection may stay silent, between requests or in the middle of one, before it is closed (60).
    public var idleConnectionTimeout = 60
    /// Seconds a request's body may take to arrive before the request is refused with 408 (30).
    public var requestBodyTimeout = 30
    /// For crash-recovery tests only: the process kills itself (SIGKILL) right after committing a write whose
    /// path ends with this text, before the answer is sent.
    public var crashAfterCommitPathSuffix: String?
    /// Let operators move the business clock (`POST /admin/clock`).
    public var allowClockControl = false
    /// How many recent requests the request journal (`/admin/requests`) keeps.
    public var journalCapacity = 1_000

    /// The default configuration.
    public init() {}

    /// The SQLite file inside the data directory.
    public var databasePath: String { Self.databasePath(in: dataDirectory) }

    /// The SQLite file inside a data directory.
    public static func databasePath(in dataDirectory: String) -> String {
        (dataDirectory as NSString).appendingPathComponent("partner-commerce.sqlite")
    }
}

/// How the server checks bearer tokens (SPEC section 6).
public enum AuthenticationMode: Sendable, Equatable {
    /// HS256 tokens signed with the data directory's key (`partner-commerce token`).
    case dev
    /// RS256/ES256 tokens verified against a JWKS file, with the issuer and audience they must carry.
    case jwks(file: String, issuer: String, audience: String)
    /// Claims read without checking the signature (expiry still checked); for loopback only.
    case trustClaims
}
