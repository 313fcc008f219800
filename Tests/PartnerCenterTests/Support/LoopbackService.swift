import Logging
import ServiceLifecycle

/// A service (a Hummingbird application) running in its own service group, without signal handling, until
/// stopped; and the loopback port it bound.
struct LoopbackService: Sendable {
    let port: Int
    private let group: ServiceGroup
    private let running: Task<Void, any Error>

    /// Builds the service with `make`, which must pass the bound port to the callback it is given, runs it, and
    /// waits until it listens.
    static func start<S: Service>(
        logger: Logger, _ make: (_ onRunning: @escaping @Sendable (Int) async -> Void) async throws -> S
    ) async throws -> LoopbackService {
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let service = try await make { port in
            portContinuation.yield(port)
            portContinuation.finish()
        }
        let group = ServiceGroup(services: [service], gracefulShutdownSignals: [], logger: logger)
        let running = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await group.triggerGracefulShutdown()
            throw LoopbackServiceError.didNotStart
        }
        return LoopbackService(port: port, group: group, running: running)
    }

    /// `http://127.0.0.1:<port>`.
    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Stops the service and waits for it to finish.
    func stop() async {
        await group.triggerGracefulShutdown()
        _ = await running.result
    }
}

enum LoopbackServiceError: Error {
    case didNotStart
}

/// Runs `body` with a started value, then stops it whether `body` throws or not.
func withStarted<Started, T>(
    _ start: () async throws -> Started, stop: (Started) async -> Void, _ body: (Started) async throws -> T
) async throws -> T {
    let started = try await start()
    do {
        let result = try await body(started)
        await stop(started)
        return result
    } catch {
        await stop(started)
        throw error
    }
}
