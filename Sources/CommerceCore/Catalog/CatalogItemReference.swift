/// A parsed `productId:skuId:availabilityId` catalog item id.
public struct CatalogItemReference: Sendable, Hashable {
    /// The product id.
    public var productId: String
    /// The SKU id.
    public var skuId: String
    /// The availability id.
    public var availabilityId: String

    /// Creates a reference from its parts.
    public init(productId: String, skuId: String, availabilityId: String) {
        self.productId = productId
        self.skuId = skuId
        self.availabilityId = availabilityId
    }

    /// Parses a three-part id; `nil` for anything else (a legacy offer id, say).
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        productId = String(parts[0])
        skuId = String(parts[1])
        availabilityId = String(parts[2])
    }

    /// The case-folded id used as a dictionary key.
    public var key: String { "\(productId):\(skuId):\(availabilityId)".uppercased() }
}
