import CommerceServer
import Foundation
import Hummingbird
import Logging
import PartnerCenter
import ServiceLifecycle
import TestSupport

/// A real PartnerCommerce server on a loopback port, with its own data directory and database, for one test.
final class TestServer: Sendable {
    let parts: CommerceApplication.Parts
    private let service: LoopbackService
    private let storage: TestStorage

    /// Starts a server on `engine` that provisions pending orders `provisioningDelay` seconds after checkout;
    /// `configure` may change the rest of the configuration.
    static func start(engine: TestEngine = .sqlite, provisioningDelay: Double = 1,
                      configure: (inout ServerConfiguration) -> Void = { _ in }) async throws -> TestServer {
        let storage = try await TestStorage.make(for: engine)
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.dataDirectory = TemporaryDirectory.make()
        configuration.seedDemo = false
        configuration.provisioningDelay = provisioningDelay
        configuration.databaseURL = storage.databaseURL
        configure(&configuration)
        let logger = Logger(label: "sdk-test-server", factory: { _ in SwiftLogNoOpLogHandler() })
        var parts: CommerceApplication.Parts?
        let service = try await LoopbackService.start(logger: logger) { onRunning in
            let (app, built) = try await CommerceApplication.build(configuration: configuration, logger: logger, onRunning: onRunning)
            parts = built
            return app
        }
        guard let parts else { throw LoopbackServiceError.didNotStart }
        return TestServer(parts: parts, service: service, storage: storage)
    }

    private init(parts: CommerceApplication.Parts, service: LoopbackService, storage: TestStorage) {
        self.parts = parts
        self.service = service
        self.storage = storage
    }

    /// `http://127.0.0.1:<port>`.
    var baseURL: String { service.baseURL }

    /// Stops the server and waits for it to finish.
    func stop() async {
        await service.stop()
        await storage.drop()
    }
    /// A token for a partner tenant, signed with this server's key.
    func token(partner: String = TestPartners.contoso) async throws -> String {
        try await parts.tokens.mint(partnerTenant: partner, user: nil)
    }

    /// An SDK client holding an operator token, for `partner.operator`.
    func operatorService() async throws -> PartnerService {
        let token = try await parts.tokens.mint(partnerTenant: TestPartners.operatorTenant, user: nil, isOperator: true)
        return PartnerService(baseURL: baseURL, credentials: .bearer { token }, configuration: .fastRetries)
    }

    /// An SDK client acting as `partner`, talking to `baseURL` (this server unless a proxy is given).
    func partnerService(partner: String = TestPartners.contoso, baseURL: String? = nil,
                        configuration: PartnerServiceConfiguration = .fastRetries) async throws -> PartnerService {
        let token = try await token(partner: partner)
        return PartnerService(baseURL: baseURL ?? self.baseURL, credentials: .bearer { token }, configuration: configuration)
    }
}

/// Partner tenant ids used by the tests.
enum TestPartners {
    static let contoso = "11111111-1111-4111-8111-111111111111"
    static let fabrikam = "22222222-2222-4222-8222-222222222222"
    static let operatorTenant = "99999999-9999-4999-8999-999999999999"
}

extension PartnerServiceConfiguration {
    /// The standard retries with the waits skipped, so tests that retry do not sleep.
    static var fastRetries: PartnerServiceConfiguration {
        PartnerServiceConfiguration(retryPolicy: RetryPolicy(sleep: { _ in }))
    }
}

/// Runs `body` against a fresh server on each engine in turn (SQLite, then PostgreSQL) and stops each server
/// afterwards, whether `body` throws or not.
func withTestServer<T>(provisioningDelay: Double = 1, configure: (inout ServerConfiguration) -> Void = { _ in },
                       _ body: (TestServer) async throws -> T) async throws -> T {
    try await forEachEngine(TestEngine.allCases) { engine in
        try await withStarted({ try await TestServer.start(engine: engine, provisioningDelay: provisioningDelay, configure: configure) },
                              stop: { await $0.stop() }, body)
    }
}
