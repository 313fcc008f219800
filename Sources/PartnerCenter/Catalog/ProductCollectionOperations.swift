/// `partner.products`: the new-commerce catalog, which is always read for one market.
public struct ProductCollectionOperations: Sendable {
    let client: PartnerAPIClient

    /// The catalog of one market, by ISO 3166 country code (`US`).
    public func byCountry(_ country: String) -> ProductCollectionByCountryOperations {
        ProductCollectionByCountryOperations(client: client, country: country)
    }
}

/// `partner.products.byCountry("US")`: one market's products.
public struct ProductCollectionByCountryOperations: Sendable {
    let client: PartnerAPIClient
    /// The market.
    public let country: String

    /// The products of one target view (`OnlineServices`, `Azure`, `Software`, ...).
    public func byTargetView(_ targetView: String) -> ProductCollectionByTargetViewOperations {
        ProductCollectionByTargetViewOperations(client: client, country: country, targetView: targetView, targetSegment: nil)
    }

    /// The product with the given id.
    public func byId(_ productId: String) -> ProductOperations {
        ProductOperations(client: client, country: country, path: ResourcePath("products", productId))
    }

    /// The product with the given id (the .NET SDK's `Products.ByCountry(c)[id]`).
    public subscript(_ productId: String) -> ProductOperations { byId(productId) }
}

/// `partner.products.byCountry("US").byTargetView("OnlineServices")`: the products of one view of a market.
public struct ProductCollectionByTargetViewOperations: Sendable {
    let client: PartnerAPIClient
    let country: String
    let targetView: String
    let targetSegment: String?

    /// Narrows the list to one segment (`commercial`, `education`, `government`, `nonprofit`).
    public func byTargetSegment(_ targetSegment: String) -> ProductCollectionByTargetViewOperations {
        ProductCollectionByTargetViewOperations(client: client, country: country, targetView: targetView,
                                                targetSegment: targetSegment)
    }

    /// `GET /v1/products?country=..&targetView=..[&targetSegment=..]`.
    public func get() async throws -> PartnerCollection<Product> {
        try await client.collection(ResourcePath("products")
            .adding("country", country).adding("targetView", targetView).adding("targetSegment", targetSegment))
    }
}
