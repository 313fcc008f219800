import PartnerCenterModels

/// What the store knows about a customer that validation needs, read in the same transaction as the write.
public struct PurchaseFacts: Sendable, Equatable {
    /// `PRODUCT:SKU` keys of the customer's active subscriptions.
    public var ownedSkuKeys: Set<String>
    /// Number of active subscriptions.
    public var subscriptionCount: Int
    /// Units taken so far from limited inventory, by `PRODUCT:SKU` key (all partners together).
    public var inventoryTaken: [String: Int]

    /// Creates facts.
    public init(ownedSkuKeys: Set<String>, subscriptionCount: Int, inventoryTaken: [String: Int]) {
        self.ownedSkuKeys = ownedSkuKeys
        self.subscriptionCount = subscriptionCount
        self.inventoryTaken = inventoryTaken
    }
}

extension PurchaseContext {
    /// The context for a customer in `country`, from the stored facts and the catalog's inventory limits.
    public init(country: String, facts: PurchaseFacts, catalog: Catalog, sandboxLimits: SandboxLimits?) {
        var remaining: [String: Int] = [:]
        remaining.reserveCapacity(catalog.inventoryLimits.count)
        for (key, limit) in catalog.inventoryLimits {
            remaining[key] = max(0, limit - (facts.inventoryTaken[key] ?? 0))
        }
        self.init(country: country, ownedSkuKeys: facts.ownedSkuKeys, inventoryRemaining: remaining,
                  sandboxLimits: sandboxLimits, existingSubscriptionCount: facts.subscriptionCount)
    }
}

/// Which facts validating some line items needs, so that the store reads only those rows: the add-on
/// prerequisites to look for among the customer's subscriptions, the limited SKUs whose inventory matters, and
/// whether the customer's subscriptions must be counted (sandbox limits).
public struct PurchaseFactsQuery: Sendable, Equatable {
    /// `PRODUCT:SKU` keys whose ownership matters.
    public var prerequisiteSkuKeys: Set<String>
    /// `PRODUCT:SKU` keys of limited SKUs in the items.
    public var inventorySkuKeys: Set<String>
    /// Whether to count the customer's subscriptions.
    public var countsSubscriptions: Bool

    /// A query asking for the given facts.
    public init(prerequisiteSkuKeys: Set<String>, inventorySkuKeys: Set<String>, countsSubscriptions: Bool) {
        self.prerequisiteSkuKeys = prerequisiteSkuKeys
        self.inventorySkuKeys = inventorySkuKeys
        self.countsSubscriptions = countsSubscriptions
    }

    /// The query for validating `items` (and their add-ons) against `catalog`.
    public init(items: [CartLineItem], catalog: Catalog, sandboxLimits: SandboxLimits?) {
        var prerequisites = Set<String>()
        var inventory = Set<String>()
        func gather(_ item: CartLineItem) {
            guard let id = item.catalogItemId, case .availability(let entry)? = catalog.item(id) else { return }
            prerequisites.formUnion(entry.sku.prerequisiteSkus.map { $0.uppercased() })
            if entry.sku.inventoryLimit != nil { inventory.insert(entry.skuKey) }
        }
        for item in items {
            gather(item)
            item.addonItems?.forEach(gather)
        }
        prerequisiteSkuKeys = prerequisites
        inventorySkuKeys = inventory
        countsSubscriptions = sandboxLimits != nil
    }
}
