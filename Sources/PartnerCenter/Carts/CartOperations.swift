/// `partner.customers.byId(c).carts`: create a cart, or pick one with ``byId(_:)``.
public struct CartCollectionOperations: Sendable {
    let client: PartnerAPIClient
    let customer: ResourcePath

    /// `POST /v1/customers/{id}/carts`: creates a cart. Line items that fail validation do not fail the call:
    /// the cart is saved and each such item carries an `error`.
    public func create(_ cart: Cart) async throws -> Cart {
        try await client.send(.POST, customer.appending("carts"), body: cart)
    }

    /// The cart with the given id.
    public func byId(_ cartId: String) -> CartOperations {
        CartOperations(client: client, path: customer.appending("carts", cartId))
    }

    /// The cart with the given id (the .NET SDK's `Carts[id]`).
    public subscript(_ cartId: String) -> CartOperations { byId(cartId) }
}

/// `partner.customers.byId(c).carts.byId(id)`: read, replace or check out one cart.
public struct CartOperations: Sendable {
    let client: PartnerAPIClient
    let path: ResourcePath

    /// `GET /v1/customers/{id}/carts/{cart-id}`.
    public func get() async throws -> Cart {
        try await client.get(path)
    }

    /// `PUT /v1/customers/{id}/carts/{cart-id}`: replaces the cart's line items and answers the stored cart.
    ///
    /// - Parameter ifMatch: The ETag the cart had when read (`cart.attributes?.etag`); when given, the update is
    ///   refused with a ``PartnerError/Category/conflict`` error if the cart changed since.
    public func put(_ cart: Cart, ifMatch: String? = nil) async throws -> Cart {
        let headers = ifMatch.map { [(name: "If-Match", value: $0)] } ?? []
        return try await client.send(.PUT, path, body: cart, headers: headers)
    }

    /// `POST /v1/customers/{id}/carts/{cart-id}/checkout`: places one order per order group.
    ///
    /// Retried attempts carry the same `MS-RequestId`, and checking out an ordered cart answers the first result,
    /// so a checkout whose answer was lost can be repeated without buying twice.
    /// - Parameter customerUserUpn: Sent as `x-ms-customeruser-upn`, for licence assignment.
    public func checkout(customerUserUpn: String? = nil) async throws -> CartCheckoutResult {
        let headers = customerUserUpn.map { [(name: "x-ms-customeruser-upn", value: $0)] } ?? []
        return try await client.send(PartnerRequest(.POST, path.appending("checkout"), headers: headers),
                                     expecting: CartCheckoutResult.self)
    }
}
