import PartnerCenterModels

/// `partner.customers.byId(c).orders`: list, filter and place orders, or pick one with ``byId(_:)``.
public struct OrderCollectionOperations: Sendable {
    let client: PartnerAPIClient
    let customer: ResourcePath
    private var path: ResourcePath { customer.appending("orders") }

    /// `POST /v1/customers/{id}/orders`: places an order directly, without a cart.
    /// - Parameter customerUserUpn: Sent as `x-ms-customeruser-upn`, for licence assignment.
    public func create(_ order: Order, customerUserUpn: String? = nil) async throws -> Order {
        let headers = customerUserUpn.map { [(name: "x-ms-customeruser-upn", value: $0)] } ?? []
        return try await client.send(.POST, path, body: order, headers: headers)
    }

    /// `GET /v1/customers/{id}/orders`: every order of the customer.
    /// - Parameter includePrice: Whether line items carry their `pricing` (`include_price=true`).
    public func get(includePrice: Bool = false) async throws -> PartnerCollection<Order> {
        try await client.collection(path.adding("include_price", includePrice ? "true" : nil))
    }

    /// The orders billed with one billing cycle (`?billingType=`).
    public func byBillingCycle(_ billingCycle: BillingCycle) -> OrderCollectionByBillingCycleOperations {
        OrderCollectionByBillingCycleOperations(client: client, path: path, billingCycle: billingCycle)
    }

    /// The order with the given id.
    public func byId(_ orderId: String) -> OrderOperations {
        OrderOperations(client: client, path: path.appending(orderId))
    }

    /// The order with the given id (the .NET SDK's `Orders[id]`).
    public subscript(_ orderId: String) -> OrderOperations { byId(orderId) }
}

/// `partner.customers.byId(c).orders.byBillingCycle(.oneTime)`: a customer's orders of one billing cycle.
public struct OrderCollectionByBillingCycleOperations: Sendable {
    let client: PartnerAPIClient
    let path: ResourcePath
    /// The billing cycle the orders are filtered by.
    public let billingCycle: BillingCycle

    /// `GET /v1/customers/{id}/orders?billingType=...`.
    /// - Parameter includePrice: Whether line items carry their `pricing` (`include_price=true`).
    public func get(includePrice: Bool = false) async throws -> PartnerCollection<Order> {
        try await client.collection(path
            .adding("billingType", Self.queryValue(billingCycle))
            .adding("include_price", includePrice ? "true" : nil))
    }

    /// The .NET SDK's spelling of the enum value (`OneTime`, `Monthly`), which Partner Center accepts.
    static func queryValue(_ billingCycle: BillingCycle) -> String {
        billingCycle.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
