import Foundation
import Logging
import ServiceLifecycle

/// Forgets `MS-RequestId` records older than the retention (24 hours unless configured), every few minutes.
public struct IdempotencyRetentionWorker: Service {
    let services: CommerceServices
    let retention: TimeInterval
    let logger: Logger
    /// Time between purges.
    let interval: Duration = .seconds(300)

    /// Creates the worker.
    public init(services: CommerceServices, retention: TimeInterval, logger: Logger) {
        self.services = services
        self.retention = retention
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    _ = try await services.store.purgeIdempotencyRecords(before: Date().addingTimeInterval(-retention))
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("purging request ids failed", metadata: ["error": .string(String(reflecting: error))])
                }
                // Graceful shutdown cancels the sleep; the loop then ends and the worker stops cleanly.
                try? await Task.sleep(for: interval)
            }
        }
    }
}
