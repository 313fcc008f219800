@testable import CommerceCore
import Foundation
import PartnerCenterModels
import Testing

/// Catalog item ids of the default catalog that the tests use (see docs/default-catalog.md).
enum CatalogIds {
    static let businessBasic = "CFQ7TTC0LH18:0001:CFQ7TTC0K971"
    static let microsoft365E3 = "CFQ7TTC0LFLX:0001:CFQ7TTC0K8P5"
    static let microsoft365E5 = "CFQ7TTC0LFLZ:0001:CFQ7TTC0K8P7"
    static let teamsPhoneAddon = "CFQ7TTC0LH1Q:0001:CFQ7TTC0K6F1"
    static let windows365Attested = "CFQ7TTC0J1FV:0001:CFQ7TTC0J2RB"
    static let teamsRoomsLimited = "CFQ7TTC0QW5P:0001:CFQ7TTC0QW5R"
    static let teamsRoomsSkuKey = "CFQ7TTC0QW5P:0001"
    static let educationOnly = "CFQ7TTC0LF9J:0001:CFQ7TTC0K7TX"
    static let usOnly = "CFQ7TTC0LGZT:0001:CFQ7TTC0K6D2"
    static let reservationOneYear = "DZH318Z0BQ36:004G:DZH318Z08C0S"
    static let reservationThreeYears = "DZH318Z0BQ36:004J:DZH318Z08B8X"
    static let perpetualSqlServer = "DG7GMGF0DWTL:0001:DG7GMGF0DSFM"
    static let saasBarracuda = "DZH318Z0BXWC:0002:DZH318Z0BMRV"
    static let saasTrial = "DZH318Z0C0WF:0001:DZH318Z0BP69"
    static let azureLegacy = "MS-AZR-0145P"
    static let legacyE1 = "91FD106F-4B2C-4938-95AC-F54F74E9A239"
    static let retiredLegacyE3 = "796B6B5F-613C-4E24-A17C-EBA730D49C02"
}

/// A fixed business time, so that dates in assertions are exact.
let fixedNow = Date(timeIntervalSince1970: 1_717_243_200) // 2024-06-01T12:00:00Z

/// A line item as a client sends it, with the defaults of a one-year, monthly-billed licence.
func lineItem(
    id: Int? = 0, _ catalogItemId: String?, quantity: Int? = 1, billingCycle: BillingCycle? = .monthly,
    termDuration: String? = "P1Y", currencyCode: String? = nil, provisioningContext: [String: String]? = nil,
    renewsTo: RenewsTo? = nil, participants: [Participant]? = nil, attestationAccepted: Bool? = nil,
    friendlyName: String? = nil, addonItems: [CartLineItem]? = nil
) -> CartLineItem {
    CartLineItem(
        id: id, catalogItemId: catalogItemId, friendlyName: friendlyName, quantity: quantity, currencyCode: currencyCode,
        billingCycle: billingCycle, termDuration: termDuration, participants: participants,
        provisioningContext: provisioningContext, addonItems: addonItems, renewsTo: renewsTo,
        attestationAccepted: attestationAccepted)
}

/// The Partner Center "Create a cart" seed request, as in Tests/CommerceServerTests/Fixtures/seed-create-cart.json
/// (comments and all): Azure plan monthly; two reservations and perpetual software one_time; SaaS monthly;
/// SaaS trial none.
let seedCreateCartJSON = """
{
  "lineItems": [
    {
    /* Microsoft Azure Subscription */
      "id": 0,
      "catalogItemId": "MS-AZR-0145P",
      "quantity": 1,
      "billingCycle": "monthly",
      "termDuration": "P1Y"
    },
    {
    /* Azure Reserved Instance */
      "id": 1,
      "catalogItemId": "DZH318Z0BQ36:004G:DZH318Z08C0S",
      "quantity": 1,
      "billingCycle": "one_time",
      "termDuration": "P1Y",
      "provisioningContext": {
        "subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8",
        "scope": "shared"
      }
    },
    {
    /* Azure Reserved Instance */
      "id": 2,
      "catalogItemId": "DZH318Z0BQ36:004J:DZH318Z08B8X",
      "quantity": 1,
      "billingCycle": "one_time",
      "termDuration": "P3Y",
      "provisioningContext": {
        "subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8",
        "scope": "single"
      }
    },
    {
    /* Perpetual Software */
      "id": 3,
      "catalogItemId": "DG7GMGF0DWTL:0001:DG7GMGF0DSFM",
      "quantity": 1,
      "billingCycle": "one_time"
    },
    {
    /* SaaS */
      "id": 4,
      "catalogItemId": "DZH318Z0BXWC:0002:DZH318Z0BMRV",
      "quantity": 1,
      "billingCycle": "monthly",
      "termDuration": "P1M"
    },
  {
    /* SaaS Free Trial */
       "id": 5,
       "catalogItemId": "DZH318Z0C0WF:0001:DZH318Z0BP69",
       "quantity": 10,
       "billingCycle": "none",
       "termDuration": "P1M",
       "renewsTo": {
         "termDuration": "P1Y"
       }
    }
  ]
}
"""

