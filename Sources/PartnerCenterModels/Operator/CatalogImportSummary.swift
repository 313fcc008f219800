/// What `POST /admin/catalog` did: which format it read, how many resources it took, and the catalog's size after.
public struct CatalogImportSummary: Codable, Sendable, Equatable {
    /// `catalog` (PartnerCommerce's own format, replacing the catalog), or the Partner Center resource type that
    /// was merged in: `products`, `skus`, `availabilities` or `offers`.
    public var format: String
    /// How many resources the body carried.
    public var imported: Int
    /// Markets in the catalog now.
    public var markets: Int
    /// Products in the catalog now.
    public var products: Int
    /// SKUs in the catalog now.
    public var skus: Int
    /// Availabilities in the catalog now.
    public var availabilities: Int
    /// Legacy offers in the catalog now.
    public var offers: Int
    /// `{"objectType": "CatalogImportSummary"}`.
    public var attributes: ResourceAttributes?

    /// Creates a summary.
    public init(format: String, imported: Int, markets: Int, products: Int, skus: Int, availabilities: Int, offers: Int) {
        self.format = format
        self.imported = imported
        self.markets = markets
        self.products = products
        self.skus = skus
        self.availabilities = availabilities
        self.offers = offers
        self.attributes = ResourceAttributes(objectType: "CatalogImportSummary")
    }
}
