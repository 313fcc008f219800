import CommerceCore
import Foundation
import PartnerCenterModels

/// An order ready to be inserted: its columns and its body already encoded, so that the encoding happens
/// before the write and not on the writer.
struct EncodedOrder: Sendable {
    let id: String?
    let customerId: String
    let cartId: String?
    let billingCycle: String
    let status: String
    let provisioningDue: Date?
    let lineItemCount: Int
    let body: Data
    let subscriptions: [EncodedSubscription]
    let inventoryTaken: [String: Int]

    init(_ placed: OrderFactory.PlacedOrder, customerId: String, cartId: String?) throws {
        let order = placed.order
        id = order.id
        self.customerId = customerId
        self.cartId = cartId
        billingCycle = order.billingCycle?.rawValue ?? "unknown"
        status = order.status?.rawValue ?? "pending"
        provisioningDue = placed.provisioningDue
        lineItemCount = order.lineItems?.count ?? 0
        body = try StoredJSON.encode(order)
        subscriptions = try placed.subscriptions.map(EncodedSubscription.init)
        inventoryTaken = placed.inventoryTaken
    }
}

/// A subscription ready to be inserted.
struct EncodedSubscription: Sendable {
    let id: String?
    let orderId: String
    let skuKey: String?
    let status: String
    let body: Data

    init(_ subscription: Subscription) throws {
        id = subscription.id
        orderId = subscription.orderId ?? ""
        skuKey = SubscriptionSkuKey.of(subscription.offerId)
        status = subscription.status?.rawValue ?? "active"
        body = try StoredJSON.encode(subscription)
    }
}
