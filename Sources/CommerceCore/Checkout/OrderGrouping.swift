import PartnerCenterModels

/// Assigns each valid line item its `orderGroup`: items that can be bought in one order share a group.
///
/// Items are grouped by purchase system and billing cycle. Legacy offers get `OMS-0`, `OMS-1`, ... one per
/// distinct billing cycle in order of first appearance; catalog (product/SKU/availability) items get `0`,
/// `1`, ... the same way. Items with errors get no group; legacy add-ons share their base item's group.
public struct OrderGrouping: Sendable {
    private let catalog: Catalog

    /// Creates a grouping over a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Returns the items with `orderGroup` set on valid ones and cleared on the others.
    public func assignGroups(_ items: [CartLineItem]) -> [CartLineItem] {
        var legacyCycles: [BillingCycle] = []
        var catalogCycles: [BillingCycle] = []
        return items.map { item in
            var item = item
            item.orderGroup = nil
            guard item.error == nil, let id = item.catalogItemId, let found = catalog.item(id) else { return item }
            let cycle = item.billingCycle ?? .unknown
            switch found {
            case .offer:
                item.orderGroup = "OMS-\(Self.index(of: cycle, in: &legacyCycles))"
            case .availability:
                item.orderGroup = "\(Self.index(of: cycle, in: &catalogCycles))"
            }
            item.addonItems = item.addonItems?.map { addon in
                var addon = addon
                addon.orderGroup = addon.error == nil ? item.orderGroup : nil
                return addon
            }
            return item
        }
    }

    private static func index(of cycle: BillingCycle, in seen: inout [BillingCycle]) -> Int {
        if let index = seen.firstIndex(of: cycle) { return index }
        seen.append(cycle)
        return seen.count - 1
    }
}
