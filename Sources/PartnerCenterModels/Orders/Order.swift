import Foundation

/// An order: what a checkout (or a direct order) bought, one billing cycle per order.
public struct Order: Codable, Sendable, Equatable {
    /// The order id: a GUID for legacy orders, a 33-character URL-safe string otherwise.
    public var id: String?
    /// A friendlier id: the GUID again for legacy orders, 12 hex digits otherwise.
    public var alternateId: String?
    /// The customer's tenant id.
    public var referenceCustomerId: String?
    /// The billing cycle shared by every line item.
    public var billingCycle: BillingCycle?
    /// Currency, e.g. `USD`.
    public var currencyCode: String?
    /// Currency symbol, e.g. `$`.
    public var currencySymbol: String?
    /// The purchases.
    public var lineItems: [OrderLineItem]?
    /// When the order was placed.
    public var creationDate: Date?
    /// `pending` until provisioned, then `completed`; `cancelled` when cancelled.
    public var status: OrderStatus?
    /// `UserPurchase` for orders a partner places.
    public var transactionType: String?
    /// The total before tax, when priced.
    public var totalPrice: Double?
    /// The partner's acceptance of the partner-of-record attestation.
    public var partnerOnRecordAttestationAccepted: Bool?
    /// `self`, `provisioningStatus` and `patchOperation` links.
    public var links: OrderLinks?
    /// `{"objectType": "Order"}`.
    public var attributes: ResourceAttributes?

    /// Creates an order with line items, as a client does for a direct order.
    public init(lineItems: [OrderLineItem], billingCycle: BillingCycle? = nil, currencyCode: String? = nil) {
        self.lineItems = lineItems
        self.billingCycle = billingCycle
        self.currencyCode = currencyCode
    }

    /// Creates an order with every field given, as the server does.
    public init(
        id: String?, alternateId: String?, referenceCustomerId: String?, billingCycle: BillingCycle?,
        currencyCode: String?, currencySymbol: String?, lineItems: [OrderLineItem]?, creationDate: Date?,
        status: OrderStatus?, transactionType: String?, totalPrice: Double?, links: OrderLinks?
    ) {
        self.id = id
        self.alternateId = alternateId
        self.referenceCustomerId = referenceCustomerId
        self.billingCycle = billingCycle
        self.currencyCode = currencyCode
        self.currencySymbol = currencySymbol
        self.lineItems = lineItems
        self.creationDate = creationDate
        self.status = status
        self.transactionType = transactionType
        self.totalPrice = totalPrice
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Order")
    }

    private enum CodingKeys: String, CodingKey {
        case id, alternateId, referenceCustomerId, billingCycle, currencyCode, currencySymbol, lineItems
        case creationDate, status, transactionType, totalPrice, partnerOnRecordAttestationAccepted, links, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lineItems = try container.decodeIfPresent([OrderLineItem].self, forKey: .lineItems)
        billingCycle = try container.decodeIfPresent(BillingCycle.self, forKey: .billingCycle)
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        status = try container.decodeIfPresent(OrderStatus.self, forKey: .status)
        partnerOnRecordAttestationAccepted = try container.decodeIfPresent(
            Bool.self, forKey: .partnerOnRecordAttestationAccepted)
        // Server-owned.
        id = container.decodeIgnoringInvalid(String.self, forKey: .id)
        alternateId = container.decodeIgnoringInvalid(String.self, forKey: .alternateId)
        referenceCustomerId = container.decodeIgnoringInvalid(String.self, forKey: .referenceCustomerId)
        currencySymbol = container.decodeIgnoringInvalid(String.self, forKey: .currencySymbol)
        creationDate = container.decodeIgnoringInvalid(Date.self, forKey: .creationDate)
        transactionType = container.decodeIgnoringInvalid(String.self, forKey: .transactionType)
        totalPrice = container.decodeIgnoringInvalid(Double.self, forKey: .totalPrice)
        links = container.decodeIgnoringInvalid(OrderLinks.self, forKey: .links)
        attributes = container.decodeIgnoringInvalid(ResourceAttributes.self, forKey: .attributes)
    }
}

/// The links of an ``Order``.
public struct OrderLinks: Codable, Sendable, Equatable {
    /// The order itself.
    public var `self`: Link?
    /// Its provisioning status.
    public var provisioningStatus: Link?
    /// Where to send a PATCH (cancel).
    public var patchOperation: Link?

    /// Creates order links.
    public init(self link: Link?, provisioningStatus: Link?, patchOperation: Link?) {
        self.`self` = link
        self.provisioningStatus = provisioningStatus
        self.patchOperation = patchOperation
    }
}
