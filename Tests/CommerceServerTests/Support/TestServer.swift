import AsyncHTTPClient
import CommerceCore
import CommerceServer
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import TestSupport

/// A real PartnerCommerce server on a loopback port, with its own data directory and its own database (a
/// SQLite file, or a PostgreSQL schema dropped when the server stops), for one test. Stop it with ``stop()``.
final class TestServer: Sendable {
    let baseURL: String
    let parts: CommerceApplication.Parts
    let dataDirectory: String
    /// Where the server keeps its data.
    let storage: TestStorage
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    /// Starts a server. `configure` may change the configuration (port and data directory are chosen here).
    static func start(
        engine: TestEngine = .sqlite, _ configure: (inout ServerConfiguration) -> Void = { _ in }
    ) async throws -> TestServer {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.dataDirectory = TemporaryDirectory.make()
        configuration.seedDemo = false
        configuration.provisioningDelay = 1
        configure(&configuration)
        let storage = try await TestStorage.make(for: engine)
        configuration.databaseURL = storage.databaseURL
        let logger = Logger(label: "test-server", factory: { _ in SwiftLogNoOpLogHandler() })
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let (app, parts) = try await CommerceApplication.build(configuration: configuration, logger: logger) { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(services: [app], gracefulShutdownSignals: [], logger: logger)
        let running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestServerError.didNotStart }
        return TestServer(baseURL: "http://127.0.0.1:\(port)", parts: parts, dataDirectory: configuration.dataDirectory,
                          storage: storage, group: group, running: running)
    }

    private init(baseURL: String, parts: CommerceApplication.Parts, dataDirectory: String, storage: TestStorage,
                 group: ServiceGroup, running: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.parts = parts
        self.dataDirectory = dataDirectory
        self.storage = storage
        self.group = group
        self.running = running
    }

    /// Stops the server and waits for it to finish; drops its PostgreSQL schema.
    func stop() async {
        await group.triggerGracefulShutdown()
        _ = await running.result
        await storage.drop()
    }

    /// A token for a partner tenant.
    func token(partner: String = PartnerFixtures.partnerA, user: String? = nil) async throws -> String {
        try await parts.tokens.mint(partnerTenant: partner, user: user)
    }

    /// A client acting as a partner.
    func client(partner: String = PartnerFixtures.partnerA, user: String? = nil) async throws -> PartnerHTTPClient {
        PartnerHTTPClient(baseURL: baseURL, token: try await token(partner: partner, user: user))
    }
}

enum TestServerError: Error {
    case didNotStart
}


/// Tenant ids used by the tests.
enum PartnerFixtures {
    static let partnerA = "11111111-1111-4111-8111-111111111111"
    static let partnerB = "22222222-2222-4222-8222-222222222222"
}

/// Runs `body` against a fresh server on each of `engines` in turn (by default every engine, so that each test
/// holds for SQLite and for PostgreSQL), stopping each server afterwards whether `body` throws or not. Returns
/// what `body` returned on the last engine.
func withTestServer<T>(
    engines: [TestEngine] = TestEngine.allCases,
    _ configure: (inout ServerConfiguration) -> Void = { _ in }, _ body: (TestServer) async throws -> T
) async throws -> T {
    try await forEachEngine(engines) { engine in try await withTestServer(on: engine, configure, body) }
}

/// Runs `body` against a fresh server on one engine and stops the server afterwards.
func withTestServer<T>(
    on engine: TestEngine, _ configure: (inout ServerConfiguration) -> Void = { _ in },
    _ body: (TestServer) async throws -> T
) async throws -> T {
    let server = try await TestServer.start(engine: engine, configure)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
