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
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await provisionDueOrders()
                } catch is CancellationError {
                    return
                } catch {
                    logger.error("provisioning failed", metadata: ["error": .string(String(reflecting: error))])
                }
                let pause = await nap()
                // Graceful shutdown cancels the sleep; the loop then ends and the worker stops cleanly.
                try? await Task.sleep(for: .seconds(pause))
            }
        }
    }

    /// Provisions every order that is due now, in batches; answers how many. Orders that another worker is
    /// provisioning at the same moment are left to it, and while the business clock is being moved, everything is
    /// left to the move (which provisions what it made due before answering).
    @discardableResult
    public func provisionDueOrders() async throws -> Int {
        guard let now = services.clock.nowUnlessMoving() else { return 0 }
        return try await provisionOrders(dueBy: now)
    }

    /// Provisions every order that is due now and returns once none of them is pending any more, including those
    /// another worker (this server's own, or another instance's) was provisioning at the same moment: moving the
    /// business clock answers after this, so that the orders it moved past are complete. Answers how many orders
    /// this call provisioned itself.
    public func provisionEveryDueOrder() async throws -> Int {
        let now = services.clock.now()
        var total = try await provisionOrders(dueBy: now)
        // The other worker's transaction ends on its own; the bound only keeps a stuck database from holding the
        // request for ever.
        let deadline = ContinuousClock.now + .seconds(30)
        while let due = try await services.store.nextProvisioningDue(), due <= now, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
            total += try await provisionOrders(dueBy: now)
        }
        return total
    }

    private func provisionOrders(dueBy now: Date) async throws -> Int {
        let provisioner = Provisioner(catalog: services.catalog)
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

    /// How long to sleep before the next look: until the next order is due, at most ``longestNap``. When the
    /// database cannot say (it is down or restarting), the longest nap: the worker, and with it the server, carry
    /// on, and the next look tries again.
    private func nap() async -> TimeInterval {
        let next: Date?
        do {
            next = try await services.store.nextProvisioningDue()
        } catch {
            if !(error is CancellationError) {
                logger.error("reading when provisioning is next due failed", metadata: ["error": .string(String(reflecting: error))])
            }
            return longestNap
        }
        guard let due = next else { return longestNap }
        return min(longestNap, max(0.02, due.timeIntervalSince(services.clock.now())))
    }
}
