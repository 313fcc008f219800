import CommerceCore
import Foundation
import PartnerCenterModels

/// An order ready to be inserted: its columns and its body already encoded and packed, so that the encoding
/// happens before the write and not on the writer.
struct EncodedOrder: Sendable {
    let id: String?
    let customerId: String
    let cartId: String?
    let billingCycle: String
    let status: String
    let provisioningDue: Date?
    let lineItemCount: Int
    /// The order's JSON, as answers splice it in.
    let body: Data
    /// The body as stored (``StoredBody``).
    let storedBody: Data
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
        storedBody = StoredBody.packed(body)
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
    /// The body as stored (``StoredBody``).
    let storedBody: Data

    init(_ subscription: Subscription) throws {
        id = subscription.id
        orderId = subscription.orderId ?? ""
        skuKey = SubscriptionSkuKey.of(subscription.offerId)
        status = subscription.status?.rawValue ?? "active"
        storedBody = StoredBody.packed(try StoredJSON.encode(subscription))
    }
}
