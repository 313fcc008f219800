import CommerceStore
import Foundation
import PartnerCenterModels

/// A row of a customer's carts.
struct CartRow {
    let id: String
    let href: String
    let status: String
    let expiry: String
    let lineItemCount: Int
    let errorCount: Int
    let hasErrors: Bool
    let lastModifiedUser: String

    init(_ record: CartRecord, now: Date) {
        id = record.id
        href = DashboardPaths.cart(customer: record.customerId, id: record.id)
        status = record.cart.status?.rawValue ?? ""
        expiry = record.cart.status == .ordered ? "ordered" : DashboardText.timeToExpiry(record.cart.expirationTimestamp, now: now)
        lineItemCount = record.cart.lineItems?.count ?? 0
        errorCount = record.cart.lineItems?.filter { $0.error != nil }.count ?? 0
        hasErrors = errorCount > 0
        lastModifiedUser = record.cart.lastModifiedUser ?? ""
    }
}

/// One cart: its line items (those with errors marked) and its order groups with the orders made for them.
struct CartPage {
    let customerName: String
    let customerHref: String
    let id: String
    let status: String
    let creationTimestamp: String
    let lastModifiedTimestamp: String
    let lastModifiedUser: String
    let expiry: String
    let lineItems: [CartLineItemRow]
    let orderGroups: [OrderGroupRow]
    let hasOrderGroups: Bool

    init(_ record: CartRecord, customer: CustomerRecord, now: Date) {
        let cart = record.cart
        customerName = customer.customer.companyProfile?.companyName ?? customer.id
        customerHref = DashboardPaths.customer(customer.id)
        id = record.id
        status = cart.status?.rawValue ?? ""
        creationTimestamp = DashboardText.timestamp(cart.creationTimestamp)
        lastModifiedTimestamp = DashboardText.timestamp(cart.lastModifiedTimestamp)
        lastModifiedUser = cart.lastModifiedUser ?? ""
        let expiresAt = DashboardText.timestamp(cart.expirationTimestamp)
        expiry = "\(expiresAt) (\(DashboardText.timeToExpiry(cart.expirationTimestamp, now: now)))"
        let items = cart.lineItems ?? []
        lineItems = items.map(CartLineItemRow.init)
        var groups: [String] = []
        for group in items.compactMap(\.orderGroup) where !groups.contains(group) { groups.append(group) }
        orderGroups = groups.map { group in
            OrderGroupRow(name: group,
                          lineItemIds: items.filter { $0.orderGroup == group }.map { $0.id.map(String.init) ?? "?" }
                              .joined(separator: ", "),
                          orderId: record.orderedGroups[group], customerId: customer.id)
        }
        hasOrderGroups = !orderGroups.isEmpty
    }
}

/// A line item of a cart; `error` is set when validation refused it.
struct CartLineItemRow {
    let id: String
    let catalogItemId: String
    let friendlyName: String
    let quantity: String
    let billingCycle: String
    let termDuration: String
    let orderGroup: String
    let error: CartError?

    init(_ item: CartLineItem) {
        id = item.id.map(String.init) ?? ""
        catalogItemId = item.catalogItemId ?? ""
        friendlyName = item.friendlyName ?? ""
        quantity = item.quantity.map(String.init) ?? ""
        billingCycle = item.billingCycle?.rawValue ?? ""
        termDuration = item.termDuration ?? ""
        orderGroup = item.orderGroup ?? ""
        error = item.error
    }
}

/// An order group of a cart and the order checkout made for it, if any yet.
struct OrderGroupRow {
    let name: String
    let lineItemIds: String
    let orderId: String?
    let orderHref: String?

    init(name: String, lineItemIds: String, orderId: String?, customerId: String) {
        self.name = name
        self.lineItemIds = lineItemIds
        self.orderId = orderId
        orderHref = orderId.map { DashboardPaths.order(customer: customerId, id: $0) }
    }
}
