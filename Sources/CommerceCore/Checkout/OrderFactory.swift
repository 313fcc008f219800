import Foundation
import PartnerCenterModels

/// Turns validated line items of one order group into an ``Order``.
///
/// Legacy offers make a `completed` order whose id is a GUID (equal to `alternateId`) and whose subscriptions
/// exist at once. Catalog items make a `pending` order with a 33-character id and a 12-hex `alternateId`,
/// completed later by provisioning.
public struct OrderFactory: Sendable {
    private let catalog: Catalog
    private let provisioner: Provisioner

    /// Creates a factory over a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
        self.provisioner = Provisioner(catalog: catalog)
    }

    /// An order about to be stored, with the subscriptions it already has (legacy orders only).
    public struct PlacedOrder: Sendable {
        /// The order as it will be answered and stored.
        public var order: Order
        /// The order group it came from (`nil` for direct orders).
        public var orderGroup: String?
        /// Subscriptions made at once (legacy orders).
        public var subscriptions: [Subscription]
        /// `PRODUCT:SKU` keys and quantities taken from limited inventory.
        public var inventoryTaken: [String: Int]
        /// When a pending order becomes due for provisioning.
        public var provisioningDue: Date?
    }

    /// Builds the order for `items`, which must be valid and share one purchase system and billing cycle.
    public func placeOrder(
        items: [CartLineItem], orderGroup: String?, customerId: String, country: String, currencyCode: String?,
        now: Date, provisioningDelay: TimeInterval
    ) -> PlacedOrder {
        let flattened = items.flatMap { [$0] + ($0.addonItems ?? []) }
        let isLegacy = flattened.first.flatMap { $0.catalogItemId.flatMap(catalog.item) }.map {
            if case .offer = $0 { return true } else { return false }
        } ?? false
        let orderId = isLegacy ? ResourceIdentifiers.timeOrderedGUID() : ResourceIdentifiers.modernOrderId()
        let alternateId = isLegacy ? orderId : ResourceIdentifiers.alternateOrderId()
        let market = catalog.market(country)
        var inventoryTaken: [String: Int] = [:]
        let lineItems = flattened.enumerated().map { number, item in
            let found = item.catalogItemId.flatMap(catalog.item)
            if case .availability(let entry)? = found, entry.sku.inventoryLimit != nil {
                inventoryTaken[entry.skuKey, default: 0] += item.quantity ?? 0
            }
            return orderLineItem(item, number: number, found: found, customerId: customerId, orderId: orderId,
                                 country: country)
        }
        let prices = lineItems.compactMap { $0.pricing?.extendedPrice }
        var order = Order(
            id: orderId, alternateId: alternateId, referenceCustomerId: customerId,
            billingCycle: flattened.first?.billingCycle, currencyCode: currencyCode ?? market?.currency,
            currencySymbol: market?.currencySymbol, lineItems: lineItems, creationDate: now,
            status: isLegacy ? .completed : .pending, transactionType: "UserPurchase",
            totalPrice: prices.isEmpty ? nil : LineItemPricing.roundedToCents(prices.reduce(0, +)),
            links: OrderLinks(
                self: Link(uri: ResourcePaths.order(customerId, orderId)),
                provisioningStatus: Link(uri: ResourcePaths.provisioningStatus(customerId, orderId)),
                patchOperation: Link(uri: ResourcePaths.order(customerId, orderId), method: "PATCH")))
        var subscriptions: [Subscription] = []
        if isLegacy {
            (order, subscriptions) = provisioner.provision(order, customerId: customerId, now: now)
        }
        return PlacedOrder(order: order, orderGroup: orderGroup, subscriptions: subscriptions,
                           inventoryTaken: inventoryTaken,
                           provisioningDue: isLegacy ? nil : now.addingTimeInterval(provisioningDelay))
    }

    private func orderLineItem(
        _ item: CartLineItem, number: Int, found: CatalogItem?, customerId: String, orderId: String, country: String
    ) -> OrderLineItem {
        var links = OrderLineItemLinks(provisioningStatus: Link(uri: ResourcePaths.provisioningStatus(customerId, orderId)))
        if case .availability(let entry)? = found {
            links.product = Link(uri: ResourcePaths.product(entry.product.id, country: country))
            links.sku = Link(uri: ResourcePaths.sku(entry.product.id, entry.sku.id, country: country))
            links.availability = Link(uri: ResourcePaths.availability(
                entry.product.id, entry.sku.id, entry.availability.id, country: country))
        }
        let context = item.provisioningContext ?? [:]
        return OrderLineItem(
            lineItemNumber: number, offerId: item.catalogItemId, termDuration: item.termDuration,
            renewsTo: item.renewsTo, transactionType: "New", friendlyName: item.friendlyName ?? found?.title,
            quantity: item.quantity, pricing: item.pricing, provisioningContext: context.isEmpty ? nil : context,
            attestationAccepted: item.attestationAccepted, promotionId: item.promotionId, links: links)
    }
}
