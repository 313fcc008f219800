import CommerceCore
import Foundation

/// Checks that a catalog can be sold from before it is put in force: ids present and unique, quantities and
/// billing cycles that allow a purchase, markets for every country, terms with ISO 8601 durations. A refusal is
/// 400 800002 naming the field by its path in the catalog format (`products[1].skus[0].maximumQuantity`).
enum CatalogDocumentValidator {
    static func validate(_ document: CatalogDocument) throws(CommerceError) {
        guard !document.markets.isEmpty else { throw .invalidInput("markets", "a catalog needs at least one market.") }
        for (country, market) in document.markets.sorted(by: { $0.key < $1.key }) {
            guard country.count == 2, country == country.uppercased() else {
                throw .invalidInput("markets.\(country)", "'\(country)' is not a two-letter upper-case country code.")
            }
            guard market.currency.count == 3 else {
                throw .invalidInput("markets.\(country).currency", "'\(market.currency)' is not an ISO 4217 currency code.")
            }
        }
        var productIds = Set<String>()
        for (index, product) in document.products.enumerated() {
            let path = "products[\(index)]"
            try checkId(product.id, at: "\(path).id", unique: &productIds)
            guard !product.targetViews.isEmpty else {
                throw .invalidInput("\(path).targetViews", "a product needs at least one target view (OnlineServices, Azure, ...).")
            }
            var skuIds = Set<String>()
            for (skuIndex, sku) in product.skus.enumerated() {
                try validate(sku, at: "\(path).skus[\(skuIndex)]", markets: document.markets, unique: &skuIds)
            }
        }
        var offerIds = Set<String>()
        for (index, offer) in document.offers.enumerated() {
            let path = "offers[\(index)]"
            try checkId(offer.id, at: "\(path).id", unique: &offerIds)
            try checkQuantities(minimum: offer.minimumQuantity, maximum: offer.maximumQuantity, at: path)
            guard !offer.supportedBillingCycles.isEmpty else {
                throw .invalidInput("\(path).supportedBillingCycles", "an offer needs at least one billing cycle.")
            }
            try checkCountries(offer.countries, at: "\(path).countries", markets: document.markets)
        }
    }

    private static func validate(_ sku: CatalogSku, at path: String, markets: [String: CatalogMarket],
                                 unique ids: inout Set<String>) throws(CommerceError) {
        try checkId(sku.id, at: "\(path).id", unique: &ids)
        try checkQuantities(minimum: sku.minimumQuantity, maximum: sku.maximumQuantity, at: path)
        guard !sku.supportedBillingCycles.isEmpty else {
            throw .invalidInput("\(path).supportedBillingCycles", "a SKU needs at least one billing cycle.")
        }
        if let limit = sku.inventoryLimit, limit < 0 {
            throw .invalidInput("\(path).inventoryLimit", "\(limit) must not be negative.")
        }
        var availabilityIds = Set<String>()
        for (index, availability) in sku.availabilities.enumerated() {
            let availabilityPath = "\(path).availabilities[\(index)]"
            try checkId(availability.id, at: "\(availabilityPath).id", unique: &availabilityIds)
            try checkCountries(availability.countries, at: "\(availabilityPath).countries", markets: markets)
            for (termIndex, term) in availability.terms.enumerated() where ISODuration(term.duration) == nil {
                throw .invalidInput("\(availabilityPath).terms[\(termIndex)].duration",
                                    "'\(term.duration)' is not an ISO 8601 duration such as P1M or P1Y.")
            }
        }
    }

    private static func checkId(_ id: String, at path: String, unique ids: inout Set<String>) throws(CommerceError) {
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty, !id.contains(":") else {
            throw .invalidInput(path, "'\(id)' is not an id (not empty, no ':').")
        }
        guard ids.insert(id.uppercased()).inserted else { throw .invalidInput(path, "'\(id)' appears more than once.") }
    }

    private static func checkQuantities(minimum: Int, maximum: Int, at path: String) throws(CommerceError) {
        guard minimum >= 0 else { throw .invalidInput("\(path).minimumQuantity", "\(minimum) must not be negative.") }
        guard maximum >= max(1, minimum) else {
            throw .invalidInput("\(path).maximumQuantity", "\(maximum) must be at least the minimum quantity \(minimum) and at least 1.")
        }
    }

    private static func checkCountries(_ countries: [String], at path: String, markets: [String: CatalogMarket]) throws(CommerceError) {
        for (index, country) in countries.enumerated() where markets[country.uppercased()] == nil {
            throw .invalidInput("\(path)[\(index)]", "'\(country)' has no market in the catalog (\(markets.keys.sorted().joined(separator: ", "))).")
        }
    }
}
