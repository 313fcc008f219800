import Foundation
import PartnerCenterModels

/// Decides what a checkout does, without doing it: which order groups become orders, which fail into
/// `orderErrors`, and what inventory is taken. The store carries the plan out in one transaction.
public struct CheckoutPlanner: Sendable {
    private let validator: CartLineItemValidator
    private let factory: OrderFactory

    /// Creates a planner over a catalog.
    public init(catalog: Catalog) {
        validator = CartLineItemValidator(catalog: catalog)
        factory = OrderFactory(catalog: catalog)
    }

    /// What the planner needs to know.
    public struct Input: Sendable {
        /// The cart as stored, with its order groups and line-item errors.
        public var cart: Cart
        /// The customer buying.
        public var customerId: String
        /// Order groups that already have an order from an earlier checkout call.
        public var orderedGroups: Set<String>
        /// The buyer's context, read inside the checkout transaction (inventory, subscriptions).
        public var context: PurchaseContext
        /// The business time of the checkout.
        public var now: Date
        /// How long after checkout pending orders are provisioned.
        public var provisioningDelay: TimeInterval
        /// Order groups an operator's fault rule forces to fail, with the error to report.
        public var forcedGroupFailures: [String: OrderError]

        /// Creates an input.
        public init(cart: Cart, customerId: String, orderedGroups: Set<String>, context: PurchaseContext, now: Date,
                    provisioningDelay: TimeInterval, forcedGroupFailures: [String: OrderError] = [:]) {
            self.cart = cart
            self.customerId = customerId
            self.orderedGroups = orderedGroups
            self.context = context
            self.now = now
            self.provisioningDelay = provisioningDelay
            self.forcedGroupFailures = forcedGroupFailures
        }
    }

    /// The decision.
    public struct Plan: Sendable {
        /// Orders to create, in order-group order.
        public var placedOrders: [OrderFactory.PlacedOrder]
        /// Groups that failed this time.
        public var orderErrors: [OrderError]
    }

    /// Plans the checkout, or refuses a cart whose line items carry errors (400 800009).
    public func plan(_ input: Input) throws(CommerceError) -> Plan {
        let items = input.cart.lineItems ?? []
        let failing = items.flatMap { [$0] + ($0.addonItems ?? []) }.filter { $0.error != nil }
        guard failing.isEmpty else { throw .cartHasErrors(lineItemIds: failing.compactMap(\.id)) }

        var groups: [String] = []
        for item in items {
            if let group = item.orderGroup, !groups.contains(group) { groups.append(group) }
        }
        let pendingGroups = groups.filter { !input.orderedGroups.contains($0) }
        let pendingItems = items.filter { $0.orderGroup.map(pendingGroups.contains) ?? false }
        // Items ordered by an earlier call count as owned, so an add-on whose base was ordered then still passes.
        var context = input.context
        for item in items where item.orderGroup.map(input.orderedGroups.contains) ?? false {
            if let id = item.catalogItemId, let reference = CatalogItemReference(parsing: id) {
                context.ownedSkuKeys.insert("\(reference.productId):\(reference.skuId)".uppercased())
            }
        }
        let revalidated = validator.validate(pendingItems, context: context)

        var plan = Plan(placedOrders: [], orderErrors: [])
        for group in pendingGroups {
            // The validator keeps the items' order, so each revalidated item pairs with its stored original.
            let groupItems = zip(pendingItems, revalidated).filter { $0.0.orderGroup == group }.map(\.1)
            if let forced = input.forcedGroupFailures[group] {
                plan.orderErrors.append(forced)
                continue
            }
            let errors = groupItems.flatMap { [$0] + ($0.addonItems ?? []) }.compactMap(\.error)
            if let first = errors.first {
                plan.orderErrors.append(OrderError(orderGroupId: group, code: first.errorCode, description: first.errorDescription))
                continue
            }
            plan.placedOrders.append(factory.placeOrder(
                items: groupItems, orderGroup: group, customerId: input.customerId, country: input.context.country,
                currencyCode: groupItems.first?.currencyCode, now: input.now, provisioningDelay: input.provisioningDelay))
        }
        return plan
    }
}
