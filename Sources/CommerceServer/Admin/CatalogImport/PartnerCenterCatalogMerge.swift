import Foundation
import CommerceCore
import PartnerCenterModels

/// Merges Partner Center resources into a catalog document, one at a time. Ids match case-insensitively.
///
/// - A product updates the product with its id (its SKUs and target views stay) or is added without SKUs,
///   listed under the import's target view or, without one, the view its product type belongs to.
/// - A SKU updates the SKU with its id in its product (its availabilities, inventory limit and add-on rules
///   stay unless the SKU names `prerequisiteSkus`) or is added without availabilities. Its product must be in
///   the catalog.
/// - An availability adds its country to the availability with its id, or is added to its SKU, which must be
///   in the catalog. Its terms replace the availability's, keeping the list prices of terms with the same id
///   (Partner Center's availabilities carry no prices). A country the catalog has no market for gets one from
///   the availability's `defaultCurrency`.
/// - An offer adds its country to the offer with its id and updates it, or is added. Its country must be one
///   of the catalog's markets.
struct PartnerCenterCatalogMerge {
    private(set) var document: CatalogDocument
    let targetView: String?

    init(document: CatalogDocument, targetView: String?) {
        self.document = document
        self.targetView = targetView
    }

    mutating func merge(_ product: Product, at path: String) throws(CommerceError) {
        let id = try Self.identifier(product.id, at: CatalogImporter.joined(path, "id"))
        let type = product.productType
        if let index = productIndex(id) {
            var stored = document.products[index]
            stored.title = product.title ?? stored.title
            stored.description = product.description ?? stored.description
            if let type {
                stored.productType = type.id
                stored.productTypeDisplayName = type.displayName
                stored.productSubType = type.subType?.id
            }
            stored.publisherName = product.publisherName ?? stored.publisherName
            stored.isMicrosoftProduct = product.isMicrosoftProduct ?? stored.isMicrosoftProduct
            if let targetView, !stored.targetViews.contains(where: { $0.caseInsensitiveCompare(targetView) == .orderedSame }) {
                stored.targetViews.append(targetView)
            }
            document.products[index] = stored
        } else {
            guard let type else { throw .invalidInput(CatalogImporter.joined(path, "productType"), "a new product needs its productType.") }
            document.products.append(CatalogProduct(
                id: id, title: product.title ?? id, description: product.description ?? "", productType: type.id,
                productTypeDisplayName: type.displayName, productSubType: type.subType?.id,
                targetViews: [targetView ?? Self.targetView(forProductType: type.id)],
                publisherName: product.publisherName ?? "Microsoft Corporation",
                isMicrosoftProduct: product.isMicrosoftProduct ?? true, skus: []))
        }
    }

    mutating func merge(_ sku: Sku, at path: String) throws(CommerceError) {
        let id = try Self.identifier(sku.id, at: CatalogImporter.joined(path, "id"))
        let productPath = CatalogImporter.joined(path, "productId")
        guard let productId = sku.productId, let productIndex = productIndex(productId) else {
            throw .invalidInput(productPath, "'\(sku.productId ?? "")' is not a product in the catalog: import its product first.")
        }
        let prerequisites = sku.dynamicAttributes.flatMap { attributes in
            attributes.first { $0.key.caseInsensitiveCompare("prerequisiteSkus") == .orderedSame }?.value.arrayValue?
                .compactMap(\.stringValue)
        }
        let attestation = sku.attestationProperties?.enforceAttestation == true
            ? (sku.attestationProperties?.attestationType ?? "Default") : nil
        var skus = document.products[productIndex].skus
        if let index = skus.firstIndex(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) {
            var stored = skus[index]
            stored.title = sku.title ?? stored.title
            stored.description = sku.description ?? stored.description
            stored.minimumQuantity = sku.minimumQuantity ?? stored.minimumQuantity
            stored.maximumQuantity = sku.maximumQuantity ?? stored.maximumQuantity
            stored.isTrial = sku.isTrial ?? stored.isTrial
            stored.supportedBillingCycles = sku.supportedBillingCycles ?? stored.supportedBillingCycles
            stored.provisioningVariables = sku.provisioningVariables ?? stored.provisioningVariables
            stored.purchasePrerequisites = sku.purchasePrerequisites ?? stored.purchasePrerequisites
            stored.prerequisiteSkus = prerequisites ?? stored.prerequisiteSkus
            if sku.attestationProperties != nil { stored.enforcedAttestationType = attestation }
            skus[index] = stored
        } else {
            guard let cycles = sku.supportedBillingCycles, !cycles.isEmpty else {
                throw .invalidInput(CatalogImporter.joined(path, "supportedBillingCycles"), "a new SKU needs its billing cycles.")
            }
            skus.append(CatalogSku(
                id: id, title: sku.title ?? id, description: sku.description ?? "", minimumQuantity: sku.minimumQuantity ?? 1,
                maximumQuantity: sku.maximumQuantity ?? 10_000, isTrial: sku.isTrial ?? false, supportedBillingCycles: cycles,
                provisioningVariables: sku.provisioningVariables ?? [], purchasePrerequisites: sku.purchasePrerequisites ?? [],
                enforcedAttestationType: attestation, prerequisiteSkus: prerequisites ?? [], inventoryLimit: nil, availabilities: []))
        }
        document.products[productIndex].skus = skus
    }

