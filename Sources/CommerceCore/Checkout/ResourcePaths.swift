import PartnerCenterModels

/// The relative URIs (without `/v1`) that resources link to, as Partner Center writes them.
public enum ResourcePaths {
    /// `/customers/{c}`
    public static func customer(_ customerId: String) -> String { "/customers/\(customerId)" }
    /// `/customers/{c}/carts/{cart}`
    public static func cart(_ customerId: String, _ cartId: String) -> String { "/customers/\(customerId)/carts/\(cartId)" }
    /// `/customers/{c}/orders`
    public static func orders(_ customerId: String) -> String { "/customers/\(customerId)/orders" }
    /// `/customers/{c}/orders/{o}`
    public static func order(_ customerId: String, _ orderId: String) -> String { "/customers/\(customerId)/orders/\(orderId)" }
    /// `/customers/{c}/orders/{o}/provisioningstatus`
    public static func provisioningStatus(_ customerId: String, _ orderId: String) -> String {
        "/customers/\(customerId)/orders/\(orderId)/provisioningstatus"
    }
    /// `/customers/{c}/subscriptions`
    public static func subscriptions(_ customerId: String) -> String { "/customers/\(customerId)/subscriptions" }
    /// `/customers/{c}/subscriptions/{s}`
    public static func subscription(_ customerId: String, _ subscriptionId: String) -> String {
        "/customers/\(customerId)/subscriptions/\(subscriptionId)"
    }
    /// `/products/{p}?country=cc`
    public static func product(_ productId: String, country: String) -> String { "/products/\(productId)?country=\(country)" }
    /// `/products/{p}/skus?country=cc`
    public static func skus(_ productId: String, country: String) -> String { "/products/\(productId)/skus?country=\(country)" }
    /// `/products/{p}/skus/{s}?country=cc`
    public static func sku(_ productId: String, _ skuId: String, country: String) -> String {
        "/products/\(productId)/skus/\(skuId)?country=\(country)"
    }
    /// `/products/{p}/skus/{s}/availabilities?country=cc`
    public static func availabilities(_ productId: String, _ skuId: String, country: String) -> String {
        "/products/\(productId)/skus/\(skuId)/availabilities?country=\(country)"
    }
    /// `/products/{p}/skus/{s}/availabilities/{a}?country=cc`
    public static func availability(_ productId: String, _ skuId: String, _ availabilityId: String, country: String) -> String {
        "/products/\(productId)/skus/\(skuId)/availabilities/\(availabilityId)?country=\(country)"
    }
    /// `/offers/{o}?country=cc`
    public static func offer(_ offerId: String, country: String) -> String { "/offers/\(offerId)?country=\(country)" }
}
