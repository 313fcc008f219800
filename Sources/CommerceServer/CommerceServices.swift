import CommerceCore
import CommerceStore
import Foundation
import Synchronization

/// What the routes and workers share: the store, the catalog, the business clock and the settings.
public final class CommerceServices: Sendable {
    /// Where data lives.
    public let store: any CommerceStore
    /// The business clock.
    public let clock: BusinessClock
    /// Settings that shape business behaviour.
    public let settings: CommerceSettings
    /// Request metrics, the request journal and business counters.
    public let telemetry: Telemetry
    /// The operator's fault rules.
    public let faults = FaultRuleBook()
    private let currentCatalog: Mutex<Catalog>

    /// Creates the services.
    public init(store: any CommerceStore, catalog: Catalog, clock: BusinessClock, settings: CommerceSettings,
                telemetry: Telemetry = Telemetry()) {
        self.store = store
        self.clock = clock
        self.settings = settings
        self.telemetry = telemetry
        self.currentCatalog = Mutex(catalog)
    }

    /// The catalog in force now.
    public var catalog: Catalog { currentCatalog.withLock { $0 } }

    /// Replaces the catalog (operator import or reset).
    public func replaceCatalog(_ catalog: Catalog) {
        currentCatalog.withLock { $0 = catalog }
    }
}

/// Settings that shape business behaviour.
public struct CommerceSettings: Sendable {
    /// How long after checkout pending orders are provisioned.
    public var provisioningDelay: TimeInterval
    /// How long a cart lives after creation.
    public var cartTimeToLive: ISODuration
    /// The sandbox's limits, when enforced.
    public var sandboxLimits: SandboxLimits?

    /// Creates settings.
    public init(provisioningDelay: TimeInterval, cartTimeToLive: ISODuration, sandboxLimits: SandboxLimits?) {
        self.provisioningDelay = provisioningDelay
        self.cartTimeToLive = cartTimeToLive
        self.sandboxLimits = sandboxLimits
    }
}
