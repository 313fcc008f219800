/// Prices of a line item before tax, in the line item's currency.
public struct Pricing: Codable, Sendable, Equatable {
    /// The catalog's list price for one unit per billing period.
    public var listPrice: Double?
    /// The price after discounts for one unit per billing period.
    public var discountedPrice: Double?
    /// The prorated price for one unit for the first billing period.
    public var proratedPrice: Double?
    /// The price charged for one unit per billing period.
    public var price: Double?
    /// The total for the whole term and quantity.
    public var extendedPrice: Double?

    /// Creates a pricing record.
    public init(listPrice: Double?, discountedPrice: Double?, proratedPrice: Double?, price: Double?, extendedPrice: Double?) {
        self.listPrice = listPrice
        self.discountedPrice = discountedPrice
        self.proratedPrice = proratedPrice
        self.price = price
        self.extendedPrice = extendedPrice
    }
}
