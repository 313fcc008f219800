import Foundation

/// A customer's cart: line items waiting to be checked out into orders.
public struct Cart: Codable, Sendable, Equatable {
    /// The cart id (a GUID); set by the server.
    public var id: String?
    /// When the cart was created.
    public var creationTimestamp: Date?
    /// When the cart last changed.
    public var lastModifiedTimestamp: Date?
    /// When the cart stops being usable.
    public var expirationTimestamp: Date?
    /// The object id of the user or application that last changed the cart.
    public var lastModifiedUser: String?
    /// The purchases.
    public var lineItems: [CartLineItem]?
    /// `Active` until checked out, then `Ordered`.
    public var status: CartStatus?
    /// The partner's acceptance of the partner-of-record attestation.
    public var partnerOnRecordAttestationAccepted: Bool?
    /// `self` link.
    public var links: SelfLinks?
    /// `{"objectType": "Cart", "etag": ...}`.
    public var attributes: ResourceAttributes?

    /// Creates a cart holding the given line items, as a client does before creating it.
    public init(lineItems: [CartLineItem]) {
        self.lineItems = lineItems
    }

    /// Creates a cart with every field given, as the server does when answering.
    public init(
        id: String?, creationTimestamp: Date?, lastModifiedTimestamp: Date?, expirationTimestamp: Date?,
        lastModifiedUser: String?, lineItems: [CartLineItem]?, status: CartStatus?,
        partnerOnRecordAttestationAccepted: Bool? = nil, links: SelfLinks?, attributes: ResourceAttributes?
    ) {
        self.id = id
        self.creationTimestamp = creationTimestamp
        self.lastModifiedTimestamp = lastModifiedTimestamp
        self.expirationTimestamp = expirationTimestamp
        self.lastModifiedUser = lastModifiedUser
        self.lineItems = lineItems
        self.status = status
        self.partnerOnRecordAttestationAccepted = partnerOnRecordAttestationAccepted
        self.links = links
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey {
        case id, creationTimestamp, lastModifiedTimestamp, expirationTimestamp, lastModifiedUser, lineItems, status
        case partnerOnRecordAttestationAccepted, links, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lineItems = try container.decodeIfPresent([CartLineItem].self, forKey: .lineItems)
        partnerOnRecordAttestationAccepted = try container.decodeIfPresent(
            Bool.self, forKey: .partnerOnRecordAttestationAccepted)
        // Server-owned: the .NET SDK sends `"ExpirationTimestamp": "0001-01-01T00:00:00"` and echoes the rest.
        id = container.decodeIgnoringInvalid(String.self, forKey: .id)
        creationTimestamp = container.decodeIgnoringInvalid(Date.self, forKey: .creationTimestamp)
        lastModifiedTimestamp = container.decodeIgnoringInvalid(Date.self, forKey: .lastModifiedTimestamp)
        expirationTimestamp = container.decodeIgnoringInvalid(Date.self, forKey: .expirationTimestamp)
        lastModifiedUser = container.decodeIgnoringInvalid(String.self, forKey: .lastModifiedUser)
        status = container.decodeIgnoringInvalid(CartStatus.self, forKey: .status)
        links = container.decodeIgnoringInvalid(SelfLinks.self, forKey: .links)
        attributes = container.decodeIgnoringInvalid(ResourceAttributes.self, forKey: .attributes)
    }
}
