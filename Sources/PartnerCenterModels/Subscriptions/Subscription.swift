import Foundation

/// A subscription made when an order line item is provisioned.
public struct Subscription: Codable, Sendable, Equatable {
    /// The subscription id (a GUID).
    public var id: String
    /// The catalog item id or offer id bought.
    public var offerId: String?
    /// The catalog's name for it.
    public var offerName: String?
    /// The partner's label, or the catalog's title.
    public var friendlyName: String?
    /// Number of licences.
    public var quantity: Int?
    /// `licenses`, `usage-based` or `benefit`.
    public var unitType: String?
    /// `active`, `suspended`, `deleted`, ...
    public var status: SubscriptionStatus?
    /// Whether the subscription renews at the end of its term.
    public var autoRenewEnabled: Bool?
    /// How it is billed.
    public var billingCycle: BillingCycle?
    /// ISO 8601 term.
    public var termDuration: String?
    /// What the term renews into.
    public var renewalTermDuration: String?
    /// When it was made.
    public var creationDate: Date?
    /// When the term starts.
    public var effectiveStartDate: Date?
    /// When the term ends.
    public var commitmentEndDate: Date?
    /// Whether it is a trial.
    public var isTrial: Bool?
    /// The order that made it.
    public var orderId: String?
    /// `subscription`.
    public var contractType: String?
    /// `self` link.
    public var links: SelfLinks?
    /// `{"objectType": "Subscription"}`.
    public var attributes: ResourceAttributes?

    /// Creates a subscription.
    public init(
        id: String, offerId: String?, offerName: String?, friendlyName: String?, quantity: Int?, unitType: String?,
        status: SubscriptionStatus?, autoRenewEnabled: Bool?, billingCycle: BillingCycle?, termDuration: String?,
        renewalTermDuration: String?, creationDate: Date?, effectiveStartDate: Date?, commitmentEndDate: Date?,
        isTrial: Bool?, orderId: String?, links: SelfLinks?
    ) {
        self.id = id
        self.offerId = offerId
        self.offerName = offerName
        self.friendlyName = friendlyName
        self.quantity = quantity
        self.unitType = unitType
        self.status = status
        self.autoRenewEnabled = autoRenewEnabled
        self.billingCycle = billingCycle
        self.termDuration = termDuration
        self.renewalTermDuration = renewalTermDuration
        self.creationDate = creationDate
        self.effectiveStartDate = effectiveStartDate
        self.commitmentEndDate = commitmentEndDate
        self.isTrial = isTrial
        self.orderId = orderId
        self.contractType = "subscription"
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Subscription")
    }
}