    mutating func merge(_ availability: Availability, at path: String) throws(CommerceError) {
        let id = try Self.identifier(availability.id, at: CatalogImporter.joined(path, "id"))
        let reference = availability.catalogItemId.flatMap(CatalogItemReference.init(parsing:))
        guard let productId = availability.productId ?? reference?.productId, let productIndex = productIndex(productId) else {
            throw .invalidInput(CatalogImporter.joined(path, "productId"),
                                "'\(availability.productId ?? "")' is not a product in the catalog: import its product and SKUs first.")
        }
        let skuId = availability.skuId ?? reference?.skuId ?? ""
        guard let skuIndex = document.products[productIndex].skus.firstIndex(where: { $0.id.caseInsensitiveCompare(skuId) == .orderedSame }) else {
            throw .invalidInput(CatalogImporter.joined(path, "skuId"), "'\(skuId)' is not a SKU of product \(productId) in the catalog: import its SKUs first.")
        }
        guard let country = availability.country?.uppercased(), country.count == 2 else {
            throw .invalidInput(CatalogImporter.joined(path, "country"), "an availability needs its market's two-letter country code.")
        }
        if document.markets[country] == nil {
            guard let currency = availability.defaultCurrency else {
                throw .invalidInput(CatalogImporter.joined(path, "defaultCurrency"),
                                    "the catalog has no market \(country): the availability must give its defaultCurrency.")
            }
            document.markets[country] = CatalogMarket(currency: currency.code.uppercased(), currencySymbol: currency.symbol ?? currency.code)
        }
        var sku = document.products[productIndex].skus[skuIndex]
        let existing = sku.availabilities.firstIndex { $0.id.caseInsensitiveCompare(id) == .orderedSame }
        let previousTerms = existing.map { sku.availabilities[$0].terms } ?? []
        var terms: [CatalogTerm] = []
        for (termIndex, term) in (availability.terms ?? []).enumerated() {
            terms.append(try Self.term(term, previous: previousTerms,
                                       at: CatalogImporter.joined(path, "terms[\(termIndex)]")))
        }
        if let existing {
            var stored = sku.availabilities[existing]
            if !stored.countries.contains(country) { stored.countries.append(country) }
            stored.segment = availability.segment ?? stored.segment
            stored.isPurchasable = availability.isPurchasable ?? stored.isPurchasable
            stored.terms = terms
            sku.availabilities[existing] = stored
        } else {
            sku.availabilities.append(CatalogAvailability(
                id: id, countries: [country], segment: availability.segment ?? "commercial",
                isPurchasable: availability.isPurchasable ?? true, terms: terms))
        }
        document.products[productIndex].skus[skuIndex] = sku
    }

