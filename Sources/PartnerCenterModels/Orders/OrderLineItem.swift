/// One purchase within an order.
public struct OrderLineItem: Codable, Sendable, Equatable {
    /// Position in the order, 0 to n-1.
    public var lineItemNumber: Int?
    /// The catalog item id or legacy offer id bought.
    public var offerId: String?
    /// The subscription made for this item, once provisioned.
    public var subscriptionId: String?
    /// For legacy add-ons, the subscription they attach to.
    public var parentSubscriptionId: String?
    /// ISO 8601 term.
    public var termDuration: String?
    /// What the term renews into.
    public var renewsTo: RenewsTo?
    /// `New` for purchases.
    public var transactionType: String?
    /// The partner's label, or the catalog's title.
    public var friendlyName: String?
    /// Number of licences or instances.
    public var quantity: Int?
    /// Prices, when the order was read with `include_price=true` or is new-commerce.
    public var pricing: Pricing?
    /// Values given for the SKU's provisioning variables.
    public var provisioningContext: [String: String]?
    /// The indirect reseller's partner id.
    public var partnerIdOnRecord: String?
    /// Acceptance of the SKU's attestation.
    public var attestationAccepted: Bool?
    /// A new-commerce promotion id.
    public var promotionId: String?
    /// Links to the subscription, product, SKU, availability and provisioning status.
    public var links: OrderLineItemLinks?

    /// Creates an order line item.
    public init(
        lineItemNumber: Int?, offerId: String?, subscriptionId: String? = nil, termDuration: String? = nil,
        renewsTo: RenewsTo? = nil, transactionType: String? = nil, friendlyName: String? = nil, quantity: Int?,
        pricing: Pricing? = nil, provisioningContext: [String: String]? = nil, attestationAccepted: Bool? = nil,
        promotionId: String? = nil, links: OrderLineItemLinks? = nil
    ) {
        self.lineItemNumber = lineItemNumber
        self.offerId = offerId
        self.subscriptionId = subscriptionId
        self.termDuration = termDuration
        self.renewsTo = renewsTo
        self.transactionType = transactionType
        self.friendlyName = friendlyName
        self.quantity = quantity
        self.pricing = pricing
        self.provisioningContext = provisioningContext
        self.attestationAccepted = attestationAccepted
        self.promotionId = promotionId
        self.links = links
    }

    private enum CodingKeys: String, CodingKey {
        case lineItemNumber, offerId, subscriptionId, parentSubscriptionId, termDuration, renewsTo, transactionType
        case friendlyName, quantity, pricing, provisioningContext, partnerIdOnRecord, attestationAccepted, promotionId
        case links
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lineItemNumber = try container.decodeFlexibleInt(forKey: .lineItemNumber)
        offerId = try container.decodeIfPresent(String.self, forKey: .offerId)
        parentSubscriptionId = try container.decodeIfPresent(String.self, forKey: .parentSubscriptionId)
        termDuration = try container.decodeIfPresent(String.self, forKey: .termDuration)
        renewsTo = try container.decodeIfPresent(RenewsTo.self, forKey: .renewsTo)
        friendlyName = try container.decodeIfPresent(String.self, forKey: .friendlyName)
        quantity = try container.decodeIfPresent(Int.self, forKey: .quantity)
        provisioningContext = try container.decodeIfPresent([String: String].self, forKey: .provisioningContext)
        partnerIdOnRecord = try container.decodeIfPresent(String.self, forKey: .partnerIdOnRecord)
        attestationAccepted = try container.decodeIfPresent(Bool.self, forKey: .attestationAccepted)
        promotionId = try container.decodeIfPresent(String.self, forKey: .promotionId)
        // Server-owned.
        subscriptionId = container.decodeIgnoringInvalid(String.self, forKey: .subscriptionId)
        transactionType = container.decodeIgnoringInvalid(String.self, forKey: .transactionType)
        pricing = container.decodeIgnoringInvalid(Pricing.self, forKey: .pricing)
        links = container.decodeIgnoringInvalid(OrderLineItemLinks.self, forKey: .links)
    }
}

/// The links of an ``OrderLineItem``; each is omitted when it does not apply.
public struct OrderLineItemLinks: Codable, Sendable, Equatable {
    /// The subscription made for the item.
    public var subscription: Link?
    /// The catalog product.
    public var product: Link?
    /// The catalog SKU.
    public var sku: Link?
    /// The catalog availability.
    public var availability: Link?
    /// The order's provisioning status.
    public var provisioningStatus: Link?

    /// Creates line-item links.
    public init(subscription: Link? = nil, product: Link? = nil, sku: Link? = nil, availability: Link? = nil,
                provisioningStatus: Link? = nil) {
        self.subscription = subscription
        self.product = product
        self.sku = sku
        self.availability = availability
        self.provisioningStatus = provisioningStatus
    }
}
