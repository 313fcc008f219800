import PartnerCenterModels

/// The catalog as PartnerCommerce stores it: markets, new-commerce products (product → SKU → availability →
/// term) and legacy offers. The default catalog ships as `DefaultCatalog.json` in this format, and
/// `/admin/catalog` accepts it.
public struct CatalogDocument: Codable, Sendable, Equatable {
    /// Markets by ISO 3166 country code: which currency a customer in that country buys in.
    public var markets: [String: CatalogMarket]
    /// New-commerce and other product/SKU/availability items.
    public var products: [CatalogProduct]
    /// Legacy offers, bought by offer id.
    public var offers: [CatalogOffer]

    /// Creates a catalog document.
    public init(markets: [String: CatalogMarket], products: [CatalogProduct], offers: [CatalogOffer]) {
        self.markets = markets
        self.products = products
        self.offers = offers
    }
}

/// A market: the currency its customers are billed in.
public struct CatalogMarket: Codable, Sendable, Equatable {
    /// ISO 4217 code, e.g. `EUR`.
    public var currency: String
    /// Symbol, e.g. `€`.
    public var currencySymbol: String

    /// Creates a value with every field given.
    public init(currency: String, currencySymbol: String) {
        self.currency = currency
        self.currencySymbol = currencySymbol
    }
}

/// A product with its SKUs.
public struct CatalogProduct: Codable, Sendable, Equatable {
    /// 12 upper-case alphanumerics, e.g. `CFQ7TTC0LH18`.
    public var id: String
    /// Display title.
    public var title: String
    /// Description.
    public var description: String
    /// Product type id, e.g. `OnlineServicesNCE`, `Azure`, `Software`, `SaaS`.
    public var productType: String
    /// Product type display name.
    public var productTypeDisplayName: String?
    /// Product sub-type id, e.g. `VirtualMachines`.
    public var productSubType: String?
    /// The `targetView` values under which the product is listed, e.g. `OnlineServices`, `AzureReservationsVM`.
    public var targetViews: [String]
    /// Publisher.
    public var publisherName: String
    /// Whether Microsoft publishes it.
    public var isMicrosoftProduct: Bool
    /// The SKUs.
    public var skus: [CatalogSku]

    /// Creates a value with every field given.
    public init(id: String, title: String, description: String, productType: String,
        productTypeDisplayName: String?, productSubType: String?, targetViews: [String], publisherName: String,
        isMicrosoftProduct: Bool, skus: [CatalogSku]) {
        self.id = id
        self.title = title
        self.description = description
        self.productType = productType
        self.productTypeDisplayName = productTypeDisplayName
        self.productSubType = productSubType
        self.targetViews = targetViews
        self.publisherName = publisherName
        self.isMicrosoftProduct = isMicrosoftProduct
        self.skus = skus
    }
}

/// A SKU with its purchase rules and availabilities.
public struct CatalogSku: Codable, Sendable, Equatable {
    /// 4 characters, unique within the product, e.g. `0001`.
    public var id: String
    /// Display title.
    public var title: String
    /// Description.
    public var description: String
    /// Least quantity per line item.
    public var minimumQuantity: Int
    /// Greatest quantity per line item.
    public var maximumQuantity: Int
    /// Whether it is a trial.
    public var isTrial: Bool
    /// Billing cycles a line item may use.
    public var supportedBillingCycles: [BillingCycle]
    /// Keys the line item's provisioningContext must carry (compared case-insensitively).
    public var provisioningVariables: [String]
    /// Prerequisites as Partner Center lists them (`InventoryCheck`, ...).
    public var purchasePrerequisites: [String]
    /// When set, a line item must carry `attestationAccepted: true`; the value is the attestation type.
    public var enforcedAttestationType: String?
    /// When non-empty, the SKU is an add-on: one of these `productId:skuId` must be in the same cart or among the
    /// customer's subscriptions.
    public var prerequisiteSkus: [String]
    /// When set, only this many units can ever be sold (shared by every partner); checkout takes from it.
    public var inventoryLimit: Int?
    /// Where and how it can be bought.
    public var availabilities: [CatalogAvailability]

    /// Creates a value with every field given.
    public init(id: String, title: String, description: String, minimumQuantity: Int, maximumQuantity: Int,
        isTrial: Bool, supportedBillingCycles: [BillingCycle], provisioningVariables: [String],
        purchasePrerequisites: [String], enforcedAttestationType: String?, prerequisiteSkus: [String],
        inventoryLimit: Int?, availabilities: [CatalogAvailability]) {
        self.id = id
        self.title = title
        self.description = description
        self.minimumQuantity = minimumQuantity
        self.maximumQuantity = maximumQuantity
        self.isTrial = isTrial
        self.supportedBillingCycles = supportedBillingCycles
        self.provisioningVariables = provisioningVariables
        self.purchasePrerequisites = purchasePrerequisites
        self.enforcedAttestationType = enforcedAttestationType
        self.prerequisiteSkus = prerequisiteSkus
        self.inventoryLimit = inventoryLimit
        self.availabilities = availabilities
    }
}

