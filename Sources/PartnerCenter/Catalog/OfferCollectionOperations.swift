/// `partner.offers`: the legacy offers, read per market.
public struct OfferCollectionOperations: Sendable {
    let client: PartnerAPIClient

    /// The offers of one market, by ISO 3166 country code (`US`).
    public func byCountry(_ country: String) -> OfferCollectionByCountryOperations {
        OfferCollectionByCountryOperations(client: client, country: country)
    }
}

/// `partner.offers.byCountry("US")`: one market's legacy offers.
public struct OfferCollectionByCountryOperations: Sendable {
    let client: PartnerAPIClient
    /// The market.
    public let country: String

    /// `GET /v1/offers?country=..`: the offers, the service's first page first; iterating follows `links.next`.
    public func get() async throws -> PartnerCollection<Offer> {
        try await client.collection(ResourcePath("offers").adding("country", country))
    }

    /// `GET /v1/offers?country=..&offset=..&size=..`: the offers from `offset`, `size` per page; iterating follows
    /// `links.next` to the later pages.
    public func get(offset: Int, size: Int) async throws -> PartnerCollection<Offer> {
        try await client.collection(ResourcePath("offers").adding("country", country)
            .adding("offset", String(offset)).adding("size", String(size)))
    }

    /// The offer with the given id.
    public func byId(_ offerId: String) -> OfferOperations {
        OfferOperations(client: client, country: country, path: ResourcePath("offers", offerId))
    }
}
