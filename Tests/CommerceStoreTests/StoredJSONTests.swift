@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

/// Stored bodies are read with the tolerant decoder; it must give the values Foundation's `JSONDecoder`
/// (configured as the store used to configure it) gives for everything the store writes.
@Suite("Stored JSON")
struct StoredJSONTests {
    /// Foundation's decoder as the store configured it before.
    private static func foundationDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = PartnerTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad timestamp \(text)")
            }
            return date
        }
        return decoder
    }

    /// Encodes `value` as the store does and checks that both decoders read back the same value; returns it.
    @discardableResult
    private func expectSameValues<T: Codable & Equatable>(
        _ value: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> T {
        let body = try StoredJSON.encode(value)
        let viaFoundation = try Self.foundationDecoder().decode(T.self, from: body)
        let viaStore = try StoredJSON.decode(T.self, from: body, what: "value")
        #expect(viaStore == viaFoundation, "\(String(decoding: body, as: UTF8.self))", sourceLocation: sourceLocation)
        return viaStore
    }

    @Test(arguments: StoredValues.orders)
    func readsOrdersAsFoundationDoes(order: StoredValues.Sample<Order>) throws {
        let read = try expectSameValues(order.value)
        #expect(read.lineItems?.count == order.value.lineItems?.count)
    }

    @Test(arguments: StoredValues.carts)
    func readsCartsAsFoundationDoes(cart: StoredValues.Sample<Cart>) throws {
        let read = try expectSameValues(cart.value)
        #expect(read.lineItems?.count == cart.value.lineItems?.count)
    }

    @Test(arguments: StoredValues.subscriptions)
    func readsSubscriptionsAsFoundationDoes(subscription: StoredValues.Sample<Subscription>) throws {
        #expect(try expectSameValues(subscription.value).id == subscription.value.id)
    }

    @Test func readsCustomersAndGroupsAsFoundationDoes() throws {
        try expectSameValues(Customer(
            id: "c0ffee00-0000-4000-8000-000000000001",
            companyProfile: CustomerCompanyProfile(tenantId: "t", domain: "contoso.onmicrosoft.com", companyName: "Contoso \"Ltd\" ☃"),
            billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(
                country: "DE", city: "München", addressLine1: "Straße 1\n2. OG", postalCode: "80331")),
            links: SelfLinks(self: Link(uri: "/customers/c0ffee00")), attributes: ResourceAttributes(objectType: "Customer")))
        try expectSameValues(Customer(id: nil, companyProfile: nil, billingProfile: nil))
        try expectSameValues(["0": "a3c5e7f9b1d3", "OMS-0": "b", "1": "", "é": "\u{1F600}", "Scope": "x", "scope": "y"])
        try expectSameValues([String: String]())
    }

    @Test func seesADifferenceWhereThereIsOne() throws {
        // The comparison above is not vacuous: a changed value is read as a different one by both decoders.
        let order = StoredValues.orders[0].value
        var changed = order
        changed.lineItems?[0].pricing?.extendedPrice = 495.01
        let body = try StoredJSON.encode(changed)
        #expect(try StoredJSON.decode(Order.self, from: body, what: "order") != order)
        #expect(try Self.foundationDecoder().decode(Order.self, from: body) != order)
        #expect(try StoredJSON.decode(Order.self, from: body, what: "order") == changed)
    }

    @Test func reportsUnreadableBodiesAsCorrupt() {
        let error = #expect(throws: StoreError.self) {
            try StoredJSON.decode(Order.self, from: Data(#"{"lineItems":{}}"#.utf8), what: "order 42")
        }
        guard case .corrupt(let message)? = error else {
            Issue.record("expected StoreError.corrupt, got \(String(describing: error))")
            return
        }
        #expect(message == "order 42: lineItems: expected an array, found object")
        #expect(throws: StoreError.self) { try StoredJSON.decode(Order.self, from: Data("{".utf8), what: "order") }
    }
}

/// Values shaped like the ones the store writes, with every optional set, none set, and awkward content.
enum StoredValues {
    /// A value with a short name to show for it in test results.
    struct Sample<Value: Sendable>: Sendable, CustomTestStringConvertible {
        var name: String
        var value: Value
        var testDescription: String { name }
    }

