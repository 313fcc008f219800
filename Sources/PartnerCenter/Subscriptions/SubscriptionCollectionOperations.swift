/// `partner.customers.byId(c).subscriptions`: the subscriptions orders made.
public struct SubscriptionCollectionOperations: Sendable {
    let client: PartnerAPIClient
    let customer: ResourcePath
    private var path: ResourcePath { customer.appending("subscriptions") }

    /// `GET /v1/customers/{id}/subscriptions`: every subscription of the customer.
    public func get() async throws -> PartnerCollection<Subscription> {
        try await client.collection(path)
    }

    /// The subscriptions one order made (`?order_id=`).
    public func byOrder(_ orderId: String) -> SubscriptionCollectionByOrderOperations {
        SubscriptionCollectionByOrderOperations(client: client, path: path.adding("order_id", orderId))
    }

    /// The subscription with the given id.
    public func byId(_ subscriptionId: String) -> SubscriptionOperations {
        SubscriptionOperations(client: client, path: path.appending(subscriptionId))
    }

    /// The subscription with the given id (the .NET SDK's `Subscriptions[id]`).
    public subscript(_ subscriptionId: String) -> SubscriptionOperations { byId(subscriptionId) }
}

/// `partner.customers.byId(c).subscriptions.byOrder(o)`: the subscriptions made by one order.
public struct SubscriptionCollectionByOrderOperations: Sendable {
    let client: PartnerAPIClient
    let path: ResourcePath

    /// `GET /v1/customers/{id}/subscriptions?order_id={order-id}`.
    public func get() async throws -> PartnerCollection<Subscription> {
        try await client.collection(path)
    }
}

/// `partner.customers.byId(c).subscriptions.byId(s)`: one subscription.
public struct SubscriptionOperations: Sendable {
    let client: PartnerAPIClient
    let path: ResourcePath

    /// `GET /v1/customers/{id}/subscriptions/{subscription-id}`.
    public func get() async throws -> Subscription {
        try await client.get(path)
    }
}
