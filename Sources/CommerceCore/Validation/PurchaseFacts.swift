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
        for product in catalog.document.products {
            for sku in product.skus {
                guard let limit = sku.inventoryLimit else { continue }
                let key = "\(product.id):\(sku.id)".uppercased()
                remaining[key] = max(0, limit - (facts.inventoryTaken[key] ?? 0))
            }
        }
        self.init(country: country, ownedSkuKeys: facts.ownedSkuKeys, inventoryRemaining: remaining,
                  sandboxLimits: sandboxLimits, existingSubscriptionCount: facts.subscriptionCount)
    }
}
