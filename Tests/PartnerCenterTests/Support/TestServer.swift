import CommerceServer
import Foundation
import Hummingbird
import Logging
import PartnerCenter
import ServiceLifecycle

/// A real PartnerCommerce server on a loopback port, with its own data directory, for one test.
final class TestServer: Sendable {
    let baseURL: String
    let parts: CommerceApplication.Parts
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    /// Starts a server that provisions pending orders one second after checkout.
    static func start() async throws -> TestServer {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.dataDirectory = TemporaryDirectory.make()
        configuration.seedDemo = false
        configuration.provisioningDelay = 1
        let logger = Logger(label: "sdk-test-server", factory: { _ in SwiftLogNoOpLogHandler() })
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let (app, parts) = try await CommerceApplication.build(configuration: configuration, logger: logger) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
        let running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestServerError.didNotStart }
        return TestServer(baseURL: "http://127.0.0.1:\(port)", parts: parts, group: group, running: running)
    }

    private init(baseURL: String, parts: CommerceApplication.Parts, group: ServiceGroup, running: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.parts = parts
        self.group = group
        self.running = running
    }

    /// Stops the server and waits for it to finish.
    func stop() async {
        await group.triggerGracefulShutdown()
        _ = await running.result
    }

    /// A token for a partner tenant, signed with this server's key.
    func token(partner: String = TestPartners.contoso) async throws -> String {
        try await parts.tokens.mint(partnerTenant: partner, user: nil)
    }

    /// An SDK client acting as `partner`, talking to `baseURL` (this server unless a proxy is given).
    func partnerService(partner: String = TestPartners.contoso, baseURL: String? = nil,
                        configuration: PartnerServiceConfiguration = .fastRetries) async throws -> PartnerService {
        let token = try await token(partner: partner)
        return PartnerService(baseURL: baseURL ?? self.baseURL, credentials: .bearer { token }, configuration: configuration)
    }
}

enum TestServerError: Error {
    case didNotStart
}

/// Partner tenant ids used by the tests.
enum TestPartners {
    static let contoso = "11111111-1111-4111-8111-111111111111"
    static let fabrikam = "22222222-2222-4222-8222-222222222222"
}

extension PartnerServiceConfiguration {
    /// The standard retries with the waits skipped, so tests that retry do not sleep.
    static var fastRetries: PartnerServiceConfiguration {
        PartnerServiceConfiguration(retryPolicy: RetryPolicy(sleep: { _ in }))
    }
}

/// Runs `body` against a fresh server and stops the server afterwards, whether `body` throws or not.
func withTestServer<T>(_ body: (TestServer) async throws -> T) async throws -> T {
    let server = try await TestServer.start()
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
