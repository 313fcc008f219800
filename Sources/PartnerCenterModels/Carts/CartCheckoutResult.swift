/// What a checkout answers: the orders made and the order groups that failed.
public struct CartCheckoutResult: Codable, Sendable, Equatable {
    /// One order per order group that was placed, every one made for the cart so far.
    public var orders: [Order]
    /// The order groups that could not be placed.
    public var orderErrors: [OrderError]
    /// `{"objectType": "CartCheckoutResult"}`.
    public var attributes: ResourceAttributes?

    /// Creates a checkout result.
    public init(orders: [Order], orderErrors: [OrderError]) {
        self.orders = orders
        self.orderErrors = orderErrors
        self.attributes = ResourceAttributes(objectType: "CartCheckoutResult")
    }

    private enum CodingKeys: String, CodingKey { case orders, orderErrors, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        orders = try container.decodeIfPresent([Order].self, forKey: .orders) ?? []
        orderErrors = try container.decodeIfPresent([OrderError].self, forKey: .orderErrors) ?? []
        attributes = container.decodeIgnoringInvalid(ResourceAttributes.self, forKey: .attributes)
    }
}

/// An order group that failed at checkout.
public struct OrderError: Codable, Sendable, Equatable {
    /// The `orderGroup` of the line items that were not ordered.
    public var orderGroupId: String
    /// Partner Center's error code.
    public var code: Int
    /// Why the group failed.
    public var description: String
    /// `{"objectType": "OrderError"}`.
    public var attributes: ResourceAttributes?

    /// Creates an order error.
    public init(orderGroupId: String, code: Int, description: String) {
        self.orderGroupId = orderGroupId
        self.code = code
        self.description = description
        self.attributes = ResourceAttributes(objectType: "OrderError")
    }

    private enum CodingKeys: String, CodingKey { case orderGroupId, code, description, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        orderGroupId = try container.decodeIfPresent(String.self, forKey: .orderGroupId) ?? ""
        code = try container.decodeFlexibleInt(forKey: .code) ?? 0
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        attributes = container.decodeIgnoringInvalid(ResourceAttributes.self, forKey: .attributes)
    }
}
