import CommerceStore
import Foundation
import PartnerCenterModels

/// A row of the customer list.
struct CustomerRow {
    let id: String
    let companyName: String
    let domain: String
    let country: String
    let href: String

    init(_ record: CustomerRecord) {
        id = record.id
        companyName = record.customer.companyProfile?.companyName ?? ""
        domain = record.customer.companyProfile?.domain ?? ""
        country = record.country
        href = DashboardPaths.customer(record.id)
    }
}

/// The start page of a signed-in partner: its customers.
struct CustomerListPage {
    let customers: [CustomerRow]
    let hasCustomers: Bool

    init(_ records: [CustomerRecord]) {
        customers = records.map(CustomerRow.init)
        hasCustomers = !customers.isEmpty
    }
}

/// One customer with its carts, orders and subscriptions.
struct CustomerPage {
    let id: String
    let domain: String
    let country: String
    let carts: [CartRow]
    let hasCarts: Bool
    let orders: [OrderRow]
    let hasOrders: Bool
    let subscriptions: [SubscriptionRow]
    let hasSubscriptions: Bool

    init(_ record: CustomerRecord, carts: [CartRecord], orders: [Order], subscriptions: [Subscription], now: Date) {
        id = record.id
        domain = record.customer.companyProfile?.domain ?? ""
        country = record.country
        self.carts = carts.map { CartRow($0, now: now) }
        hasCarts = !carts.isEmpty
        self.orders = orders.map { OrderRow($0, customerId: record.id) }
        hasOrders = !orders.isEmpty
        self.subscriptions = subscriptions.map { SubscriptionRow($0, customerId: record.id) }
        hasSubscriptions = !subscriptions.isEmpty
    }
}

/// A row of a customer's subscriptions; its HTML id (`subscription-<id>`) is what order pages link to.
struct SubscriptionRow {
    let id: String
    let friendlyName: String
    let offerId: String
    let quantity: String
    let status: String
    let billingCycle: String
    let termDuration: String
    let orderId: String
    let orderHref: String?

    init(_ subscription: Subscription, customerId: String) {
        id = subscription.id
        friendlyName = subscription.friendlyName ?? subscription.offerName ?? ""
        offerId = subscription.offerId ?? ""
        quantity = subscription.quantity.map(String.init) ?? ""
        status = subscription.status?.rawValue ?? ""
        billingCycle = subscription.billingCycle?.rawValue ?? ""
        termDuration = subscription.termDuration ?? ""
        orderId = subscription.orderId ?? ""
        orderHref = subscription.orderId.map { DashboardPaths.order(customer: customerId, id: $0) }
    }
}
