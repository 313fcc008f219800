import CommerceCore
import Foundation
import PartnerCenterModels

/// A customer as stored: the resource plus the partner that owns it.
public struct CustomerRecord: Sendable, Equatable {
    /// The owning partner's tenant id.
    public var partnerId: String
    /// The customer resource.
    public var customer: Customer

    /// Creates a record.
    public init(partnerId: String, customer: Customer) {
        self.partnerId = partnerId
        self.customer = customer
    }

    /// The customer id.
    public var id: String { customer.id ?? "" }
    /// The customer's country, `US` when the billing profile names none.
    public var country: String { customer.billingProfile?.defaultAddress?.country?.uppercased() ?? "US" }
}

/// A cart as stored: the resource, its version for ETags, and its checkout state.
public struct CartRecord: Sendable, Equatable {
    /// The customer it belongs to.
    public var customerId: String
    /// The cart resource as last answered.
    public var cart: Cart
    /// Incremented on every write; the ETag.
    public var version: Int
    /// The order id made for each order group so far.
    public var orderedGroups: [String: String]

    /// Creates a record.
    public init(customerId: String, cart: Cart, version: Int = 1, orderedGroups: [String: String] = [:]) {
        self.customerId = customerId
        self.cart = cart
        self.version = version
        self.orderedGroups = orderedGroups
    }

    /// The cart id.
    public var id: String { cart.id ?? "" }
    /// The ETag value for this version.
    public var etag: String { "\"\(version)\"" }
}

/// What a checkout decision sees, read inside the checkout transaction.
public struct CheckoutSnapshot: Sendable {
    /// The stored cart.
    public var cart: CartRecord
    /// Purchase facts at this moment.
    public var facts: PurchaseFacts
}

/// What a checkout answers.
public enum CheckoutOutcome: Sendable {
    /// The cart was already fully ordered: the stored answer, byte for byte.
    case replay(Data)
    /// This call placed orders (or failed groups): every order for the cart so far, and this call's errors.
    case placed(CartCheckoutResult, body: Data)
}

/// Enough of a customer to authorise a customer-scoped request and pick its market.
public struct CustomerAccess: Sendable, Equatable {
    /// The customer id, lowercase.
    public var id: String
    /// The owning partner.
    public var partnerId: String
    /// The customer's country.
    public var country: String

    /// Creates an access record.
    public init(id: String, partnerId: String, country: String) {
        self.id = id
        self.partnerId = partnerId
        self.country = country
    }
}

/// A cart's stored JSON, sent as it is by `GET cart`.
public struct StoredCartBody: Sendable {
    /// The cart resource as last answered.
    public var body: Data
    /// When the cart expires.
    public var expiresAt: Date
    /// The ETag header value.
    public var etag: String
}

/// How many resources the store holds.
public struct StoreCounts: Sendable, Equatable {
    /// Customers.
    public var customers: Int
    /// Carts.
    public var carts: Int
    /// Orders.
    public var orders: Int
    /// Subscriptions.
    public var subscriptions: Int

    /// Creates counts.
    public init(customers: Int, carts: Int, orders: Int, subscriptions: Int) {
        self.customers = customers
        self.carts = carts
        self.orders = orders
        self.subscriptions = subscriptions
    }
}
