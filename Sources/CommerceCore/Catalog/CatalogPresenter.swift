import PartnerCenterModels

/// Renders the catalog as Partner Center's Product, Sku, Availability and Offer resources for one market.
public struct CatalogPresenter: Sendable {
    private let catalog: Catalog

    /// Creates a presenter over a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Products sold in `country`, listed under `targetView`, optionally with an availability in `segment`.
    public func products(country: String, targetView: String, segment: String?) -> [Product] {
        catalog.document.products
            .filter { product in
                product.targetViews.contains { $0.caseInsensitiveCompare(targetView) == .orderedSame }
                    && !availabilities(of: product, country: country, segment: segment).isEmpty
            }
            .map { productResource($0, country: country) }
    }

    /// One product, when it is sold in `country`.
    public func product(_ id: String, country: String) throws(CommerceError) -> Product {
        guard let product = catalog.product(id), !availabilities(of: product, country: country, segment: nil).isEmpty else {
            throw .productNotFound(id)
        }
        return productResource(product, country: country)
    }

    /// The SKUs of a product sold in `country`.
    public func skus(productId: String, country: String, segment: String?) throws(CommerceError) -> [Sku] {
        guard let product = catalog.product(productId) else { throw .productNotFound(productId) }
        return product.skus
            .filter { sku in sku.availabilities.contains { isOffered($0, country: country, segment: segment) } }
            .map { skuResource($0, product: product, country: country) }
    }

    /// One SKU.
    public func sku(productId: String, skuId: String, country: String) throws(CommerceError) -> Sku {
        let (product, sku) = try findSku(productId: productId, skuId: skuId, country: country)
        return skuResource(sku, product: product, country: country)
    }

    /// The availabilities of a SKU in `country`; without a segment, every segment but nonprofit.
    public func availabilities(productId: String, skuId: String, country: String, segment: String?) throws(CommerceError) -> [Availability] {
        let (product, sku) = try findSku(productId: productId, skuId: skuId, country: country)
        return sku.availabilities
            .filter { isOffered($0, country: country, segment: segment) }
            .map { availabilityResource($0, sku: sku, product: product, country: country) }
    }

    /// One availability.
    public func availability(productId: String, skuId: String, availabilityId: String, country: String) throws(CommerceError) -> Availability {
        let (product, sku) = try findSku(productId: productId, skuId: skuId, country: country)
        guard let availability = sku.availabilities.first(where: {
            $0.id.caseInsensitiveCompare(availabilityId) == .orderedSame && isOffered($0, country: country, segment: $0.segment)
        }) else { throw .availabilityNotFound(availabilityId) }
        return availabilityResource(availability, sku: sku, product: product, country: country)
    }

    /// Legacy offers sold in `country`, in catalog order.
    public func offers(country: String) -> [Offer] {
        catalog.document.offers
            .filter { $0.countries.contains { $0.caseInsensitiveCompare(country) == .orderedSame } }
            .map { offerResource($0, country: country) }
    }

    /// One legacy offer.
    public func offer(_ id: String, country: String) throws(CommerceError) -> Offer {
        guard let offer = catalog.offer(id), offer.countries.contains(where: { $0.caseInsensitiveCompare(country) == .orderedSame }) else {
            throw .offerNotFound(id)
        }
        return offerResource(offer, country: country)
    }

    private func findSku(productId: String, skuId: String, country: String) throws(CommerceError) -> (CatalogProduct, CatalogSku) {
        guard let product = catalog.product(productId) else { throw .productNotFound(productId) }
        guard let sku = product.skus.first(where: { $0.id.caseInsensitiveCompare(skuId) == .orderedSame }),
              sku.availabilities.contains(where: { isOffered($0, country: country, segment: $0.segment) }) else {
            throw .skuNotFound(skuId)
        }
        return (product, sku)
    }

    private func availabilities(of product: CatalogProduct, country: String, segment: String?) -> [CatalogAvailability] {
        product.skus.flatMap(\.availabilities).filter { isOffered($0, country: country, segment: segment) }
    }