/// The seed request decoded the way the server decodes bodies.
func seedCartRequest() throws -> Cart {
    try TolerantJSONDecoder().decode(Cart.self, from: Data(seedCreateCartJSON.utf8))
}

/// Validation and grouping as cart creation does them, over the default catalog.
struct CartHarness {
    let catalog: Catalog

    init() throws {
        catalog = try Catalog.defaultCatalog()
    }

    /// Validates and groups line items for a customer in `country` (US by default).
    func check(_ items: [CartLineItem], context: PurchaseContext = PurchaseContext(country: "US")) -> [CartLineItem] {
        OrderGrouping(catalog: catalog).assignGroups(CartLineItemValidator(catalog: catalog).validate(items, context: context))
    }

    /// Validates one line item and returns it as validation left it.
    func checkOne(_ item: CartLineItem, context: PurchaseContext = PurchaseContext(country: "US")) throws -> CartLineItem {
        try #require(check([item], context: context).first)
    }

    /// Validates one line item that must fail, and returns its error.
    func error(of item: CartLineItem, context: PurchaseContext = PurchaseContext(country: "US")) throws -> CartError {
        let checked = try checkOne(item, context: context)
        #expect(checked.orderGroup == nil, "an item with an error must get no orderGroup")
        #expect(checked.pricing == nil, "an item with an error must carry no pricing")
        return try #require(checked.error, "expected a line-item error for \(item.catalogItemId ?? "nil")")
    }

    /// The seed cart's line items, validated and grouped.
    func seedCart(context: PurchaseContext = PurchaseContext(country: "US")) throws -> [CartLineItem] {
        let items = try CartRequestValidator().normalizedLineItems(of: seedCartRequest())
        return check(items, context: context)
    }

    /// A stored cart (as CartComposer makes it) for `items`.
    func composedCart(_ items: [CartLineItem], customerId: String = "a1b2c3d4-0000-4000-8000-000000000001",
                      context: PurchaseContext = PurchaseContext(country: "US")) throws -> Cart {
        let stamp = CartComposer.Stamp(
            cartId: ResourceIdentifiers.guid(), customerId: customerId, user: "user-oid", createdAt: fixedNow,
            now: fixedNow, expiresAt: fixedNow.addingTimeInterval(7 * 86_400))
        return try CartComposer(catalog: catalog).compose(Cart(lineItems: items), stamp: stamp, context: context)
    }
}

extension JSONValue {
    /// The integer held by a JSON number, for assertions on `additionalInformation`.
    var intValue: Int? { numberValue?.integerValue(as: Int.self) }
}

/// The customer the checkout tests buy for.
let testCustomerId = "a1b2c3d4-0000-4000-8000-000000000001"

extension CartHarness {
    /// The seed cart as the server stores it after creation.
    func composedSeedCart(context: PurchaseContext = PurchaseContext(country: "US")) throws -> Cart {
        try composedCart(try #require(try seedCartRequest().lineItems), context: context)
    }

    /// Plans a checkout of `cart` at ``fixedNow`` with a 10-second provisioning delay.
    func plan(_ cart: Cart, orderedGroups: Set<String> = [], context: PurchaseContext = PurchaseContext(country: "US"),
              forcedGroupFailures: [String: OrderError] = [:]) throws -> CheckoutPlanner.Plan {
        try CheckoutPlanner(catalog: catalog).plan(CheckoutPlanner.Input(
            cart: cart, customerId: testCustomerId, orderedGroups: orderedGroups, context: context, now: fixedNow,
            provisioningDelay: 10, forcedGroupFailures: forcedGroupFailures))
    }
}

/// Whether `text` is a modern order id: 33 URL-safe characters.
func isModernOrderId(_ text: String?) -> Bool {
    guard let text, text.count == 33 else { return false }
    return text.unicodeScalars.allSatisfy { scalar in
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
    }
}

/// Whether `text` is 12 lowercase hexadecimal digits.
func isTwelveHexDigits(_ text: String?) -> Bool {
    guard let text, text.count == 12 else { return false }
    return text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
}
