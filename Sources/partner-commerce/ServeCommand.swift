import ArgumentParser
import CommerceCore
import CommerceServer
import Foundation
import Hummingbird
import Logging

/// `partner-commerce serve`: runs the server.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the server (SQLite in the data directory unless --in-memory).")

    @Option(help: "Address to listen on (PARTNER_COMMERCE_HOST; default 127.0.0.1).")
    var host: String?
    @Option(help: "Port to listen on, 0 for any free port (PARTNER_COMMERCE_PORT; default 8080).")
    var port: Int?
    @Option(name: .customLong("data-dir"), help: "Data directory (PARTNER_COMMERCE_DATA_DIR; default ./.partner-commerce).")
    var dataDirectory: String?
    @Flag(name: .customLong("in-memory"), help: "Keep data in memory only (PARTNER_COMMERCE_IN_MEMORY).")
    var inMemory = false
    @Option(name: .customLong("database-url"),
            help: "PostgreSQL URL postgres://user:password@host:port/database, shared by several instances (PARTNER_COMMERCE_DATABASE_URL; default SQLite in the data directory).")
    var databaseURL: String?
    @Option(name: .customLong("provisioning-delay"), help: "Seconds before pending orders complete (PARTNER_COMMERCE_PROVISIONING_DELAY; default 10).")
    var provisioningDelay: Double?
    @Option(name: .customLong("cart-ttl"), help: "Cart lifetime as an ISO 8601 duration (PARTNER_COMMERCE_CART_TTL; default P7D).")
    var cartTimeToLive: String?
    @Flag(name: .customLong("seed-demo"), inversion: .prefixedNo,
          help: "Create the demo partner and the seed's customer, and print a token (PARTNER_COMMERCE_SEED_DEMO; default on).")
    var seedDemo: Bool?
    @Flag(name: .customLong("sandbox-limits"), help: "Enforce the integration sandbox's limits (PARTNER_COMMERCE_SANDBOX_LIMITS).")
    var sandboxLimits = false
    @Option(name: .customLong("idempotency-retention"), help: "How long MS-RequestId records are kept, ISO 8601 (PARTNER_COMMERCE_IDEMPOTENCY_RETENTION; default P1D).")
    var idempotencyRetention: String?
    @Option(help: "Requests per minute per partner and resource family, or 'off' (PARTNER_COMMERCE_THROTTLE; default 500).")
    var throttle: String?
    @Option(help: "Token checks: dev, jwks or trust-claims (PARTNER_COMMERCE_AUTH; default dev).")
    var auth: String?
    @Option(name: .customLong("jwks-file"), help: "JWKS file for --auth jwks (PARTNER_COMMERCE_JWKS_FILE).")
    var jwksFile: String?
    @Option(help: "Issuer tokens must carry, for --auth jwks (PARTNER_COMMERCE_ISSUER).")
    var issuer: String?
    @Option(help: "Audience tokens must carry, for --auth jwks (PARTNER_COMMERCE_AUDIENCE).")
    var audience: String?
    @Flag(name: .customLong("allow-insecure-auth"), help: "Allow --auth trust-claims on an address other than loopback.")
    var allowInsecureAuth = false
    @Option(name: .customLong("server-id"), help: "This instance's MS-ServerId (PARTNER_COMMERCE_SERVER_ID; default 000001).")
    var serverId: String?
    @Option(name: .customLong("request-body-timeout"), help: "Seconds a request body may take to arrive before 408 (PARTNER_COMMERCE_REQUEST_BODY_TIMEOUT; default 30).")
    var requestBodyTimeout: Int?
    @Option(name: .customLong("idle-timeout"), help: "Seconds a silent connection is kept open (PARTNER_COMMERCE_IDLE_TIMEOUT; default 60).")
    var idleTimeout: Int?
    @Option(name: .customLong("stop-timeout"), help: "Seconds a graceful stop (SIGTERM, SIGINT) may take before the process exits with status 1 (PARTNER_COMMERCE_STOP_TIMEOUT; default 90).")
    var stopTimeout: Int?
    @Option(name: .customLong("crash-after-commit"), help: ArgumentHelp(
        "For crash-recovery tests: kill this process (SIGKILL) right after committing a write whose path ends with this text, before answering (PARTNER_COMMERCE_CRASH_AFTER_COMMIT).",
        visibility: .hidden))
    var crashAfterCommit: String?
    @Flag(name: .customLong("allow-clock-control"),
          help: "Let operators move the business clock with POST /admin/clock (PARTNER_COMMERCE_ALLOW_CLOCK_CONTROL).")
    var allowClockControl = false
    @Flag(name: .customLong("exit-when-stdin-closes"),
          help: "Stop when standard input ends, as when the program that started the server with a pipe to it exits or dies (PARTNER_COMMERCE_EXIT_WHEN_STDIN_CLOSES).")
    var exitWhenStandardInputCloses = false

    func validate() throws {
        if let port, !(0...65_535).contains(port) { throw ValidationError("--port must be 0...65535.") }
        if let provisioningDelay, !(0...86_400 * 30).contains(provisioningDelay) {
            throw ValidationError("--provisioning-delay must be 0 to 2592000 seconds.")
        }
        if let throttle, throttle.lowercased() != "off", (Int(throttle) ?? 0) <= 0 {
            throw ValidationError("--throttle must be 'off' or a positive number of requests per minute.")
        }
        if let requestBodyTimeout, !(1...3_600).contains(requestBodyTimeout) {
            throw ValidationError("--request-body-timeout must be 1 to 3600 seconds.")
        }
        if let stopTimeout, !(1...3_600).contains(stopTimeout) {
            throw ValidationError("--stop-timeout must be 1 to 3600 seconds.")
        }
        if let idleTimeout, !(1...86_400).contains(idleTimeout) {
            throw ValidationError("--idle-timeout must be 1 to 86400 seconds.")
        }
        if let cartTimeToLive, ISODuration(cartTimeToLive) == nil {
            throw ValidationError("--cart-ttl must be an ISO 8601 duration such as P7D or PT15M.")
        }
    }

    func resolvedConfiguration() throws -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = host ?? EnvironmentSetting.string("HOST") ?? configuration.host
        if let value = port ?? EnvironmentSetting.string("PORT").flatMap(Int.init) { configuration.port = value }
        configuration.dataDirectory = dataDirectory ?? EnvironmentSetting.string("DATA_DIR") ?? configuration.dataDirectory
        configuration.inMemory = inMemory || (EnvironmentSetting.bool("IN_MEMORY") ?? false)
        configuration.databaseURL = databaseURL ?? EnvironmentSetting.string("DATABASE_URL")
        if let value = provisioningDelay ?? EnvironmentSetting.string("PROVISIONING_DELAY").flatMap(Double.init) {
            configuration.provisioningDelay = value
        }
        if let text = cartTimeToLive ?? EnvironmentSetting.string("CART_TTL") {
            guard let duration = ISODuration(text) else { throw ValidationError("cart TTL '\(text)' is not an ISO 8601 duration.") }
            configuration.cartTimeToLive = duration
        }
        configuration.seedDemo = seedDemo ?? EnvironmentSetting.bool("SEED_DEMO") ?? true
        configuration.sandboxLimits = sandboxLimits || (EnvironmentSetting.bool("SANDBOX_LIMITS") ?? false)
        configuration.serverId = serverId ?? EnvironmentSetting.string("SERVER_ID") ?? configuration.serverId
        if let value = requestBodyTimeout ?? EnvironmentSetting.string("REQUEST_BODY_TIMEOUT").flatMap(Int.init) {
            configuration.requestBodyTimeout = value
        }
        if let value = idleTimeout ?? EnvironmentSetting.string("IDLE_TIMEOUT").flatMap(Int.init) {
            configuration.idleConnectionTimeout = value
        }
        configuration.crashAfterCommitPathSuffix = crashAfterCommit ?? EnvironmentSetting.string("CRASH_AFTER_COMMIT")
        configuration.allowClockControl = allowClockControl || (EnvironmentSetting.bool("ALLOW_CLOCK_CONTROL") ?? false)
        configuration.authentication = try authenticationMode(host: configuration.host)
        if let text = idempotencyRetention ?? EnvironmentSetting.string("IDEMPOTENCY_RETENTION") {
            guard let duration = ISODuration(text) else { throw ValidationError("retention '\(text)' is not an ISO 8601 duration.") }
            configuration.idempotencyRetention = duration
        }
        if let text = throttle ?? EnvironmentSetting.string("THROTTLE") {
            guard text.lowercased() == "off" || (Int(text) ?? 0) > 0 else {
                throw ValidationError("throttle '\(text)' must be 'off' or a positive number of requests per minute.")
            }
            configuration.throttlePerMinute = Int(text)
        }
        return configuration
    }

    func authenticationMode(host: String) throws -> AuthenticationMode {
        switch (auth ?? EnvironmentSetting.string("AUTH") ?? "dev").lowercased() {
        case "dev":
            return .dev
        case "jwks":
            guard let file = jwksFile ?? EnvironmentSetting.string("JWKS_FILE"),
                  let issuer = issuer ?? EnvironmentSetting.string("ISSUER"),
                  let audience = audience ?? EnvironmentSetting.string("AUDIENCE") else {
                throw ValidationError("--auth jwks needs --jwks-file, --issuer and --audience.")
            }
            return .jwks(file: file, issuer: issuer, audience: audience)
        case "trust-claims":
            let loopback = ["127.0.0.1", "localhost", "::1"].contains(host.lowercased())
            guard loopback || allowInsecureAuth else {
                throw ValidationError("--auth trust-claims does not check signatures: it serves loopback only, unless --allow-insecure-auth is given.")
            }
            return .trustClaims
        case let other:
            throw ValidationError("--auth must be dev, jwks or trust-claims, not '\(other)'.")
        }
    }

    func run() async throws {
        MallocSettings.apply()
        await EventLoopExecutor.install()
        let configuration = try resolvedConfiguration()
        let stopTimeout = try resolvedStopTimeout()
        LoggingSystem.bootstrap { label in JSONLogHandler.standardError(label: label) }
        let logger = Logger(label: "partner-commerce")
        let watchStandardInput = exitWhenStandardInputCloses || (EnvironmentSetting.bool("EXIT_WHEN_STDIN_CLOSES") ?? false)
        let (app, parts) = try await CommerceApplication.build(configuration: configuration, logger: logger) { port in
            StandardOutput.line("PartnerCommerce listening on http://\(configuration.host):\(port)")
            // Started once the service group runs, so that SIGTERM finds its graceful stop in place.
            if watchStandardInput { StandardInputWatch.start(logger: logger) }
        }
        if configuration.seedDemo {
            let banner = try await DemoSeed.plant(parts: parts, configuration: configuration)
            StandardOutput.line(banner)
        }
        let stopDeadline = StopDeadline(seconds: stopTimeout, logger: logger)
        try await app.runService()
        stopDeadline.cancel()
    }

    /// `--stop-timeout`, else `PARTNER_COMMERCE_STOP_TIMEOUT`, else 90 seconds: longer than the longest latency
    /// fault (60 s), so that a stop waits for every request in flight.
    private func resolvedStopTimeout() throws -> Int {
        if let stopTimeout { return stopTimeout }
        guard let text = EnvironmentSetting.string("STOP_TIMEOUT") else { return 90 }
        guard let seconds = Int(text), (1...3_600).contains(seconds) else {
            throw ValidationError("PARTNER_COMMERCE_STOP_TIMEOUT must be 1 to 3600 seconds, not '\(text)'.")
        }
        return seconds
    }
}
