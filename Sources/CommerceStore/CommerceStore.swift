import CommerceCore
import Foundation
import PartnerCenterModels

/// Where PartnerCommerce keeps its data. Every method is one transaction: it either happens whole or not at
/// all, and it returns only after the transaction is durably committed.
///
/// Business decisions stay in CommerceCore: where a write depends on data read in the same transaction
/// (checkout, direct orders, provisioning), the caller passes the decision in as a closure, and the store
/// calls it with what it read, inside the transaction.
public protocol CommerceStore: Sendable {
    // MARK: Customers

    /// Stores a new customer. Throws ``StoreError/duplicate`` when the id is taken (by any partner).
    func insertCustomer(_ record: CustomerRecord) async throws
    /// The partner's customer with this id, or `nil` (also when another partner owns it).
    func customer(partner: String, id: String) async throws -> CustomerRecord?
    /// Whether the partner has this customer, and its country, without reading the whole resource: the check
    /// every customer-scoped route makes first.
    func customerAccess(partner: String, id: String) async throws -> CustomerAccess?
    /// The partner's customers in creation order.
    func customers(partner: String) async throws -> [CustomerRecord]
    /// How many customers the partner has.
    func customerCount(partner: String) async throws -> Int
    /// Deletes the partner's customer and everything under it; `false` when there was none.
    func deleteCustomer(partner: String, id: String) async throws -> Bool

    // MARK: Carts

    /// What validation needs to know about a customer, as far as `query` asks: owned SKUs, subscription count,
    /// inventory taken.
    func purchaseFacts(customerId: String, query: PurchaseFactsQuery) async throws -> PurchaseFacts
    /// Stores a new cart whose answer (the cart with its ETag, compact JSON with sorted keys) is `body`: the
    /// route has encoded it to answer already, and need not encode it twice.
    func insertCart(_ record: CartRecord, body: Data) async throws
    /// The customer's cart with this id, or `nil`.
    func cart(customerId: String, id: String) async throws -> CartRecord?
    /// The customer's carts in creation order, active, ordered and expired alike, for listing (the dashboard).
    /// Partner Center has no route that lists carts, so no partner route calls this.
    func carts(customerId: String) async throws -> [CartRecord]
    /// The stored answer for a cart, as bytes, with its expiry and ETag: what `GET cart` sends.
    func cartBody(customerId: String, id: String) async throws -> StoredCartBody?
    /// Replaces an active cart's line items. `decide` gets the stored cart and returns the new one; the store
    /// refuses (via `decide`) carts that are ordered, and returns `nil` when the cart does not exist.
    func updateCart(
        customerId: String, id: String, decide: @escaping @Sendable (CartRecord) throws -> Cart
    ) async throws -> CartRecord?

    // MARK: Checkout and orders

    /// Checks a cart out in one transaction. `decide` gets the stored cart, its already-ordered groups and
    /// the purchase facts that `facts` asks for given the stored cart, and returns the plan; the store writes orders, subscriptions, inventory and the
    /// cart's new state. Throws `CommerceError.cartBeingCheckedOut` when another checkout of the cart is in
    /// flight, and `CommerceError.cartNotFound` when there is no such cart.
    func checkout(
        customerId: String, cartId: String, facts: @escaping @Sendable (Cart) -> PurchaseFactsQuery,
        decide: @escaping @Sendable (CheckoutSnapshot) throws -> CheckoutPlanner.Plan
    ) async throws -> CheckoutOutcome
    /// Places a direct order: `decide` gets the purchase facts `query` asks for and returns the order to store.
    func placeOrder(
        customerId: String, query: PurchaseFactsQuery,
        decide: @escaping @Sendable (PurchaseFacts) throws -> OrderFactory.PlacedOrder
    ) async throws -> Order
    /// The customer's order with this id, or `nil`.
    func order(customerId: String, id: String) async throws -> Order?
    /// The stored bodies (the orders as answered, compact JSON with sorted keys) of the customer's orders in
    /// creation order, optionally only those of one billing cycle.
    func orderBodies(customerId: String, billingCycle: BillingCycle?) async throws -> [Data]
    /// Cancels an order: `decide` gets the stored order and returns the cancelled one (or throws); the
    /// order's subscriptions become `deleted`. Returns `nil` when there is no such order.
    func cancelOrder(customerId: String, id: String, decide: @escaping @Sendable (Order) throws -> Order) async throws -> Order?

    // MARK: Subscriptions

    /// The customer's subscriptions, optionally only those made by one order.
    func subscriptions(customerId: String, orderId: String?) async throws -> [Subscription]
    /// The customer's subscription with this id, or `nil`.
    func subscription(customerId: String, id: String) async throws -> Subscription?

    // MARK: Provisioning

    /// Provisions up to `limit` pending orders due at `now`: `provision` turns each into its completed form
    /// and subscriptions, which are stored in the same transaction. Returns how many were provisioned.
    func provisionDueOrders(
        now: Date, limit: Int, provision: @escaping @Sendable (Order, String) -> (Order, [Subscription])
    ) async throws -> Int
    /// When the next pending order becomes due, if any.
    func nextProvisioningDue() async throws -> Date?

    /// How many resources the store holds, across all partners (for metrics and checks).
    func counts() async throws -> StoreCounts

    // MARK: Idempotency

    /// What the store knows of a partner's `MS-RequestId`.
    func idempotencyRecord(partnerId: String, requestId: String) async throws -> IdempotencyRecord?
    /// Records the answer sent for a request id (creating the record when the request wrote nothing).
    func recordIdempotentAnswer(_ claim: IdempotencyClaim, status: Int, body: Data, etag: String?) async throws
    /// Forgets request ids first seen before `cutoff`; returns how many.
    func purgeIdempotencyRecords(before cutoff: Date) async throws -> Int

    // MARK: Operator

    /// The catalog an operator imported, as the bytes ``storeCatalog(_:)`` was given; `nil` while the default
    /// catalog is in force.
    func storedCatalog() async throws -> Data?
    /// Keeps an imported catalog (a `CatalogDocument` as JSON) so that it is in force after a restart; it
    /// replaces any catalog stored before.
    func storeCatalog(_ document: Data) async throws
    /// Deletes everything, in one transaction: every partner's customers and what hangs under them, request
    /// ids, inventory taken, and the stored catalog (so the default is in force again).
    func resetAll() async throws
}

extension CommerceStore {
    /// The customer's orders in creation order, optionally only those of one billing cycle.
    public func orders(customerId: String, billingCycle: BillingCycle?) async throws -> [Order] {
        try await orderBodies(customerId: customerId, billingCycle: billingCycle)
            .map { try StoredJSON.decode(Order.self, from: $0, what: "order") }
    }

    /// Stores a new cart, encoding its body.
    public func insertCart(_ record: CartRecord) async throws {
        try await insertCart(record, body: try StoredJSON.encode(record.cart.withETag(version: record.version)))
    }
}

/// A failure of the store itself, as opposed to a business refusal.
public enum StoreError: Error, Sendable, Equatable {
    /// A record with this id exists already.
    case duplicate(String)
    /// Stored data could not be read back.
    case corrupt(String)
}
