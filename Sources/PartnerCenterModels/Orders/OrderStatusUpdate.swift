/// The body of `PATCH /customers/{id}/orders/{order-id}`: only `{"status": "cancelled"}` is accepted.
public struct OrderStatusUpdate: Codable, Sendable, Equatable {
    /// The requested status.
    public var status: OrderStatus?

    /// Creates a status update.
    public init(status: OrderStatus?) {
        self.status = status
    }
}
