import Foundation
import PartnerCenterModels

/// The catalog, indexed for the request path: catalog item ids resolve in one dictionary look-up.
/// Built once from a ``CatalogDocument`` and shared read-only.
public struct Catalog: Sendable {
    /// The document it was built from.
    public let document: CatalogDocument
    private let offersById: [String: CatalogOffer]
    private let productsById: [String: CatalogProduct]
    private let itemsByCatalogItemId: [String: CatalogItem.Purchasable]
    /// The limit of every SKU whose inventory is limited, by `PRODUCT:SKU` key (upper case). Every cart and
    /// checkout reads it, so it is gathered here once rather than from the whole catalog on each request.
    public let inventoryLimits: [String: Int]

    /// Indexes a catalog document. Ids are matched case-insensitively.
    public init(_ document: CatalogDocument) {
        self.document = document
        var offers: [String: CatalogOffer] = [:]
        for offer in document.offers { offers[offer.id.uppercased()] = offer }
        var products: [String: CatalogProduct] = [:]
        var items: [String: CatalogItem.Purchasable] = [:]
        var limits: [String: Int] = [:]
        for product in document.products {
            products[product.id.uppercased()] = product
            for sku in product.skus {
                if let limit = sku.inventoryLimit { limits[CatalogItem.Purchasable.skuKey(product, sku)] = limit }
                for availability in sku.availabilities {
                    let key = CatalogItemReference(productId: product.id, skuId: sku.id, availabilityId: availability.id).key
                    // An id with a colon inside one of its parts can never be asked for: it does not parse.
                    guard CatalogItemReference(parsing: key) != nil else { continue }
                    items[key] = CatalogItem.Purchasable(product: product, sku: sku, availability: availability)
                }
            }
        }
        offersById = offers
        productsById = products
        itemsByCatalogItemId = items
        inventoryLimits = limits
    }

    /// The default catalog shipped with the server.
    public static func defaultCatalog() throws -> Catalog {
        guard let url = Bundle.module.url(forResource: "DefaultCatalog", withExtension: "json") else {
            throw CatalogLoadingError(message: "DefaultCatalog.json is missing from the CommerceCore bundle")
        }
        return try Catalog(TolerantJSONDecoder().decode(CatalogDocument.self, from: Data(contentsOf: url)))
    }

    /// Resolves a line item's `catalogItemId`: a three-part `product:sku:availability` id, or a legacy offer id.
    public func item(_ catalogItemId: String) -> CatalogItem? {
        // Every key is a well-formed three-part id in upper case, so an exact hit is the answer parsing would give.
        if let entry = itemsByCatalogItemId[catalogItemId] { return .availability(entry) }
        if let reference = CatalogItemReference(parsing: catalogItemId) {
            return itemsByCatalogItemId[reference.key].map(CatalogItem.availability)
        }
        return offersById[catalogItemId.uppercased()].map(CatalogItem.offer)
    }

    /// The market of a country, or `nil` when the catalog does not sell there.
    public func market(_ country: String) -> CatalogMarket? {
        document.markets[country.uppercased()]
    }

    /// A product by id.
    public func product(_ id: String) -> CatalogProduct? {
        productsById[id.uppercased()]
    }

    /// A legacy offer by id.
    public func offer(_ id: String) -> CatalogOffer? {
        offersById[id.uppercased()]
    }
}

/// The catalog file could not be read.
public struct CatalogLoadingError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}

/// What a catalog item id names: a legacy offer, or a product's SKU in one availability.
public enum CatalogItem: Sendable {
    /// A legacy offer.
    case offer(CatalogOffer)
    /// A product, SKU and availability.
    case availability(Purchasable)

    /// A SKU in one availability, with the product it belongs to.
    ///
    /// A class, so that handing one out copies one reference: every line item of every cart and checkout looks
    /// one up, and a copy of the three values inside would retain and release each of their dozens of strings
    /// and arrays.
    public final class Purchasable: Sendable {
        /// The product.
        public let product: CatalogProduct
        /// The SKU.
        public let sku: CatalogSku
        /// The availability.
        public let availability: CatalogAvailability

        /// `productId:skuId`, the key add-on prerequisites and inventory use.
        public let skuKey: String

        /// A SKU in one availability of a product.
        public init(product: CatalogProduct, sku: CatalogSku, availability: CatalogAvailability) {
            self.product = product
            self.sku = sku
            self.availability = availability
            skuKey = Self.skuKey(product, sku)
        }

        /// `productId:skuId` in upper case.
        static func skuKey(_ product: CatalogProduct, _ sku: CatalogSku) -> String {
            "\(product.id):\(sku.id)".uppercased()
        }
    }

    /// The display name used when the line item gives no friendly name.
    public var title: String {
        switch self {
        case .offer(let offer): offer.name
        case .availability(let item): item.sku.title
        }
    }
}
