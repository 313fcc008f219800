import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

/// Partners (token `tid`s) the tests act for.
enum Partners {
    static let contoso = "11111111-aaaa-4aaa-8aaa-111111111111"
    static let fabrikam = "22222222-bbbb-4bbb-8bbb-222222222222"
}

/// Catalog item ids of the default catalog that the tests buy.
enum CatalogIds {
    static let businessBasic = "CFQ7TTC0LH18:0001:CFQ7TTC0K971"
    static let teamsRoomsLimited = "CFQ7TTC0QW5P:0001:CFQ7TTC0QW5R"
    static let teamsRoomsSkuKey = "CFQ7TTC0QW5P:0001"
    static let azureLegacy = "MS-AZR-0145P"
}

/// A fixed business time: 2024-06-01T12:00:00Z.
let checkoutTime = Date(timeIntervalSince1970: 1_717_243_200)

/// How long after checkout pending orders fall due.
let provisioningDelay: TimeInterval = 10

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("commerce-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of the database file inside the directory.
    var databasePath: String { url.appendingPathComponent("commerce.sqlite").path }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Runs `body` with a file-backed store in a fresh temporary directory, then removes the directory.
func withFileStore<T>(_ body: (SQLiteCommerceStore, TemporaryDirectory) async throws -> T) async throws -> T {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let store = try SQLiteCommerceStore(path: directory.databasePath)
    return try await body(store, directory)
}

/// An in-memory store.
func makeMemoryStore() throws -> SQLiteCommerceStore {
    try SQLiteCommerceStore(path: nil)
}

/// A customer record owned by `partner`, in `country`.
func customerRecord(partner: String = Partners.contoso, id: String = UUID().uuidString.lowercased(),
                    country: String = "US") -> CustomerRecord {
    CustomerRecord(partnerId: partner, customer: Customer(
        id: id, companyProfile: CustomerCompanyProfile(tenantId: id, domain: "contoso\(id.prefix(4)).onmicrosoft.com", companyName: "Contoso"),
        billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(country: country))))
}

/// A line item as a client sends it.
func lineItem(id: Int, _ catalogItemId: String, quantity: Int = 1, billingCycle: BillingCycle = .monthly,
              termDuration: String? = "P1Y", provisioningContext: [String: String]? = nil,
              renewsTo: RenewsTo? = nil) -> CartLineItem {
    CartLineItem(id: id, catalogItemId: catalogItemId, quantity: quantity, billingCycle: billingCycle,
                 termDuration: termDuration, provisioningContext: provisioningContext, renewsTo: renewsTo)
}

/// The Partner Center "Create a cart" seed: groups OMS-0, 0, 0, 0, 1, 2 (four orders; the legacy one completed at once).
let seedLineItems: [CartLineItem] = [
    lineItem(id: 0, CatalogIds.azureLegacy, termDuration: "P1Y"),
    lineItem(id: 1, "DZH318Z0BQ36:004G:DZH318Z08C0S", billingCycle: .oneTime, termDuration: "P1Y",
             provisioningContext: ["subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": "shared"]),
    lineItem(id: 2, "DZH318Z0BQ36:004J:DZH318Z08B8X", billingCycle: .oneTime, termDuration: "P3Y",
             provisioningContext: ["subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": "single"]),
    lineItem(id: 3, "DG7GMGF0DWTL:0001:DG7GMGF0DSFM", billingCycle: .oneTime, termDuration: nil),
    lineItem(id: 4, "DZH318Z0BXWC:0002:DZH318Z0BMRV", billingCycle: .monthly, termDuration: "P1M"),
    lineItem(id: 5, "DZH318Z0C0WF:0001:DZH318Z0BP69", quantity: 10, billingCycle: .none, termDuration: "P1M",
             renewsTo: RenewsTo(termDuration: "P1Y")),
]

/// The domain pieces the store tests drive the store with: the default catalog, cart composition, checkout
/// planning and provisioning, exactly as the server wires them.
struct Commerce: Sendable {
    let catalog: Catalog

    init() throws {
        catalog = try Catalog.defaultCatalog()
    }

