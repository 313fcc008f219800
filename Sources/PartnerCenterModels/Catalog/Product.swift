/// A catalog product, e.g. "Microsoft 365 Business Basic".
public struct Product: Codable, Sendable, Equatable {
    /// Product id, 12 upper-case alphanumerics.
    public var id: String
    /// Display title.
    public var title: String?
    /// Description.
    public var description: String?
    /// The product's type, e.g. `OnlineServicesNCE`, `Azure` / `VirtualMachines`.
    public var productType: ItemType?
    /// Whether Microsoft publishes it.
    public var isMicrosoftProduct: Bool?
    /// The publisher.
    public var publisherName: String?
    /// `skus` and `self` links.
    public var links: ProductLinks?
    /// `{"objectType": "Product"}`.
    public var attributes: ResourceAttributes?

    /// Creates a product.
    public init(id: String, title: String?, description: String?, productType: ItemType?, isMicrosoftProduct: Bool?,
                publisherName: String?, links: ProductLinks?) {
        self.id = id
        self.title = title
        self.description = description
        self.productType = productType
        self.isMicrosoftProduct = isMicrosoftProduct
        self.publisherName = publisherName
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Product")
    }
}

/// A product type: an id, a display name and an optional sub-type.
public struct ItemType: Codable, Sendable, Equatable {
    /// Type id, e.g. `Azure`.
    public var id: String
    /// Display name.
    public var displayName: String?
    /// Sub-type, e.g. `VirtualMachines`.
    public var subType: ItemTypeSubType?

    /// Creates an item type.
    public init(id: String, displayName: String?, subType: ItemTypeSubType? = nil) {
        self.id = id
        self.displayName = displayName
        self.subType = subType
    }
}

/// The sub-type of an ``ItemType``.
public struct ItemTypeSubType: Codable, Sendable, Equatable {
    /// Sub-type id.
    public var id: String
    /// Display name.
    public var displayName: String?

    /// Creates a sub-type.
    public init(id: String, displayName: String?) {
        self.id = id
        self.displayName = displayName
    }
}

/// The links of a ``Product``.
public struct ProductLinks: Codable, Sendable, Equatable {
    /// The product's SKUs.
    public var skus: Link?
    /// The product itself.
    public var `self`: Link?

    /// Creates product links.
    public init(skus: Link?, self link: Link?) {
        self.skus = skus
        self.`self` = link
    }
}
