/// One catalog resource of a market: a product, a SKU, an availability or a legacy offer.
///
/// `partner.products.byCountry("US").byId(p)` is a `ProductOperations`, `.skus.byId(s)` a `SkuOperations`,
/// `.availabilities.byId(a)` an `AvailabilityOperations`, and `partner.offers.byCountry("US").byId(o)` an
/// `OfferOperations`.
public struct CatalogResourceOperations<Resource: Codable & Sendable>: Sendable {
    let client: PartnerAPIClient
    /// The market (ISO 3166 country code).
    public let country: String
    let path: ResourcePath

    /// `GET /v1/products/{product-id}[/skus/{sku-id}[/availabilities/{availability-id}]]?country=..`, or
    /// `GET /v1/offers/{offer-id}?country=..`.
    public func get() async throws -> Resource {
        try await client.get(path.adding("country", country))
    }
}

/// A list of catalog resources of one market, which can be narrowed to a segment: a product's SKUs
/// (`SkuCollectionOperations`) or a SKU's availabilities (`AvailabilityCollectionOperations`).
public struct CatalogCollectionOperations<Item: Codable & Sendable>: Sendable {
    let client: PartnerAPIClient
    /// The market (ISO 3166 country code).
    public let country: String
    let path: ResourcePath
    let targetSegment: String?

    /// Narrows the list to one segment (`commercial`, `education`, `government`, `nonprofit`).
    public func byTargetSegment(_ targetSegment: String) -> CatalogCollectionOperations<Item> {
        CatalogCollectionOperations(client: client, country: country, path: path, targetSegment: targetSegment)
    }

    /// `GET .../skus?country=..[&targetSegment=..]` or `GET .../availabilities?country=..[&targetSegment=..]`.
    public func get() async throws -> PartnerCollection<Item> {
        try await client.collection(path.adding("country", country).adding("targetSegment", targetSegment))
    }

    /// The item with the given id.
    public func byId(_ id: String) -> CatalogResourceOperations<Item> {
        CatalogResourceOperations(client: client, country: country, path: path.appending(id))
    }

    /// The item with the given id.
    public subscript(_ id: String) -> CatalogResourceOperations<Item> { byId(id) }
}

extension CatalogResourceOperations where Resource == Product {
    /// The product's SKUs.
    public var skus: SkuCollectionOperations {
        CatalogCollectionOperations(client: client, country: country, path: path.appending("skus"), targetSegment: nil)
    }
}

extension CatalogResourceOperations where Resource == Sku {
    /// The SKU's availabilities: where and how it can be bought.
    public var availabilities: AvailabilityCollectionOperations {
        CatalogCollectionOperations(client: client, country: country, path: path.appending("availabilities"),
                                    targetSegment: nil)
    }
}

/// `partner.products.byCountry("US").byId(p)`: one product, and its SKUs.
public typealias ProductOperations = CatalogResourceOperations<Product>
/// `....skus`: a product's SKUs in one market.
public typealias SkuCollectionOperations = CatalogCollectionOperations<Sku>
/// `....skus.byId(s)`: one SKU, and its availabilities.
public typealias SkuOperations = CatalogResourceOperations<Sku>
/// `....skus.byId(s).availabilities`: where and how a SKU can be bought.
public typealias AvailabilityCollectionOperations = CatalogCollectionOperations<Availability>
/// `....availabilities.byId(a)`: one availability.
public typealias AvailabilityOperations = CatalogResourceOperations<Availability>
/// `partner.offers.byCountry("US").byId(o)`: one legacy offer.
public typealias OfferOperations = CatalogResourceOperations<Offer>
