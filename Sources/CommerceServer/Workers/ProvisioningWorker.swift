import CommerceCore
import Foundation
import Logging
import ServiceLifecycle

/// Completes pending orders once their provisioning delay has passed on the business clock. Pending work is
/// in the database, so it survives a restart; each batch is one transaction, so an order is provisioned once.
public struct ProvisioningWorker: Service {
    let services: CommerceServices
    let logger: Logger
    /// The longest the worker sleeps between looks, so that a moved business clock is noticed soon.
    let longestNap: TimeInterval = 0.5
    /// Orders provisioned in one write. A write holds the single writer while it runs: small batches let the
    /// requests' own writes in between.
    static let batchSize = 20

    /// Creates the worker.
    public init(services: CommerceServices, logger: Logger) {
        self.services = services
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await provisionDueOrders()
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("provisioning failed", metadata: ["error": .string(String(reflecting: error))])
                }
                let pause = try await nap()
                // Graceful shutdown cancels the sleep; the loop then ends and the worker stops cleanly.
                try? await Task.sleep(for: .seconds(pause))
            }
        }
    }

    /// Provisions every order that is due now, in batches; answers how many.
    @discardableResult
    public func provisionDueOrders() async throws -> Int {
        let provisioner = Provisioner(catalog: services.catalog)
        let now = services.clock.now()
        var total = 0
        while true {
            let count = try await services.store.provisionDueOrders(now: now, limit: Self.batchSize, provision: { order, customerId in
                provisioner.provision(order, customerId: customerId, now: now)
            })
            total += count
            services.telemetry.recordOrdersProvisioned(count)
            if count < Self.batchSize { return total }
        }
    }

    private func nap() async throws -> TimeInterval {
        guard let due = try await services.store.nextProvisioningDue() else { return longestNap }
        return min(longestNap, max(0.02, due.timeIntervalSince(services.clock.now())))
    }
}
