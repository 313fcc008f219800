import PartnerCenterModels

/// The order in which a checkout answer lists its orders: the order in which their groups first appear in the
/// cart, whichever checkout attempt placed them.
enum CheckoutOrderSequence {
    static func sortedByGroup(_ orders: [Order], _ record: CartRecord) -> [Order] {
        var groupRank: [String: Int] = [:]
        for item in record.cart.lineItems ?? [] {
            if let group = item.orderGroup, groupRank[group] == nil { groupRank[group] = groupRank.count }
        }
        let groupOfOrder = Dictionary(record.orderedGroups.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        return orders.sorted { left, right in
            let leftRank = groupOfOrder[left.id ?? ""].flatMap { groupRank[$0] } ?? Int.max
            let rightRank = groupOfOrder[right.id ?? ""].flatMap { groupRank[$0] } ?? Int.max
            return leftRank < rightRank
        }
    }
}
