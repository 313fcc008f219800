import PartnerCenterModels

/// The checks that refuse a whole create- or update-cart request (400 800002) before any catalog look-up:
/// at least one line item, at most ``maximumLineItems``, `catalogItemId`, `quantity` (> 0) and `billingCycle`
/// present, line-item ids unique (add-ons included), add-ons nested one level at most.
///
/// It also numbers items sent without an `id` (the next free number) and drops every server-owned field.
public struct CartRequestValidator: Sendable {
    /// The most line items (add-ons included) a cart may hold.
    public static let maximumLineItems = 100

    /// Creates a validator.
    public init() {}

    /// Returns the client's line items, normalised, or throws the first problem found.
    public func normalizedLineItems(of cart: Cart) throws(CommerceError) -> [CartLineItem] {
        guard let items = cart.lineItems else { throw .invalidInput("lineItems", "required property is missing.") }
        guard !items.isEmpty else { throw .invalidInput("lineItems", "a cart needs at least one line item.") }
        let total = items.reduce(0) { $0 + 1 + ($1.addonItems?.count ?? 0) }
        guard total <= Self.maximumLineItems else {
            throw .invalidInput("lineItems", "\(total) line items given; a cart holds at most \(Self.maximumLineItems).")
        }
        var seenIds = Set<Int>()
        var normalized: [CartLineItem] = []
        for (index, item) in items.enumerated() {
            let path = "lineItems[\(index)]"
            var clean = try checkedItem(item, path: path, seenIds: &seenIds)
            if let addons = item.addonItems {
                clean.addonItems = try addons.enumerated().map { addonIndex, addon throws(CommerceError) in
                    let addonPath = "\(path).addonItems[\(addonIndex)]"
                    if let nested = addon.addonItems, !nested.isEmpty {
                        throw .invalidInput("\(addonPath).addonItems", "add-ons can be nested one level deep only.")
                    }
                    return try checkedItem(addon, path: addonPath, seenIds: &seenIds)
                }
            }
            normalized.append(clean)
        }
        return assignMissingIds(normalized, taken: seenIds)
    }

    private func checkedItem(_ item: CartLineItem, path: String, seenIds: inout Set<Int>) throws(CommerceError) -> CartLineItem {
        guard let catalogItemId = item.catalogItemId, !catalogItemId.isBlank else {
            throw .invalidInput("\(path).catalogItemId", "required property is missing.")
        }
        guard catalogItemId.count <= 200 else {
            throw .invalidInput("\(path).catalogItemId", "longer than 200 characters.")
        }
        guard let quantity = item.quantity else { throw .invalidInput("\(path).quantity", "required property is missing.") }
        guard quantity > 0 else { throw .invalidInput("\(path).quantity", "must be greater than 0, got \(quantity).") }
        guard item.billingCycle != nil else { throw .invalidInput("\(path).billingCycle", "required property is missing.") }
        if let id = item.id {
            guard id >= 0 else { throw .invalidInput("\(path).id", "must not be negative, got \(id).") }
            guard seenIds.insert(id).inserted else {
                throw .invalidInput("\(path).id", "line-item id \(id) is used more than once in the cart.")
            }
        }
        var clean = item
        clean.orderGroup = nil
        clean.error = nil
        clean.pricing = nil
        clean.addonItems = nil
        return clean
    }

    private func assignMissingIds(_ items: [CartLineItem], taken: Set<Int>) -> [CartLineItem] {
        var taken = taken
        var next = 0
        func nextFree() -> Int {
            while taken.contains(next) { next += 1 }
            taken.insert(next)
            return next
        }
        return items.map { item in
            var item = item
            if item.id == nil { item.id = nextFree() }
            item.addonItems = item.addonItems?.map { addon in
                var addon = addon
                if addon.id == nil { addon.id = nextFree() }
                return addon
            }
            return item
        }
    }
}
