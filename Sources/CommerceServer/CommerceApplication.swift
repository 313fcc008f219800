import CommerceCore
import CommerceStore
import Foundation
import Hummingbird
import Logging

/// Assembles the server: store, catalog, clock, routes, middleware and the provisioning worker.
public enum CommerceApplication {
    /// The parts a running server is made of, for the command line and for tests.
    public struct Parts: Sendable {
        /// Shared services.
        public let services: CommerceServices
        /// Token signing and verification.
        public let tokens: DevTokenService
        /// Every route, as `METHOD /path`.
        public let routeDescriptions: [String]
    }

    /// Opens the store, loads the catalog and builds the application. `onRunning` receives the bound port.
    public static func build(
        configuration: ServerConfiguration, logger: Logger,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws -> (some ApplicationProtocol, Parts) {
        let key = try DevSigningKey.loadOrCreate(dataDirectory: configuration.dataDirectory)
        let (store, storeServices) = try await StoreEngine.open(configuration: configuration, logger: logger)
        let services = CommerceServices(
            store: store, catalog: try await StoredCatalog.load(from: store, logger: logger), clock: BusinessClock(),
            settings: CommerceSettings(
                provisioningDelay: configuration.provisioningDelay, cartTimeToLive: configuration.cartTimeToLive,
                sandboxLimits: configuration.sandboxLimits ? .partnerCenterSandbox : nil),
            telemetry: Telemetry(journalCapacity: configuration.journalCapacity))
        let tokens = await DevTokenService(key: key)
        let verifier: any TokenVerifier
        switch configuration.authentication {
        case .dev:
            verifier = tokens
        case .jwks(let file, let issuer, let audience):
            verifier = try await JWKSTokenVerifier(
                jwksJSON: String(contentsOfFile: file, encoding: .utf8), issuer: issuer, audience: audience)
        case .trustClaims:
            logger.warning("trust-claims authentication: token signatures are NOT checked; use it on loopback only")
            verifier = ClaimsTrustingVerifier()
        }
        let (router, table) = try makeRouter(services: services, tokens: verifier, configuration: configuration, logger: logger)
        let app = Application(
            router: router,
            server: .http1(configuration: .init(
                additionalChannelHandlers: [ParserErrorResponder(), RequestBodyDeadline(seconds: configuration.requestBodyTimeout)],
                idleTimeout: .seconds(Int64(configuration.idleConnectionTimeout)),
                httpDecoderConfiguration: .init(
                    maxHeaderFieldSize: HeaderLimits.fieldBytes, maxHeaderListSize: HeaderLimits.totalBytes,
                    maxHeaderFieldCount: HeaderLimits.fieldCount))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                 serverName: "PartnerCommerce"),
            services: storeServices + [
                ProvisioningWorker(services: services, logger: logger),
                IdempotencyRetentionWorker(services: services, retention: configuration.idempotencyRetention.approximateSeconds,
                                           logger: logger),
            ],
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
        return (app, Parts(services: services, tokens: tokens, routeDescriptions: table.descriptions))
    }

    static func makeRouter(services: CommerceServices, tokens: any TokenVerifier, configuration: ServerConfiguration,
                           logger: Logger) throws
        -> (Router<CommerceRequestContext>, RouteTable)
    {
        let router = Router(context: CommerceRequestContext.self)
        var table = RouteTable()
        router.add(middleware: RequestHeadersMiddleware(serverId: configuration.serverId))
        // The observation and error middleware need the finished table; they read it through a box filled below.
        let tableBox = RouteTableBox()
        router.add(middleware: ObservationMiddleware(telemetry: services.telemetry, routes: tableBox, logger: logger))
        router.add(middleware: ErrorMiddleware(routes: tableBox))
        MetaRoutes(services: services).register(on: router, table: &table)
        MetricsRoutes(services: services).register(on: router, table: &table)
        try OpenAPIDocumentRoute.load().register(on: router, table: &table)
        DashboardRoutes(services: services, session: DashboardSession(tokens: tokens), templates: try DashboardTemplates.load())
            .register(on: router, table: &table)
        router.add(middleware: AuthenticationMiddleware(tokens: tokens))
        router.add(middleware: FaultInjectionMiddleware(faults: services.faults))
        if let perMinute = configuration.throttlePerMinute {
            router.add(middleware: ThrottleMiddleware(throttle: RequestThrottle(perMinute: perMinute)))
        }
        router.add(middleware: IdempotencyMiddleware(store: services.store,
                                                     crashAfterCommitPathSuffix: configuration.crashAfterCommitPathSuffix))
        let support = RouteSupport(services: services)
        CustomerRoutes(support: support).register(on: router, table: &table)
        CartRoutes(support: support).register(on: router, table: &table)
        OrderRoutes(support: support).register(on: router, table: &table)
        SubscriptionRoutes(support: support).register(on: router, table: &table)
        CatalogRoutes(services: services).register(on: router, table: &table)
        AdminRoutes(services: services, logger: logger, allowClockControl: configuration.allowClockControl)
            .register(on: router, table: &table)
        tableBox.set(table)
        return (router, table)
    }
}
