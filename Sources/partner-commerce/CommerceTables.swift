import Foundation
import PartnerCenter

/// Tables for customers, carts, orders and subscriptions.
enum CommerceTables {
    static func customers(_ customers: [Customer]) -> String {
        var table = TextTable("ID", "COMPANY", "DOMAIN", "COUNTRY")
        for customer in customers {
            table.add(customer.id ?? "", customer.companyProfile?.companyName ?? "", customer.companyProfile?.domain ?? "",
                      customer.billingProfile?.defaultAddress?.country ?? "")
        }
        return table.rendered
    }

    static func cart(_ cart: Cart) -> String {
        let heading = "Cart \(cart.id ?? "?")  \(cart.status?.rawValue ?? "")  expires \(timestamp(cart.expirationTimestamp))"
        var table = TextTable("ID", "CATALOG ITEM", "QTY", "BILLING", "TERM", "GROUP", "PRICE", "STATUS")
        for item in cart.lineItems ?? [] {
            let status = item.error.map { "error \($0.errorCode): \($0.errorDescription)" } ?? "ok"
            table.add(item.id.map(String.init) ?? "", item.catalogItemId ?? "", item.quantity.map(String.init) ?? "",
                      item.billingCycle?.rawValue ?? "", item.termDuration ?? "", item.orderGroup ?? "",
                      money(item.pricing?.extendedPrice, item.currencyCode), status)
        }
        return heading + "\n" + table.rendered
    }

    static func checkout(_ result: CartCheckoutResult) -> String {
        var text = orders(result.orders)
        if !result.orderErrors.isEmpty {
            var errors = TextTable("ORDER GROUP", "CODE", "DESCRIPTION")
            for error in result.orderErrors { errors.add(error.orderGroupId, String(error.code), error.description) }
            text += "\n\nNot ordered:\n" + errors.rendered
        }
        return text
    }

    static func orders(_ orders: [Order]) -> String {
        var table = TextTable("ORDER ID", "STATUS", "BILLING", "ITEMS", "TOTAL", "CREATED")
        for order in orders {
            table.add(order.id ?? "", order.status?.rawValue ?? "", order.billingCycle?.rawValue ?? "",
                      String(order.lineItems?.count ?? 0), money(order.totalPrice, order.currencyCode),
                      timestamp(order.creationDate))
        }
        return table.rendered
    }

    static func order(_ order: Order) -> String {
        var heading = "Order \(order.id ?? "?")  \(order.status?.rawValue ?? "")  \(order.billingCycle?.rawValue ?? "")"
        if let total = order.totalPrice { heading += "  total \(money(total, order.currencyCode))" }
        var table = TextTable("#", "OFFER", "NAME", "QTY", "TERM", "SUBSCRIPTION")
        for item in order.lineItems ?? [] {
            table.add(item.lineItemNumber.map(String.init) ?? "", item.offerId ?? "", item.friendlyName ?? "",
                      item.quantity.map(String.init) ?? "", item.termDuration ?? "", item.subscriptionId ?? "")
        }
        return heading + "\n" + table.rendered
    }

    static func subscriptions(_ subscriptions: [Subscription]) -> String {
        var table = TextTable("ID", "OFFER", "NAME", "QTY", "STATUS", "BILLING", "TERM", "ORDER")
        for subscription in subscriptions {
            table.add(subscription.id, subscription.offerId ?? "", subscription.friendlyName ?? "",
                      subscription.quantity.map(String.init) ?? "", subscription.status?.rawValue ?? "",
                      subscription.billingCycle?.rawValue ?? "", subscription.termDuration ?? "", subscription.orderId ?? "")
        }
        return table.rendered
    }

    private static func timestamp(_ date: Date?) -> String {
        date.map { PartnerTimestamp($0).description } ?? ""
    }

    static func money(_ amount: Double?, _ currency: String?) -> String {
        guard let amount else { return "" }
        return String(format: "%.2f", amount) + (currency.map { " " + $0 } ?? "")
    }
}
