/// `partner.products.byCountry("US").byId(p).skus`: a product's SKUs in one market.
public struct SkuCollectionOperations: Sendable {
    let client: PartnerAPIClient
    let country: String
    let path: ResourcePath
    let targetSegment: String?

    /// Narrows the list to one segment.
    public func byTargetSegment(_ targetSegment: String) -> SkuCollectionOperations {
        SkuCollectionOperations(client: client, country: country, path: path, targetSegment: targetSegment)
    }

    /// `GET /v1/products/{product-id}/skus?country=..[&targetSegment=..]`.
    public func get() async throws -> PartnerCollection<Sku> {
        try await client.collection(path.adding("country", country).adding("targetSegment", targetSegment))
    }

    /// The SKU with the given id.
    public func byId(_ skuId: String) -> SkuOperations {
        SkuOperations(client: client, country: country, path: path.appending(skuId))
    }

    /// The SKU with the given id.
    public subscript(_ skuId: String) -> SkuOperations { byId(skuId) }
}

/// `....skus.byId(s)`: one SKU, and its availabilities.
public struct SkuOperations: Sendable {
    let client: PartnerAPIClient
    let country: String
    let path: ResourcePath

    /// `GET /v1/products/{product-id}/skus/{sku-id}?country=..`.
    public func get() async throws -> Sku {
        try await client.get(path.adding("country", country))
    }

    /// The SKU's availabilities.
    public var availabilities: AvailabilityCollectionOperations {
        AvailabilityCollectionOperations(client: client, country: country, path: path.appending("availabilities"),
                                         targetSegment: nil)
    }
}

/// `....skus.byId(s).availabilities`: where and how a SKU can be bought.
public struct AvailabilityCollectionOperations: Sendable {
    let client: PartnerAPIClient
    let country: String
    let path: ResourcePath
    let targetSegment: String?

    /// Narrows the list to one segment.
    public func byTargetSegment(_ targetSegment: String) -> AvailabilityCollectionOperations {
        AvailabilityCollectionOperations(client: client, country: country, path: path, targetSegment: targetSegment)
    }

    /// `GET /v1/products/{product-id}/skus/{sku-id}/availabilities?country=..[&targetSegment=..]`.
    public func get() async throws -> PartnerCollection<Availability> {
        try await client.collection(path.adding("country", country).adding("targetSegment", targetSegment))
    }

    /// `GET .../availabilities/{availability-id}?country=..`: one availability.
    public func byId(_ availabilityId: String) -> AvailabilityOperations {
        AvailabilityOperations(client: client, country: country, path: path.appending(availabilityId))
    }
}

/// `....availabilities.byId(a)`: one availability.
public struct AvailabilityOperations: Sendable {
    let client: PartnerAPIClient
    let country: String
    let path: ResourcePath

    /// `GET /v1/products/{product-id}/skus/{sku-id}/availabilities/{availability-id}?country=..`.
    public func get() async throws -> Availability {
        try await client.get(path.adding("country", country))
    }
}
