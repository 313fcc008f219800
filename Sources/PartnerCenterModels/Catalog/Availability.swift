/// Where and how a SKU can be bought: a market, a segment, a currency and terms.
public struct Availability: Codable, Sendable, Equatable {
    /// Availability id.
    public var id: String
    /// The product id.
    public var productId: String?
    /// The SKU id.
    public var skuId: String?
    /// `productId:skuId:availabilityId`, the value a cart line item names.
    public var catalogItemId: String?
    /// The market's currency.
    public var defaultCurrency: CurrencyInfo?
    /// `commercial`, `education`, `government` or `nonprofit`.
    public var segment: String?
    /// ISO 3166 country code of the market.
    public var country: String?
    /// Whether it can be bought.
    public var isPurchasable: Bool?
    /// Whether it can be renewed.
    public var isRenewable: Bool?
    /// Terms it can be bought with.
    public var terms: [AvailabilityTerm]?
    /// The product, for convenience.
    public var product: Product?
    /// The SKU, for convenience.
    public var sku: Sku?
    /// `self` link.
    public var links: SelfLinks?
    /// `{"objectType": "Availability"}`.
    public var attributes: ResourceAttributes?

    /// Creates an availability.
    public init(
        id: String, productId: String?, skuId: String?, catalogItemId: String?, defaultCurrency: CurrencyInfo?,
        segment: String?, country: String?, isPurchasable: Bool?, isRenewable: Bool?, terms: [AvailabilityTerm]?,
        product: Product? = nil, sku: Sku? = nil, links: SelfLinks?
    ) {
        self.id = id
        self.productId = productId
        self.skuId = skuId
        self.catalogItemId = catalogItemId
        self.defaultCurrency = defaultCurrency
        self.segment = segment
        self.country = country
        self.isPurchasable = isPurchasable
        self.isRenewable = isRenewable
        self.terms = terms
        self.product = product
        self.sku = sku
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Availability")
    }
}

/// A currency: code and symbol.
public struct CurrencyInfo: Codable, Sendable, Equatable {
    /// ISO 4217 code, e.g. `USD`.
    public var code: String
    /// Symbol, e.g. `$`.
    public var symbol: String?

    /// Creates currency info.
    public init(code: String, symbol: String?) {
        self.code = code
        self.symbol = symbol
    }
}

/// A term an availability can be bought with.
public struct AvailabilityTerm: Codable, Sendable, Equatable {
    /// Term id.
    public var id: String?
    /// ISO 8601 duration: `P1M`, `P1Y`, `P3Y`.
    public var duration: String?
    /// Description.
    public var description: String?
    /// The billing cycle of the term, as Partner Center spells it here (`Monthly`, `Annual`).
    public var billingCycle: String?
    /// Terms it can renew into.
    public var renewalOptions: [RenewalOption]?

    /// Creates a term.
    public init(id: String?, duration: String?, description: String?, billingCycle: String?,
                renewalOptions: [RenewalOption]? = nil) {
        self.id = id
        self.duration = duration
        self.description = description
        self.billingCycle = billingCycle
        self.renewalOptions = renewalOptions
    }
}

/// A term a term may renew into.
public struct RenewalOption: Codable, Sendable, Equatable {
    /// ISO 8601 duration.
    public var termDuration: String?
    /// Description.
    public var description: String?

    /// Creates a renewal option.
    public init(termDuration: String?, description: String?) {
        self.termDuration = termDuration
        self.description = description
    }
}