    /// Seven fractional digits, before and after 1970, and far ahead.
    static let dates = [
        Date(timeIntervalSince1970: 1_717_243_200.1234567), Date(timeIntervalSince1970: -86_400.0000001),
        Date(timeIntervalSinceReferenceDate: 0), Date(timeIntervalSince1970: 253_402_300_799.9999999),
    ]

    static let prices: [Double] = [
        0, 0.1, 19.8, 1e-7, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 123_456_789.123, 1.0 / 3, -2.5, 1e21,
    ]

    static let texts = [
        "plain", "", "quote \" backslash \\ slash /", "tab\tnew\nline\rreturn", "control \u{1} \u{1F}",
        "ünïcödé ☃ 日本語", "emoji 😀👍🏽", "e\u{301} vs \u{E9}", "\u{2028}\u{2029}", "null",
    ]

    static func link(_ uri: String, method: String = "GET", headers: [LinkHeader] = []) -> Link {
        Link(uri: uri, method: method, headers: headers)
    }

    static func orderLine(_ number: Int, text: String, price: Double) -> OrderLineItem {
        var line = OrderLineItem(
            lineItemNumber: number, offerId: "CFQ7TTC0LH18:0001:CFQ7TTC0K5T1", subscriptionId: "sub-\(number)",
            termDuration: "P1Y", renewsTo: RenewsTo(termDuration: "P3Y"), transactionType: "New", friendlyName: text,
            quantity: number == 0 ? Int.max : 25,
            pricing: Pricing(listPrice: price, discountedPrice: -price, proratedPrice: 0, price: price, extendedPrice: 495),
            provisioningContext: ["subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": text, "Scope": "x"],
            attestationAccepted: number.isMultiple(of: 2), promotionId: "39NFJQT1Q5KC:0001:39NFJQT1Q5KV",
            links: OrderLineItemLinks(
                subscription: link("/customers/c/subscriptions/s"), product: link("/products/CFQ7TTC0LH18?country=US"),
                sku: link("/products/CFQ7TTC0LH18/skus/0001?country=US"),
                availability: link("/products/CFQ7TTC0LH18/skus/0001/availabilities/CFQ7TTC0K5T1?country=US"),
                provisioningStatus: link("/customers/c/orders/o/provisioningstatus", method: "GET",
                                         headers: [LinkHeader(key: "MS-Contract-Version", value: text)])))
        line.parentSubscriptionId = "parent-\(number)"
        line.partnerIdOnRecord = "5357564"
        return line
    }

    static let orders: [Sample<Order>] = {
        var orders = zip(dates, texts).enumerated().map { index, pair in
            var order = Order(
                id: "a3c5e7f9b1d\(index)", alternateId: "b4d6f8a0c2e4", referenceCustomerId: "4f2a9c3e-8b1d-4e6f-9a7c-2d5e8f1b3a60",
                billingCycle: [.monthly, .annual, .oneTime, BillingCycle.none][index % 4], currencyCode: "EUR", currencySymbol: "€",
                lineItems: (0..<3).map { orderLine($0, text: texts[($0 + index) % texts.count], price: prices[($0 + index) % prices.count]) },
                creationDate: pair.0, status: [.pending, .completed, .cancelled, .pendingPOUpload][index % 4],
                transactionType: "UserPurchase", totalPrice: prices[index % prices.count],
                links: OrderLinks(self: link("/customers/c/orders/o"), provisioningStatus: link("/customers/c/orders/o/provisioningstatus"),
                                  patchOperation: link("/customers/c/orders/o", method: "PATCH")))
            order.partnerOnRecordAttestationAccepted = index.isMultiple(of: 2)
            order.attributes = ResourceAttributes(objectType: "Order", etag: pair.1)
            return Sample(name: "order \(index), every field set", value: order)
        }
        orders.append(Sample(name: "no line items", value: Order(lineItems: [])))
        orders.append(Sample(name: "an empty line item", value: Order(lineItems: [OrderLineItem(lineItemNumber: nil, offerId: nil, quantity: nil)])))
        orders.append(Sample(name: "no fields but attributes", value: Order(
            id: nil, alternateId: nil, referenceCustomerId: nil, billingCycle: nil, currencyCode: nil, currencySymbol: nil,
            lineItems: nil, creationDate: nil, status: nil, transactionType: nil, totalPrice: nil, links: nil)))
        return orders
    }()

