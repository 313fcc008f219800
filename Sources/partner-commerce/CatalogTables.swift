import PartnerCenter

/// Tables for products, SKUs, availabilities and offers.
enum CatalogTables {
    static func products(_ products: [Product]) -> String {
        var table = TextTable("ID", "TITLE", "TYPE", "PUBLISHER")
        for product in products {
            table.add(product.id, product.title ?? "", product.productType?.id ?? "", product.publisherName ?? "")
        }
        return table.rendered
    }

    static func skus(_ skus: [Sku]) -> String {
        var table = TextTable("ID", "TITLE", "QUANTITY", "BILLING CYCLES", "PROVISIONING VARIABLES")
        for sku in skus {
            table.add(sku.id, sku.title ?? "", "\(sku.minimumQuantity ?? 0)-\(sku.maximumQuantity ?? 0)",
                      (sku.supportedBillingCycles ?? []).map(\.rawValue).joined(separator: ","),
                      (sku.provisioningVariables ?? []).joined(separator: ","))
        }
        return table.rendered
    }

    static func availabilities(_ availabilities: [Availability]) -> String {
        var table = TextTable("ID", "CATALOG ITEM ID", "SEGMENT", "CURRENCY", "TERMS")
        for availability in availabilities {
            let terms = (availability.terms ?? []).map { "\($0.duration ?? "") \($0.billingCycle ?? "")" }
            table.add(availability.id, availability.catalogItemId ?? "", availability.segment ?? "",
                      availability.defaultCurrency?.code ?? "", terms.joined(separator: ", "))
        }
        return table.rendered
    }

    static func offers(_ offers: [Offer]) -> String {
        var table = TextTable("ID", "NAME", "QUANTITY", "BILLING CYCLES", "ADD-ON")
        for offer in offers {
            table.add(offer.id, offer.name ?? "", "\(offer.minimumQuantity ?? 0)-\(offer.maximumQuantity ?? 0)",
                      (offer.supportedBillingCycles ?? []).map(\.rawValue).joined(separator: ","),
                      offer.isAddOn == true ? "yes" : "")
        }
        return table.rendered
    }
}
