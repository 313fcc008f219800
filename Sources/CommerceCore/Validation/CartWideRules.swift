import PartnerCenterModels

/// The rules that look at the whole cart, applied to items that passed their own checks: inventory shared by
/// every item of a SKU (10003), add-ons needing a base product in the cart or among the customer's
/// subscriptions (400041), and the sandbox's subscription and licence limits (10009).
struct CartWideRules {
    let catalog: Catalog
    let context: PurchaseContext

    /// Applies the rules to the items and their legacy add-ons together, as one list in cart order.
    func apply(to items: inout [CartLineItem]) {
        // Carts without legacy add-ons, nearly all of them, are already that list.
        guard items.contains(where: { !($0.addonItems?.isEmpty ?? true) }) else {
            applyToFlatList(&items)
            return
        }
        var flattened = items.flatMap { [$0] + ($0.addonItems ?? []) }
        applyToFlatList(&flattened)
        var next = flattened.makeIterator()
        for index in items.indices {
            let addonCount = items[index].addonItems?.count ?? 0
            guard var item = next.next() else { return }
            item.addonItems = addonCount == 0 ? items[index].addonItems : (0..<addonCount).compactMap { _ in next.next() }
            items[index] = item
        }
    }

    private func applyToFlatList(_ items: inout [CartLineItem]) {
        checkInventory(&items)
        checkAddonBases(&items)
        checkSandboxLimits(&items)
    }

    private func purchasable(_ item: CartLineItem) -> CatalogItem.Purchasable? {
        guard item.error == nil, let id = item.catalogItemId, case .availability(let entry)? = catalog.item(id) else {
            return nil
        }
        return entry
    }

    private func checkInventory(_ items: inout [CartLineItem]) {
        var remaining = context.inventoryRemaining
        for index in items.indices {
            guard let entry = purchasable(items[index]), entry.sku.inventoryLimit != nil else { continue }
            let left = remaining[entry.skuKey] ?? entry.sku.inventoryLimit ?? 0
            let quantity = items[index].quantity ?? 0
            if quantity > left {
                items[index].refuse(LineItemRefusal(.inventoryNotAvailable,
                    "quantity \(quantity) of catalogItemId '\(items[index].catalogItemId ?? "")' exceeds the \(left) unit(s) left in inventory.",
                    additionalInformation: ["availableQuantity": .number(JSONNumber(left)), "purchasedQuantity": .number(JSONNumber(quantity))]))
            } else {
                remaining[entry.skuKey] = left - quantity
            }
        }
    }

    private func checkAddonBases(_ items: inout [CartLineItem]) {
        guard items.contains(where: { purchasable($0).map { !$0.sku.prerequisiteSkus.isEmpty } ?? false }) else { return }
        let basesInCart = Set(items.compactMap { purchasable($0)?.skuKey })
        let owned = context.ownedSkuKeys.union(basesInCart)
        for index in items.indices {
            guard let entry = purchasable(items[index]), !entry.sku.prerequisiteSkus.isEmpty else { continue }
            let bases = entry.sku.prerequisiteSkus.map { $0.uppercased() }
            if !bases.contains(where: owned.contains) {
                items[index].refuse(LineItemRefusal(.addonWithoutBaseProduct,
                    "The addon '\(items[index].catalogItemId ?? "")' is not purchasable without a compatible base product (one of: \(entry.sku.prerequisiteSkus.joined(separator: ", "))) in the cart or among the customer's subscriptions."))
            }
        }
    }

    private func checkSandboxLimits(_ items: inout [CartLineItem]) {
        guard let limits = context.sandboxLimits else { return }
        var subscriptions = context.existingSubscriptionCount
        for index in items.indices where items[index].error == nil {
            let quantity = items[index].quantity ?? 0
            if quantity > limits.licencesPerSubscription {
                items[index].refuse(LineItemRefusal(.sandboxLimitExceeded,
                    "quantity \(quantity) exceeds the sandbox limit of \(limits.licencesPerSubscription) licences per subscription."))
            } else if subscriptions >= limits.subscriptionsPerCustomer {
                items[index].refuse(LineItemRefusal(.sandboxLimitExceeded,
                    "The sandbox limit of \(limits.subscriptionsPerCustomer) subscriptions per customer would be exceeded."))
            } else {
                subscriptions += 1
            }
        }
    }
}

extension CartLineItem {
    /// Marks the item as failed: sets the error and drops what only valid items carry.
    mutating func refuse(_ refusal: LineItemRefusal) {
        error = refusal.cartError
        pricing = nil
        orderGroup = nil
    }
}
