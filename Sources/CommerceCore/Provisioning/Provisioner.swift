import Foundation
import PartnerCenterModels

/// Completes an order: one active ``Subscription`` per line item, the subscription id written into the line
/// item, and the order `completed`.
public struct Provisioner: Sendable {
    private let catalog: Catalog

    /// Creates a provisioner over a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Returns the completed order and its new subscriptions.
    public func provision(_ order: Order, customerId: String, now: Date) -> (Order, [Subscription]) {
        var order = order
        var subscriptions: [Subscription] = []
        order.lineItems = order.lineItems?.map { line in
            var line = line
            let subscription = makeSubscription(for: line, order: order, customerId: customerId, now: now)
            line.subscriptionId = subscription.id
            var links = line.links ?? OrderLineItemLinks()
            links.subscription = Link(uri: ResourcePaths.subscription(customerId, subscription.id))
            line.links = links
            subscriptions.append(subscription)
            return line
        }
        order.status = .completed
        return (order, subscriptions)
    }

    private func makeSubscription(for line: OrderLineItem, order: Order, customerId: String, now: Date) -> Subscription {
        let id = ResourceIdentifiers.timeOrderedGUID()
        let found = line.offerId.flatMap(catalog.item)
        let isTrial: Bool
        let unitType: String
        let term = line.termDuration.flatMap(ISODuration.init)
        let renews: Bool
        switch found {
        case .offer(let offer)?:
            isTrial = offer.isTrial
            unitType = offer.unitType
            renews = offer.isAutoRenewable
        case .availability(let entry)?:
            isTrial = entry.sku.isTrial
            unitType = "Licenses"
            // Perpetual software has no term to renew; a trial renews only into what it names.
            renews = term != nil && (!isTrial || line.renewsTo?.termDuration != nil)
        case nil:
            isTrial = false
            unitType = "Licenses"
            renews = false
        }
        return Subscription(
            id: id, offerId: line.offerId, offerName: found?.title, friendlyName: line.friendlyName ?? found?.title,
            quantity: line.quantity, unitType: unitType, status: .active,
            autoRenewEnabled: renews, billingCycle: order.billingCycle,
            termDuration: line.termDuration, renewalTermDuration: line.renewsTo?.termDuration, creationDate: now,
            effectiveStartDate: now, commitmentEndDate: term?.added(to: now), isTrial: isTrial, orderId: order.id,
            links: SelfLinks(self: Link(uri: ResourcePaths.subscription(customerId, id))))
    }

    /// The provisioning status of each line item of an order, as `GET .../provisioningstatus` answers.
    public static func provisioningStatus(of order: Order) -> [OrderLineItemProvisioningStatus] {
        (order.lineItems ?? []).map { line in
            let state: String
            switch order.status {
            case .completed?: state = "fulfilled"
            case .cancelled?: state = "unfulfilled"
            default: state = "prefulfillmentPending"
            }
            return OrderLineItemProvisioningStatus(
                lineItemNumber: line.lineItemNumber ?? 0, status: state,
                quantityProvisioningInformation: [QuantityProvisioningStatus(quantity: line.quantity ?? 0, status: state)])
        }
    }
}