    static let carts: [Sample<Cart>] = {
        let error = CartError(errorCode: 800_050, errorDescription: "Quantity \"0\" is below the minimum.", additionalInformation: [
            "minimum": 1, "ratio": 1.5, "big": .number(JSONNumber(UInt64.max)), "negative": -9_223_372_036_854_775_808 as JSONValue,
            "flag": true, "none": nil, "text": "☃ \"quoted\"", "list": [1, "two", [3.25], ["four": 4]],
            "nested": ["a": ["b": ["c": []]]],
        ])
        let full = CartLineItem(
            id: 0, catalogItemId: "DZH318Z0BQ36:004G:DZH318Z08C0S", friendlyName: texts[5], quantity: 3, currencyCode: "USD",
            billingCycle: .oneTime, termDuration: "P1Y",
            participants: [Participant(key: .transactionReseller, value: "5357564"), Participant(rawKey: "Unknown Role", value: nil)],
            provisioningContext: ["subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": "shared"], orderGroup: "OMS-0",
            addonItems: [CartLineItem(id: 7, catalogItemId: "addon", quantity: 1, billingCycle: .monthly, customTermEndDate: dates[1])],
            renewsTo: RenewsTo(termDuration: "P1Y"), error: error, customTermEndDate: dates[0], attestationAccepted: true,
            promotionId: "promo", pricing: Pricing(listPrice: 0.1, discountedPrice: nil, proratedPrice: 1e-7, price: 19.8, extendedPrice: 59.4))
        let bare = CartLineItem(catalogItemId: nil, quantity: nil, billingCycle: nil)
        let odd = CartLineItem(id: -1, catalogItemId: texts[2], friendlyName: texts[4], quantity: 0, billingCycle: .unknown,
                               termDuration: texts[8], error: CartError(errorCode: 0, errorDescription: ""))
        return dates.indices.map { index in
            Sample(name: "cart \(index), every field set", value: Cart(id: "cart-\(index)", creationTimestamp: dates[index], lastModifiedTimestamp: dates[(index + 1) % dates.count],
                 expirationTimestamp: dates[(index + 2) % dates.count], lastModifiedUser: texts[(index + 6) % texts.count],
                 lineItems: Array(([full, bare, odd] + [full, bare, odd]).dropFirst(index % 3).prefix(3)), status: index.isMultiple(of: 2) ? .active : .ordered,
                 partnerOnRecordAttestationAccepted: index.isMultiple(of: 3) ? nil : true,
                 links: SelfLinks(self: link("/customers/c/carts/\(index)")), attributes: ResourceAttributes(objectType: "Cart", etag: "\"1\"")))
        } + [Sample(name: "no line items", value: Cart(lineItems: [])), Sample(name: "an empty line item", value: Cart(lineItems: [bare]))]
    }()

    static let subscriptions: [Sample<Subscription>] = dates.indices.map { index in
        Sample(name: "subscription \(index), every field set", value: Subscription(
            id: "sub-\(index)", offerId: "CFQ7TTC0LH18:0001", offerName: texts[(index + 5) % texts.count],
            friendlyName: texts[index], quantity: [1, 0, Int.max, Int.min][index], unitType: "Licenses",
            status: [SubscriptionStatus.active, .suspended, .pending, SubscriptionStatus.none][index], autoRenewEnabled: index.isMultiple(of: 2),
            billingCycle: .annual, termDuration: "P1Y", renewalTermDuration: "P1M", creationDate: dates[index],
            effectiveStartDate: dates[(index + 1) % dates.count], commitmentEndDate: dates[(index + 2) % dates.count],
            isTrial: index == 3, orderId: "order-\(index)", links: SelfLinks(self: link("/customers/c/subscriptions/\(index)"))))
    } + [Sample(name: "no optional fields", value: Subscription(
        id: "", offerId: nil, offerName: nil, friendlyName: nil, quantity: nil, unitType: nil, status: nil, autoRenewEnabled: nil,
        billingCycle: nil, termDuration: nil, renewalTermDuration: nil, creationDate: nil, effectiveStartDate: nil,
        commitmentEndDate: nil, isTrial: nil, orderId: nil, links: nil))]
}