    /// Stores a customer and a cart holding `items` (validated and grouped); returns the cart record as stored.
    @discardableResult
    func insertCart(_ items: [CartLineItem], for customer: CustomerRecord, in store: SQLiteCommerceStore,
                    insertingCustomer: Bool = true) async throws -> CartRecord {
        if insertingCustomer { try await store.insertCustomer(customer) }
        let facts = try await store.purchaseFacts(customerId: customer.id)
        let cartId = UUID().uuidString.lowercased()
        let stamp = CartComposer.Stamp(cartId: cartId, customerId: customer.id, user: "user-oid", createdAt: checkoutTime,
                                       now: checkoutTime, expiresAt: checkoutTime.addingTimeInterval(7 * 86_400))
        let cart = try CartComposer(catalog: catalog).compose(
            Cart(lineItems: items), stamp: stamp, context: context(customer, facts))
        let record = CartRecord(customerId: customer.id, cart: cart)
        try await store.insertCart(record)
        return try #require(try await store.cart(customerId: customer.id, id: cartId))
    }

    /// The purchase context of `customer` from stored facts.
    func context(_ customer: CustomerRecord, _ facts: PurchaseFacts) -> PurchaseContext {
        PurchaseContext(country: customer.country, facts: facts, catalog: catalog, sandboxLimits: nil)
    }

    /// Checks a cart out through the store with a real ``CheckoutPlanner``, as the checkout route does.
    func checkout(_ cartId: String, of customer: CustomerRecord, in store: SQLiteCommerceStore,
                  forcedGroupFailures: [String: OrderError] = [:]) async throws -> CheckoutOutcome {
        let planner = CheckoutPlanner(catalog: catalog)
        return try await store.checkout(customerId: customer.id, cartId: cartId, facts: { _ in everyFact }) { snapshot in
            try planner.plan(CheckoutPlanner.Input(
                cart: snapshot.cart.cart, customerId: customer.id, orderedGroups: Set(snapshot.cart.orderedGroups.keys),
                context: context(customer, snapshot.facts), now: checkoutTime, provisioningDelay: provisioningDelay,
                forcedGroupFailures: forcedGroupFailures))
        }
    }

    /// Provisions every order due at `now`, as the provisioning worker does.
    func provisionDue(in store: SQLiteCommerceStore, at now: Date = checkoutTime.addingTimeInterval(provisioningDelay)) async throws -> Int {
        let provisioner = Provisioner(catalog: catalog)
        return try await store.provisionDueOrders(now: now, limit: 100) { order, customerId in
            provisioner.provision(order, customerId: customerId, now: now)
        }
    }

    /// Places a direct order through the store with a real ``DirectOrderPlanner``.
    func placeDirectOrder(_ lines: [OrderLineItem], billingCycle: BillingCycle = .monthly, for customer: CustomerRecord,
                          in store: SQLiteCommerceStore) async throws -> Order {
        let planner = DirectOrderPlanner(catalog: catalog)
        let request = Order(lineItems: lines, billingCycle: billingCycle)
        return try await store.placeOrder(customerId: customer.id, query: everyFact) { facts in
            try planner.plan(request, customerId: customer.id, context: context(customer, facts), now: checkoutTime,
                             provisioningDelay: provisioningDelay)
        }
    }
}

/// A facts query asking for everything the default catalog can need: every SKU as a possible prerequisite,
/// every limited SKU's inventory, and the subscription count.
let everyFact: PurchaseFactsQuery = {
    guard let catalog = try? Catalog.defaultCatalog() else {
        return PurchaseFactsQuery(prerequisiteSkuKeys: [], inventorySkuKeys: [], countsSubscriptions: true)
    }
    var skuKeys = Set<String>()
    var limited = Set<String>()
    for product in catalog.document.products {
        for sku in product.skus {
            let key = "\(product.id):\(sku.id)".uppercased()
            skuKeys.insert(key)
            if sku.inventoryLimit != nil { limited.insert(key) }
        }
    }
    skuKeys.formUnion(catalog.document.offers.map { $0.id.uppercased() })
    return PurchaseFactsQuery(prerequisiteSkuKeys: skuKeys, inventorySkuKeys: limited, countsSubscriptions: true)
}()

extension SQLiteCommerceStore {
    /// Every fact about a customer (see ``everyFact``).
    func purchaseFacts(customerId: String) async throws -> PurchaseFacts {
        try await purchaseFacts(customerId: customerId, query: everyFact)
    }
}

extension CheckoutOutcome {
    /// The result and body of a checkout that placed orders, or `nil` for a replay.
    var placed: (result: CartCheckoutResult, body: Data)? {
        if case .placed(let result, let body) = self { return (result, body) }
        return nil
    }

    /// The stored body of a replayed checkout, or `nil` when this call placed orders.
    var replayed: Data? {
        if case .replay(let body) = self { return body }
        return nil
    }
}