    private func isOffered(_ availability: CatalogAvailability, country: String, segment: String?) -> Bool {
        guard availability.countries.contains(where: { $0.caseInsensitiveCompare(country) == .orderedSame }) else { return false }
        if let segment { return availability.segment.caseInsensitiveCompare(segment) == .orderedSame }
        return availability.segment.lowercased() != "nonprofit"
    }

    private func productResource(_ product: CatalogProduct, country: String) -> Product {
        Product(
            id: product.id, title: product.title, description: product.description,
            productType: ItemType(id: product.productType, displayName: product.productTypeDisplayName ?? product.productType,
                                  subType: product.productSubType.map { ItemTypeSubType(id: $0, displayName: $0) }),
            isMicrosoftProduct: product.isMicrosoftProduct, publisherName: product.publisherName,
            links: ProductLinks(skus: Link(uri: ResourcePaths.skus(product.id, country: country)),
                                self: Link(uri: ResourcePaths.product(product.id, country: country))))
    }

    private func skuResource(_ sku: CatalogSku, product: CatalogProduct, country: String) -> Sku {
        var dynamic: [String: JSONValue] = ["isAddon": .bool(!sku.prerequisiteSkus.isEmpty)]
        if !sku.prerequisiteSkus.isEmpty { dynamic["prerequisiteSkus"] = .array(sku.prerequisiteSkus.map(JSONValue.string)) }
        return Sku(
            id: sku.id, productId: product.id, title: sku.title, description: sku.description,
            minimumQuantity: sku.minimumQuantity, maximumQuantity: sku.maximumQuantity, isTrial: sku.isTrial,
            supportedBillingCycles: sku.supportedBillingCycles, purchasePrerequisites: sku.purchasePrerequisites,
            inventoryVariables: sku.inventoryLimit == nil ? [] : ["CustomerId"],
            provisioningVariables: sku.provisioningVariables, dynamicAttributes: dynamic,
            attestationProperties: AttestationProperties(enforceAttestation: sku.enforcedAttestationType != nil,
                                                         attestationType: sku.enforcedAttestationType),
            links: SkuLinks(availabilities: Link(uri: ResourcePaths.availabilities(product.id, sku.id, country: country)),
                            self: Link(uri: ResourcePaths.sku(product.id, sku.id, country: country))))
    }

    private func availabilityResource(_ availability: CatalogAvailability, sku: CatalogSku, product: CatalogProduct,
                                      country: String) -> Availability {
        let market = catalog.market(country)
        let reference = CatalogItemReference(productId: product.id, skuId: sku.id, availabilityId: availability.id)
        return Availability(
            id: availability.id, productId: product.id, skuId: sku.id,
            catalogItemId: "\(reference.productId):\(reference.skuId):\(reference.availabilityId)",
            defaultCurrency: market.map { CurrencyInfo(code: $0.currency, symbol: $0.currencySymbol) },
            segment: availability.segment, country: country.uppercased(), isPurchasable: availability.isPurchasable,
            isRenewable: !availability.terms.isEmpty,
            terms: availability.terms.map { term in
                AvailabilityTerm(id: term.id, duration: term.duration, description: term.description,
                                 billingCycle: term.billingCycle.rawValue,
                                 renewalOptions: term.renewsTo.map { RenewalOption(termDuration: $0, description: nil) })
            },
            links: SelfLinks(self: Link(uri: ResourcePaths.availability(product.id, sku.id, availability.id, country: country))))
    }

    private func offerResource(_ offer: CatalogOffer, country: String) -> Offer {
        Offer(
            id: offer.id, name: offer.name, description: offer.description, minimumQuantity: offer.minimumQuantity,
            maximumQuantity: offer.maximumQuantity, rank: nil, locale: "en-US", country: country.uppercased(),
            category: OfferCategory(id: offer.categoryId, name: offer.categoryName, rank: nil), prerequisiteOffers: [],
            isAddOn: false, hasAddOns: false, isAvailableForPurchase: offer.isAvailableForPurchase, billing: offer.billing,
            supportedBillingCycles: offer.supportedBillingCycles, isAutoRenewable: offer.isAutoRenewable,
            isTrial: offer.isTrial, unitType: offer.unitType, attestationProperties: nil,
            links: CollectionLinks(self: Link(uri: ResourcePaths.offer(offer.id, country: country))))
    }
}
