/// A SKU of a product: what is bought, with its quantity limits, billing cycles and requirements.
public struct Sku: Codable, Sendable, Equatable {
    /// SKU id, unique within its product (e.g. `0001`).
    public var id: String
    /// The product id.
    public var productId: String?
    /// Display title.
    public var title: String?
    /// Description.
    public var description: String?
    /// Least quantity that may be bought.
    public var minimumQuantity: Int?
    /// Greatest quantity that may be bought.
    public var maximumQuantity: Int?
    /// Whether it is a trial.
    public var isTrial: Bool?
    /// Billing cycles it can be bought with.
    public var supportedBillingCycles: [BillingCycle]?
    /// Prerequisites such as `InventoryCheck`.
    public var purchasePrerequisites: [String]?
    /// Variables an inventory check needs.
    public var inventoryVariables: [String]?
    /// Keys the line item's `provisioningContext` must carry.
    public var provisioningVariables: [String]?
    /// Free-form attributes (`isAddon`, `prerequisiteSkus`, ...).
    public var dynamicAttributes: [String: JSONValue]?
    /// Attestation the buyer must accept.
    public var attestationProperties: AttestationProperties?
    /// `availabilities` and `self` links.
    public var links: SkuLinks?
    /// `{"objectType": "Sku"}`.
    public var attributes: ResourceAttributes?

    /// Creates a SKU.
    public init(
        id: String, productId: String?, title: String?, description: String?, minimumQuantity: Int?,
        maximumQuantity: Int?, isTrial: Bool?, supportedBillingCycles: [BillingCycle]?,
        purchasePrerequisites: [String]?, inventoryVariables: [String]?, provisioningVariables: [String]?,
        dynamicAttributes: [String: JSONValue]?, attestationProperties: AttestationProperties?, links: SkuLinks?
    ) {
        self.id = id
        self.productId = productId
        self.title = title
        self.description = description
        self.minimumQuantity = minimumQuantity
        self.maximumQuantity = maximumQuantity
        self.isTrial = isTrial
        self.supportedBillingCycles = supportedBillingCycles
        self.purchasePrerequisites = purchasePrerequisites
        self.inventoryVariables = inventoryVariables
        self.provisioningVariables = provisioningVariables
        self.dynamicAttributes = dynamicAttributes
        self.attestationProperties = attestationProperties
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Sku")
    }
}

/// Attestation a SKU or offer asks the buyer to accept.
public struct AttestationProperties: Codable, Sendable, Equatable {
    /// Whether the line item must carry `attestationAccepted: true`.
    public var enforceAttestation: Bool?
    /// The kind of attestation, e.g. `Windows365`.
    public var attestationType: String?

    /// Creates attestation properties.
    public init(enforceAttestation: Bool?, attestationType: String?) {
        self.enforceAttestation = enforceAttestation
        self.attestationType = attestationType
    }
}

/// The links of a ``Sku``.
public struct SkuLinks: Codable, Sendable, Equatable {
    /// The SKU's availabilities.
    public var availabilities: Link?
    /// The SKU itself.
    public var `self`: Link?

    /// Creates SKU links.
    public init(availabilities: Link?, self link: Link?) {
        self.availabilities = availabilities
        self.`self` = link
    }
}
