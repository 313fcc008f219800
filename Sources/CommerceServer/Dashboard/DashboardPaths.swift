import Foundation

/// The dashboard's own paths, with ids percent-encoded as path segments.
enum DashboardPaths {
    static func customer(_ id: String) -> String { "/dashboard/customers/\(escaped(id))" }
    static func cart(customer customerId: String, id: String) -> String { "\(customer(customerId))/carts/\(escaped(id))" }
    static func order(customer customerId: String, id: String) -> String { "\(customer(customerId))/orders/\(escaped(id))" }
    static func subscription(customer customerId: String, id: String) -> String {
        "\(customer(customerId))#subscription-\(escaped(id))"
    }

    private static func escaped(_ segment: String) -> String {
        segment.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