    mutating func merge(_ offer: Offer, at path: String) throws(CommerceError) {
        let id = try Self.identifier(offer.id, at: CatalogImporter.joined(path, "id"))
        guard let country = offer.country?.uppercased(), document.markets[country] != nil else {
            throw .invalidInput(CatalogImporter.joined(path, "country"),
                                "'\(offer.country ?? "")' is not one of the catalog's markets (\(document.markets.keys.sorted().joined(separator: ", "))).")
        }
        if let index = document.offers.firstIndex(where: { $0.id.caseInsensitiveCompare(id) == .orderedSame }) {
            var stored = document.offers[index]
            if !stored.countries.contains(country) { stored.countries.append(country) }
            stored.name = offer.name ?? stored.name
            stored.description = offer.description ?? stored.description
            stored.categoryId = offer.category?.id ?? stored.categoryId
            stored.categoryName = offer.category?.name ?? stored.categoryName
            stored.minimumQuantity = offer.minimumQuantity ?? stored.minimumQuantity
            stored.maximumQuantity = offer.maximumQuantity ?? stored.maximumQuantity
            stored.billing = offer.billing ?? stored.billing
            stored.supportedBillingCycles = offer.supportedBillingCycles ?? stored.supportedBillingCycles
            stored.isAvailableForPurchase = offer.isAvailableForPurchase ?? stored.isAvailableForPurchase
            stored.isTrial = offer.isTrial ?? stored.isTrial
            stored.isAutoRenewable = offer.isAutoRenewable ?? stored.isAutoRenewable
            stored.unitType = offer.unitType ?? stored.unitType
            document.offers[index] = stored
        } else {
            guard let cycles = offer.supportedBillingCycles, !cycles.isEmpty else {
                throw .invalidInput(CatalogImporter.joined(path, "supportedBillingCycles"), "a new offer needs its billing cycles.")
            }
            document.offers.append(CatalogOffer(
                id: id, name: offer.name ?? id, description: offer.description ?? "", categoryId: offer.category?.id ?? "",
                categoryName: offer.category?.name ?? "", minimumQuantity: offer.minimumQuantity ?? 1,
                maximumQuantity: offer.maximumQuantity ?? 10_000, billing: offer.billing ?? "license",
                supportedBillingCycles: cycles, isAvailableForPurchase: offer.isAvailableForPurchase ?? true,
                isTrial: offer.isTrial ?? false, isAutoRenewable: offer.isAutoRenewable ?? true,
                unitType: offer.unitType ?? "Licenses", countries: [country], listPrices: [:]))
        }
    }

    private func productIndex(_ id: String) -> Int? {
        document.products.firstIndex { $0.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    private static func identifier(_ id: String, at path: String) throws(CommerceError) -> String {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= 128, !trimmed.contains(":") else {
            throw .invalidInput(path, "'\(id)' is not an id (1 to 128 characters, no ':').")
        }
        return trimmed
    }

    private static func term(_ term: AvailabilityTerm, previous: [CatalogTerm], at path: String) throws(CommerceError) -> CatalogTerm {
        guard let duration = term.duration, ISODuration(duration) != nil else {
            throw .invalidInput(CatalogImporter.joined(path, "duration"), "'\(term.duration ?? "")' is not an ISO 8601 duration such as P1M or P1Y.")
        }
        guard let text = term.billingCycle, let cycle = BillingCycle(spelling: text), cycle != .unknown else {
            throw .invalidInput(CatalogImporter.joined(path, "billingCycle"), "'\(term.billingCycle ?? "")' is not a billing cycle (monthly, annual, ...).")
        }
        let id = term.id ?? "\(duration)-\(cycle.rawValue)".lowercased()
        let prices = previous.first { $0.id.caseInsensitiveCompare(id) == .orderedSame }?.listPrices ?? [:]
        return CatalogTerm(id: id, duration: duration, description: term.description ?? "", billingCycle: cycle,
                           listPrices: prices, renewsTo: term.renewalOptions?.compactMap(\.termDuration) ?? [])
    }

    /// The target view a product type is listed under in Partner Center's catalog.
    static func targetView(forProductType type: String) -> String {
        switch type.lowercased() {
        case "onlineservicesnce", "onlineservices": "OnlineServices"
        case "azure": "Azure"
        case "software": "Software"
        case "saas": "MarketplaceSaaS"
        default: type
        }
    }
}
