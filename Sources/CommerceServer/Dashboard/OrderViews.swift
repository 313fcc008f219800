import CommerceStore
import Foundation
import PartnerCenterModels

/// A row of a customer's orders.
struct OrderRow {
    let id: String
    let href: String
    let status: String
    let billingCycle: String
    let creationDate: String
    let lineItemCount: Int
    let totalPrice: String

    init(_ order: Order, customerId: String) {
        id = order.id ?? ""
        href = DashboardPaths.order(customer: customerId, id: order.id ?? "")
        status = order.status?.rawValue ?? ""
        billingCycle = order.billingCycle?.rawValue ?? ""
        creationDate = DashboardText.timestamp(order.creationDate)
        lineItemCount = order.lineItems?.count ?? 0
        totalPrice = DashboardText.amount(order.totalPrice, currency: order.currencyCode)
    }
}

/// One order with its line items, each linking to the subscription provisioning made for it.
struct OrderPage {
    let customerName: String
    let customerHref: String
    let id: String
    let alternateId: String
    let status: String
    let billingCycle: String
    let creationDate: String
    let totalPrice: String
    let lineItems: [OrderLineItemRow]

    init(_ order: Order, customer: CustomerRecord) {
        customerName = customer.customer.companyProfile?.companyName ?? customer.id
        customerHref = DashboardPaths.customer(customer.id)
        let row = OrderRow(order, customerId: customer.id)
        id = row.id
        alternateId = order.alternateId ?? ""
        status = row.status
        billingCycle = row.billingCycle
        creationDate = row.creationDate
        totalPrice = row.totalPrice
        lineItems = (order.lineItems ?? []).map { OrderLineItemRow($0, customerId: customer.id) }
    }
}

/// A line item of an order.
struct OrderLineItemRow {
    let lineItemNumber: String
    let offerId: String
    let friendlyName: String
    let quantity: String
    let termDuration: String
    let subscriptionId: String
    let subscriptionHref: String?

    init(_ item: OrderLineItem, customerId: String) {
        lineItemNumber = item.lineItemNumber.map(String.init) ?? ""
        offerId = item.offerId ?? ""
        friendlyName = item.friendlyName ?? ""
        quantity = item.quantity.map(String.init) ?? ""
        termDuration = item.termDuration ?? ""
        subscriptionId = item.subscriptionId ?? ""
        subscriptionHref = item.subscriptionId.map { DashboardPaths.subscription(customer: customerId, id: $0) }
    }
}
