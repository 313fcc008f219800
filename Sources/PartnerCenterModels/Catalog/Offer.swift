/// A legacy (pre-new-commerce) offer, bought by its id as the catalog item id (e.g. `MS-AZR-0145P`).
public struct Offer: Codable, Sendable, Equatable {
    /// Offer id.
    public var id: String
    /// Name.
    public var name: String?
    /// Description.
    public var description: String?
    /// Least quantity.
    public var minimumQuantity: Int?
    /// Greatest quantity.
    public var maximumQuantity: Int?
    /// Sort rank.
    public var rank: Int?
    /// Locale of the texts.
    public var locale: String?
    /// Market.
    public var country: String?
    /// Category.
    public var category: OfferCategory?
    /// Offers that must be owned first (add-ons).
    public var prerequisiteOffers: [String]?
    /// Whether it is an add-on.
    public var isAddOn: Bool?
    /// Whether it has add-ons.
    public var hasAddOns: Bool?
    /// Whether it can still be bought.
    public var isAvailableForPurchase: Bool?
    /// `none`, `usage` or `license`.
    public var billing: String?
    /// Billing cycles it can be bought with.
    public var supportedBillingCycles: [BillingCycle]?
    /// Whether it renews automatically.
    public var isAutoRenewable: Bool?
    /// Whether it is a trial.
    public var isTrial: Bool?
    /// `Licenses`, `Usage-based`, ...
    public var unitType: String?
    /// Attestation the buyer must accept.
    public var attestationProperties: AttestationProperties?
    /// `self` (and, in a page, `next`/`previous`) links.
    public var links: CollectionLinks?
    /// `{"objectType": "Offer"}`.
    public var attributes: ResourceAttributes?

    /// Creates an offer.
    public init(
        id: String, name: String?, description: String?, minimumQuantity: Int?, maximumQuantity: Int?, rank: Int?,
        locale: String?, country: String?, category: OfferCategory?, prerequisiteOffers: [String]?, isAddOn: Bool?,
        hasAddOns: Bool?, isAvailableForPurchase: Bool?, billing: String?, supportedBillingCycles: [BillingCycle]?,
        isAutoRenewable: Bool?, isTrial: Bool?, unitType: String?, attestationProperties: AttestationProperties?,
        links: CollectionLinks?
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.minimumQuantity = minimumQuantity
        self.maximumQuantity = maximumQuantity
        self.rank = rank
        self.locale = locale
        self.country = country
        self.category = category
        self.prerequisiteOffers = prerequisiteOffers
        self.isAddOn = isAddOn
        self.hasAddOns = hasAddOns
        self.isAvailableForPurchase = isAvailableForPurchase
        self.billing = billing
        self.supportedBillingCycles = supportedBillingCycles
        self.isAutoRenewable = isAutoRenewable
        self.isTrial = isTrial
        self.unitType = unitType
        self.attestationProperties = attestationProperties
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Offer")
    }
}

/// The category of an ``Offer``.
public struct OfferCategory: Codable, Sendable, Equatable {
    /// Category id.
    public var id: String
    /// Name.
    public var name: String?
    /// Sort rank.
    public var rank: Int?

    /// Creates a category.
    public init(id: String, name: String?, rank: Int?) {
        self.id = id
        self.name = name
        self.rank = rank
    }
}
