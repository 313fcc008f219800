import CommerceCore
import Foundation
import PartnerCenterModels

/// Reads a catalog an operator imports and works out the catalog that results.
///
/// - PartnerCommerce's own format (an object with `markets`, `products` and `offers`, as `GET /admin/catalog`
///   exports it) replaces the whole catalog.
/// - A saved Partner Center answer — a collection (`{"totalCount", "items": [...]}`) or a single resource of
///   products, SKUs, availabilities or offers — is merged into the catalog in force (see
///   ``PartnerCenterCatalogMerge``): resources with a known id are updated, new ones are added, and nothing
///   the answer does not mention is removed.
///
/// The result is checked by ``CatalogDocumentValidator``; every refusal is 400 800002 naming the field.
struct CatalogImporter {
    let current: CatalogDocument
    /// The target view new products are listed under (`?targetView=` on the import); derived from the product
    /// type when absent.
    let targetView: String?

    /// What an import produced.
    struct Outcome {
        let document: CatalogDocument
        let summary: CatalogImportSummary
    }

    /// The kinds of Partner Center resource an answer can hold.
    enum ResourceKind: String {
        case products, skus, availabilities, offers
    }

    func importing(_ body: Data) throws(CommerceError) -> Outcome {
        let value: JSONValue
        do {
            value = try JSONParser().parse(body)
        } catch {
            throw .invalidInput(error.path, error.message)
        }
        guard let object = value.objectValue else {
            throw .invalidInput("", "a catalog import is a JSON object: a PartnerCommerce catalog or a Partner Center answer.")
        }
        if Self.member(object, "markets") != nil {
            let document = try decode(CatalogDocument.self, from: value, at: "")
            try CatalogDocumentValidator.validate(document)
            return outcome(document, format: "catalog", imported: document.products.count + document.offers.count)
        }
        let items: [JSONValue]
        let itemsPath: String
        if let listed = Self.member(object, "items") {
            guard let array = listed.arrayValue, !array.isEmpty else {
                throw .invalidInput("items", "must be a non-empty array of products, SKUs, availabilities or offers.")
            }
            items = array
            itemsPath = "items"
        } else {
            items = [value]
            itemsPath = ""
        }
        let kind = try Self.kind(of: items[0], at: Self.path(itemsPath, 0))
        var merge = PartnerCenterCatalogMerge(document: current, targetView: targetView)
        for (index, item) in items.enumerated() {
            let path = Self.path(itemsPath, index)
            guard try Self.kind(of: item, at: path) == kind else {
                throw .invalidInput(path, "every item must be of one kind; the first is one of \(kind.rawValue).")
            }
            switch kind {
            case .products: try merge.merge(try decode(Product.self, from: item, at: path), at: path)
            case .skus: try merge.merge(try decode(Sku.self, from: item, at: path), at: path)
            case .availabilities: try merge.merge(try decode(Availability.self, from: item, at: path), at: path)
            case .offers: try merge.merge(try decode(Offer.self, from: item, at: path), at: path)
            }
        }
        try CatalogDocumentValidator.validate(merge.document)
        return outcome(merge.document, format: kind.rawValue, imported: items.count)
    }

    private func outcome(_ document: CatalogDocument, format: String, imported: Int) -> Outcome {
        let skus = document.products.flatMap(\.skus)
        return Outcome(document: document, summary: CatalogImportSummary(
            format: format, imported: imported, markets: document.markets.count, products: document.products.count,
            skus: skus.count, availabilities: skus.reduce(0) { $0 + $1.availabilities.count }, offers: document.offers.count))
    }

    private func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, at path: String) throws(CommerceError) -> T {
        do {
            return try TolerantJSONDecoder().decode(type, from: value)
        } catch {
            throw .invalidInput(Self.joined(path, error.path), error.message)
        }
    }

    /// The kind of a Partner Center resource: from `attributes.objectType` when present, else from its fields.
    static func kind(of item: JSONValue, at path: String) throws(CommerceError) -> ResourceKind {
        guard let object = item.objectValue else { throw .invalidInput(path, "must be a JSON object.") }
        let objectType = member(object, "attributes")?.objectValue.flatMap { member($0, "objectType") }?.stringValue
        switch objectType?.lowercased() {
        case "product": return .products
        case "sku": return .skus
        case "availability": return .availabilities
        case "offer": return .offers
        default: break
        }
        if member(object, "catalogItemId") != nil || member(object, "terms") != nil { return .availabilities }
        if member(object, "skuId") == nil, member(object, "productId") != nil { return .skus }
        if member(object, "productType") != nil { return .products }
        if member(object, "category") != nil || member(object, "billing") != nil || member(object, "isAddOn") != nil { return .offers }
        throw .invalidInput(path, "is not a catalog (no 'markets') nor a Partner Center product, SKU, availability or offer (set attributes.objectType).")
    }

    /// A member looked up by name case-insensitively, as all input is read.
    static func member(_ object: JSONObject, _ name: String) -> JSONValue? {
        object.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    static func path(_ prefix: String, _ index: Int) -> String {
        prefix.isEmpty ? "" : "\(prefix)[\(index)]"
    }

    static func joined(_ prefix: String, _ path: String) -> String {
        guard !prefix.isEmpty else { return path }
        guard !path.isEmpty else { return prefix }
        return path.hasPrefix("[") ? prefix + path : prefix + "." + path
    }
}
