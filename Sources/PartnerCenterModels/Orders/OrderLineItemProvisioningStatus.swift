/// How far an order line item has been provisioned.
public struct OrderLineItemProvisioningStatus: Codable, Sendable, Equatable {
    /// The line item's number in its order.
    public var lineItemNumber: Int
    /// `fulfilled`, `unfulfilled` or `prefulfillmentPending`.
    public var status: String
    /// Quantities by state.
    public var quantityProvisioningInformation: [QuantityProvisioningStatus]
    /// `{"objectType": "OrderLineItemProvisioningStatus"}`.
    public var attributes: ResourceAttributes?

    /// Creates a provisioning status.
    public init(lineItemNumber: Int, status: String, quantityProvisioningInformation: [QuantityProvisioningStatus]) {
        self.lineItemNumber = lineItemNumber
        self.status = status
        self.quantityProvisioningInformation = quantityProvisioningInformation
        self.attributes = ResourceAttributes(objectType: "OrderLineItemProvisioningStatus")
    }
}

/// A quantity of a line item in one provisioning state.
public struct QuantityProvisioningStatus: Codable, Sendable, Equatable {
    /// How many.
    public var quantity: Int
    /// The state of those.
    public var status: String

    /// Creates a quantity status.
    public init(quantity: Int, status: String) {
        self.quantity = quantity
        self.status = status
    }
}
