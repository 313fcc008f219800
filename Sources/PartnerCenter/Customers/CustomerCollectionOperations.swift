/// `partner.customers`: create and list the partner's customers, or pick one with ``byId(_:)``.
public struct CustomerCollectionOperations: Sendable {
    let client: PartnerAPIClient
    private var path: ResourcePath { ResourcePath("customers") }

    /// `POST /v1/customers`: creates a customer; the service chooses its id.
    public func create(_ customer: Customer) async throws -> Customer {
        try await client.send(.POST, path, body: customer)
    }

    /// `GET /v1/customers`: the partner's customers.
    public func get() async throws -> PartnerCollection<Customer> {
        try await client.collection(path)
    }

    /// The customer with the given tenant id.
    public func byId(_ customerId: String) -> CustomerOperations {
        CustomerOperations(client: client, customerId: customerId)
    }

    /// The customer with the given tenant id (the .NET SDK's `Customers[id]`).
    public subscript(_ customerId: String) -> CustomerOperations { byId(customerId) }
}

/// `partner.customers.byId(id)`: one customer, and its carts, orders and subscriptions.
public struct CustomerOperations: Sendable {
    let client: PartnerAPIClient
    /// The customer's tenant id.
    public let customerId: String
    var path: ResourcePath { ResourcePath("customers", customerId) }

    /// `GET /v1/customers/{id}`.
    public func get() async throws -> Customer {
        try await client.get(path)
    }

    /// `DELETE /v1/customers/{id}`: removes the customer and everything under it (integration sandbox only on
    /// Partner Center).
    public func delete() async throws {
        _ = try await client.send(PartnerRequest(.DELETE, path))
    }

    /// The customer's carts.
    public var carts: CartCollectionOperations { CartCollectionOperations(client: client, customer: path) }

    /// The customer's orders.
    public var orders: OrderCollectionOperations { OrderCollectionOperations(client: client, customer: path) }

    /// The customer's subscriptions.
    public var subscriptions: SubscriptionCollectionOperations {
        SubscriptionCollectionOperations(client: client, customer: path)
    }
}
