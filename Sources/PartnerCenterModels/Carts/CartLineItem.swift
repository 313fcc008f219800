import Foundation

/// One purchase in a cart: a catalog item, a quantity, a billing cycle and a term.
///
/// Fields the client supplies are optional here so that a request missing one can be answered with an error
/// naming it; the server fills `currencyCode`, `orderGroup`, `pricing` and `error`.
public struct CartLineItem: Codable, Sendable, Equatable {
    /// The client's number for the item, unique within the cart (a number or a numeric string on input).
    public var id: Int?
    /// `productId:skuId:availabilityId`, or a legacy offer id such as `MS-AZR-0145P`.
    public var catalogItemId: String?
    /// A label chosen by the partner.
    public var friendlyName: String?
    /// The number of licences or instances.
    public var quantity: Int?
    /// The currency; set by the server from the customer's market.
    public var currencyCode: String?
    /// How the item is billed.
    public var billingCycle: BillingCycle?
    /// ISO 8601 term, `P1M`, `P1Y` or `P3Y`; absent for perpetual software.
    public var termDuration: String?
    /// Partners of record.
    public var participants: [Participant]?
    /// Values the SKU's provisioning variables ask for (`scope`, `subscriptionId`, ...).
    public var provisioningContext: [String: String]?
    /// Which order the item will be placed in; set by the server.
    public var orderGroup: String?
    /// Legacy add-ons bought with this item.
    public var addonItems: [CartLineItem]?
    /// What the term renews into.
    public var renewsTo: RenewsTo?
    /// The validation failure, when there is one; set by the server.
    public var error: CartError?
    /// A co-termination date for the first term.
    public var customTermEndDate: Date?
    /// Acceptance of the SKU's attestation, when it enforces one.
    public var attestationAccepted: Bool?
    /// A new-commerce promotion id.
    public var promotionId: String?
    /// Prices, when the catalog has them; set by the server.
    public var pricing: Pricing?

    /// Creates a line item.
    public init(
        id: Int? = nil, catalogItemId: String?, friendlyName: String? = nil, quantity: Int?,
        currencyCode: String? = nil, billingCycle: BillingCycle?, termDuration: String? = nil,
        participants: [Participant]? = nil, provisioningContext: [String: String]? = nil, orderGroup: String? = nil,
        addonItems: [CartLineItem]? = nil, renewsTo: RenewsTo? = nil, error: CartError? = nil,
        customTermEndDate: Date? = nil, attestationAccepted: Bool? = nil, promotionId: String? = nil,
        pricing: Pricing? = nil
    ) {
        self.id = id
        self.catalogItemId = catalogItemId
        self.friendlyName = friendlyName
        self.quantity = quantity
        self.currencyCode = currencyCode
        self.billingCycle = billingCycle
        self.termDuration = termDuration
        self.participants = participants
        self.provisioningContext = provisioningContext
        self.orderGroup = orderGroup
        self.addonItems = addonItems
        self.renewsTo = renewsTo
        self.error = error
        self.customTermEndDate = customTermEndDate
        self.attestationAccepted = attestationAccepted
        self.promotionId = promotionId
        self.pricing = pricing
    }

    private enum CodingKeys: String, CodingKey {
        case id, catalogItemId, friendlyName, quantity, currencyCode, billingCycle, termDuration, participants
        case provisioningContext, orderGroup, addonItems, renewsTo, error, customTermEndDate, attestationAccepted
        case promotionId, pricing
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeFlexibleInt(forKey: .id)
        catalogItemId = try container.decodeIfPresent(String.self, forKey: .catalogItemId)
        friendlyName = try container.decodeIfPresent(String.self, forKey: .friendlyName)
        quantity = try container.decodeIfPresent(Int.self, forKey: .quantity)
        currencyCode = try container.decodeIfPresent(String.self, forKey: .currencyCode)
        billingCycle = try container.decodeIfPresent(BillingCycle.self, forKey: .billingCycle)
        termDuration = try container.decodeIfPresent(String.self, forKey: .termDuration)
        participants = try container.decodeIfPresent([Participant].self, forKey: .participants)
        provisioningContext = try container.decodeIfPresent([String: String].self, forKey: .provisioningContext)
        addonItems = try container.decodeIfPresent([CartLineItem].self, forKey: .addonItems)
        renewsTo = try container.decodeIfPresent(RenewsTo.self, forKey: .renewsTo)
        customTermEndDate = try container.decodeIfPresent(Date.self, forKey: .customTermEndDate)
        attestationAccepted = try container.decodeIfPresent(Bool.self, forKey: .attestationAccepted)
        promotionId = try container.decodeIfPresent(String.self, forKey: .promotionId)
        // Server-owned: a client may send back whatever it last received, or nonsense; neither matters.
        orderGroup = container.decodeIgnoringInvalid(String.self, forKey: .orderGroup)
        error = container.decodeIgnoringInvalid(CartError.self, forKey: .error)
        pricing = container.decodeIgnoringInvalid(Pricing.self, forKey: .pricing)
    }
}