/// An availability: the markets and segment where a SKU can be bought, and its terms with prices.
public struct CatalogAvailability: Codable, Sendable, Equatable {
    /// 12 upper-case alphanumerics, e.g. `CFQ7TTC0K971`.
    public var id: String
    /// ISO 3166 codes of the markets it is offered in (each must be in ``CatalogDocument/markets``).
    public var countries: [String]
    /// `commercial`, `education`, `government` or `nonprofit`.
    public var segment: String
    /// Whether it can be bought.
    public var isPurchasable: Bool
    /// Terms; empty for perpetual software, which takes no termDuration.
    public var terms: [CatalogTerm]

    /// Creates a value with every field given.
    public init(id: String, countries: [String], segment: String, isPurchasable: Bool, terms: [CatalogTerm]) {
        self.id = id
        self.countries = countries
        self.segment = segment
        self.isPurchasable = isPurchasable
        self.terms = terms
    }
}

/// A term with its billing cycle and list prices per currency.
public struct CatalogTerm: Codable, Sendable, Equatable {
    /// Term id, e.g. `5aeco6mffyxo`.
    public var id: String
    /// ISO 8601 duration: `P1M`, `P1Y`, `P3Y`.
    public var duration: String
    /// Description, e.g. `One-Year commitment for monthly/yearly billing`.
    public var description: String
    /// The billing cycle this term is sold with.
    public var billingCycle: BillingCycle
    /// Unit list price per billing period, by ISO 4217 currency code (e.g. `{"USD": 6.0, "EUR": 5.6}`).
    /// Empty when the catalog has no price for it.
    public var listPrices: [String: Double]
    /// Durations the term may renew into (`P1M`, `P1Y`).
    public var renewsTo: [String]

    /// Creates a value with every field given.
    public init(id: String, duration: String, description: String, billingCycle: BillingCycle,
        listPrices: [String: Double], renewsTo: [String]) {
        self.id = id
        self.duration = duration
        self.description = description
        self.billingCycle = billingCycle
        self.listPrices = listPrices
        self.renewsTo = renewsTo
    }
}

/// A legacy offer, bought with its id as the catalog item id.
public struct CatalogOffer: Codable, Sendable, Equatable {
    /// Offer id, e.g. `MS-AZR-0145P` or a GUID.
    public var id: String
    /// Name.
    public var name: String
    /// Description.
    public var description: String
    /// Category id and name.
    public var categoryId: String
    /// Category display name.
    public var categoryName: String
    /// Least quantity.
    public var minimumQuantity: Int
    /// Greatest quantity.
    public var maximumQuantity: Int
    /// `usage`, `license` or `none`.
    public var billing: String
    /// Billing cycles a line item may use.
    public var supportedBillingCycles: [BillingCycle]
    /// Whether it can still be bought (legacy offers retired by new commerce cannot).
    public var isAvailableForPurchase: Bool
    /// Whether it is a trial.
    public var isTrial: Bool
    /// Whether it renews automatically.
    public var isAutoRenewable: Bool
    /// `Licenses` or `Usage-based`.
    public var unitType: String
    /// Markets it is offered in.
    public var countries: [String]
    /// Unit list price per billing period by currency, when known.
    public var listPrices: [String: Double]

    /// Creates a value with every field given.
    public init(id: String, name: String, description: String, categoryId: String, categoryName: String,
        minimumQuantity: Int, maximumQuantity: Int, billing: String, supportedBillingCycles: [BillingCycle],
        isAvailableForPurchase: Bool, isTrial: Bool, isAutoRenewable: Bool, unitType: String, countries: [String],
        listPrices: [String: Double]) {
        self.id = id
        self.name = name
        self.description = description
        self.categoryId = categoryId
        self.categoryName = categoryName
        self.minimumQuantity = minimumQuantity
        self.maximumQuantity = maximumQuantity
        self.billing = billing
        self.supportedBillingCycles = supportedBillingCycles
        self.isAvailableForPurchase = isAvailableForPurchase
        self.isTrial = isTrial
        self.isAutoRenewable = isAutoRenewable
        self.unitType = unitType
        self.countries = countries
        self.listPrices = listPrices
    }
}
