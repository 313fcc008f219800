/// What line-item validation needs to know about the buyer beyond the catalog.
public struct PurchaseContext: Sendable {
    /// The customer's country (ISO 3166), which picks the market and currency.
    public var country: String
    /// The customer's segment; customers are `commercial`.
    public var segment: String
    /// `PRODUCT:SKU` keys (upper case) of the customer's active subscriptions, for add-on prerequisites.
    public var ownedSkuKeys: Set<String>
    /// Units left, by `PRODUCT:SKU` key, for SKUs whose inventory is limited.
    public var inventoryRemaining: [String: Int]
    /// Sandbox limits, when the server enforces them.
    public var sandboxLimits: SandboxLimits?
    /// How many subscriptions the customer already has (for the sandbox limit).
    public var existingSubscriptionCount: Int

    /// Creates a context.
    public init(country: String, segment: String = "commercial", ownedSkuKeys: Set<String> = [],
                inventoryRemaining: [String: Int] = [:], sandboxLimits: SandboxLimits? = nil,
                existingSubscriptionCount: Int = 0) {
        self.country = country
        self.segment = segment
        self.ownedSkuKeys = ownedSkuKeys
        self.inventoryRemaining = inventoryRemaining
        self.sandboxLimits = sandboxLimits
        self.existingSubscriptionCount = existingSubscriptionCount
    }
}

/// The limits Partner Center's integration sandbox imposes.
public struct SandboxLimits: Sendable, Equatable {
    /// Customers per partner.
    public var customersPerPartner: Int
    /// Subscriptions per customer.
    public var subscriptionsPerCustomer: Int
    /// Licences per subscription.
    public var licencesPerSubscription: Int

    /// The sandbox's published limits: 75 customers, 5 subscriptions per customer, 25 licences per subscription.
    public static let partnerCenterSandbox = SandboxLimits(
        customersPerPartner: 75, subscriptionsPerCustomer: 5, licencesPerSubscription: 25)

    /// Creates limits.
    public init(customersPerPartner: Int, subscriptionsPerCustomer: Int, licencesPerSubscription: Int) {
        self.customersPerPartner = customersPerPartner
        self.subscriptionsPerCustomer = subscriptionsPerCustomer
        self.licencesPerSubscription = licencesPerSubscription
    }
}
