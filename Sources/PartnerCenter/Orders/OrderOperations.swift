import PartnerCenterModels

/// `partner.customers.byId(c).orders.byId(o)`: read, cancel and follow one order.
public struct OrderOperations: Sendable {
    let client: PartnerAPIClient
    let path: ResourcePath

    /// `GET /v1/customers/{id}/orders/{order-id}`.
    /// - Parameter includePrice: Whether line items carry their `pricing` (`include_price=true`).
    public func get(includePrice: Bool = false) async throws -> Order {
        try await client.get(path.adding("include_price", includePrice ? "true" : nil))
    }

    /// `PATCH /v1/customers/{id}/orders/{order-id}` with `{"status": "cancelled"}`: cancels a pending order
    /// (integration sandbox only on Partner Center) and answers the cancelled order.
    public func cancel() async throws -> Order {
        try await patch(OrderStatusUpdate(status: .cancelled))
    }

    /// `PATCH /v1/customers/{id}/orders/{order-id}` with any update.
    public func patch(_ update: OrderStatusUpdate) async throws -> Order {
        try await client.send(.PATCH, path, body: update)
    }

    /// `GET /v1/customers/{id}/orders/{order-id}/provisioningstatus`: how far each line item is provisioned.
    public func provisioningStatus() async throws -> PartnerCollection<OrderLineItemProvisioningStatus> {
        try await client.collection(path.appending("provisioningstatus"))
    }
}
