import Foundation
import Testing
@testable import PartnerCenterModels

/// Orders, carts and subscriptions write their JSON themselves; these tests hold that writing to exactly the
/// bytes the tree path (`Encodable` through ``JSONTreeEncoder``) writes, for many values made from seeds.
@Suite("Direct JSON writing")
struct DirectJSONWritingTests {
    /// The direct path, the tree path and ``PartnerJSONEncoder/encode(_:)`` write the same bytes.
    private func expectSameBytes<T: JSONDirectlyWritable>(_ value: T, seed: UInt64) throws {
        let direct = try PartnerJSONEncoder.encodeDirectly(value)
        let tree = try PartnerJSONEncoder.encodeThroughTree(value)
        #expect(direct == tree, "seed \(seed)\n direct: \(ModelSampler.text(direct))\n tree:   \(ModelSampler.text(tree))")
        #expect(try PartnerJSONEncoder().encode(value) == tree, "seed \(seed)")
    }

    /// What is written directly reads back as the value written.
    private func expectRoundTrip<T: JSONDirectlyWritable & Decodable & Equatable>(_ value: T, seed: UInt64) throws {
        let direct = try PartnerJSONEncoder.encodeDirectly(value)
        let decoded = try TolerantJSONDecoder().decode(T.self, from: direct)
        #expect(decoded == value, "seed \(seed)\n written: \(ModelSampler.text(direct))")
    }

    private func forEachSample(stableDates: Bool, _ body: (inout ModelSampler, UInt64) throws -> Void) rethrows {
        for seed in ModelSampler.seeds {
            var sampler = ModelSampler(seed: seed, stableDates: stableDates)
            try body(&sampler, seed)
        }
    }

    // MARK: Same bytes as the tree path

    @Test func ordersWriteWhatTheTreeWrites() throws {
        try forEachSample(stableDates: false) { sampler, seed in
            try expectSameBytes(sampler.order(), seed: seed)
            try expectSameBytes(sampler.orderLineItem(), seed: seed)
            try expectSameBytes(sampler.orderLinks(), seed: seed)
            try expectSameBytes(sampler.orderLineItemLinks(), seed: seed)
        }
    }

    @Test func cartsWriteWhatTheTreeWrites() throws {
        try forEachSample(stableDates: false) { sampler, seed in
            try expectSameBytes(sampler.cart(), seed: seed)
            try expectSameBytes(sampler.cartLineItem(addons: true), seed: seed)
            try expectSameBytes(sampler.participant(), seed: seed)
            try expectSameBytes(sampler.cartError(), seed: seed)
        }
    }

    @Test func subscriptionsWriteWhatTheTreeWrites() throws {
        try forEachSample(stableDates: false) { sampler, seed in
            try expectSameBytes(sampler.subscription(), seed: seed)
        }
    }

    @Test func sharedPartsWriteWhatTheTreeWrites() throws {
        try forEachSample(stableDates: false) { sampler, seed in
            try expectSameBytes(sampler.pricing(), seed: seed)
            try expectSameBytes(sampler.renewsTo(), seed: seed)
            try expectSameBytes(sampler.link(), seed: seed)
            try expectSameBytes(sampler.selfLinks(), seed: seed)
            try expectSameBytes(sampler.attributes(), seed: seed)
            try expectSameBytes(sampler.jsonValue(depth: 0), seed: seed)
        }
    }

    @Test func everyEdgeScalarWritesWhatTheTreeWrites() throws {
        for (index, number) in ModelSampler.doubleEdges.enumerated() {
            try expectSameBytes(Pricing(listPrice: number, discountedPrice: -number, proratedPrice: nil, price: number,
                                        extendedPrice: nil), seed: UInt64(index))
        }
        for (index, integer) in ModelSampler.intEdges.enumerated() {
            try expectSameBytes(CartError(errorCode: integer, errorDescription: ""), seed: UInt64(index))
        }
        for (index, literal) in ModelSampler.numberLiterals.enumerated() {
            let value = try #require(JSONNumber(literal: literal))
            try expectSameBytes(JSONValue.number(value), seed: UInt64(index))
        }
        for (index, piece) in ModelSampler.stringPieces.enumerated() {
            try expectSameBytes(RenewsTo(termDuration: piece), seed: UInt64(index))
        }
        let everyByte = String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self)
        try expectSameBytes(RenewsTo(termDuration: everyByte), seed: 0)
        for (index, key) in ModelSampler.mapKeys.enumerated() {
            try expectSameBytes(OrderLineItem(lineItemNumber: nil, offerId: nil, quantity: nil,
                                              provisioningContext: [key: key]), seed: UInt64(index))
        }
        try expectSameBytes(OrderLineItem(lineItemNumber: nil, offerId: nil, quantity: nil,
                                          provisioningContext: Dictionary(uniqueKeysWithValues: ModelSampler.mapKeys
                                              .filter { $0 != "e\u{301}" }.map { ($0, $0) })), seed: 0)
    }

    // MARK: Reading back

    @Test func ordersReadBackAsWritten() throws {
        try forEachSample(stableDates: true) { sampler, seed in
            try expectRoundTrip(sampler.order(), seed: seed)
        }
    }

    @Test func cartsReadBackAsWritten() throws {
        try forEachSample(stableDates: true) { sampler, seed in
            try expectRoundTrip(sampler.cart(), seed: seed)
        }
    }

    @Test func subscriptionsReadBackAsWritten() throws {
        try forEachSample(stableDates: true) { sampler, seed in
            try expectRoundTrip(sampler.subscription(), seed: seed)
        }
    }

    // MARK: Member order

    /// The members each type writes, in the order it writes them, when every optional is set; this is the order
    /// the tree path sorts them in, and it holds every coding key.
    @Test func fullyPopulatedValuesWriteEveryMemberInSortedOrder() throws {
        var sampler = ModelSampler(seed: 7, presence: .all, stableDates: false)
        let cases: [(name: String, data: Data, keys: [String])] = [
            ("Order", try PartnerJSONEncoder.encodeDirectly(sampler.order()), [
                "alternateId", "attributes", "billingCycle", "creationDate", "currencyCode", "currencySymbol", "id",
                "lineItems", "links", "partnerOnRecordAttestationAccepted", "referenceCustomerId", "status",
                "totalPrice", "transactionType",
            ]),
            ("OrderLineItem", try PartnerJSONEncoder.encodeDirectly(sampler.orderLineItem()), [
                "attestationAccepted", "friendlyName", "lineItemNumber", "links", "offerId", "parentSubscriptionId",
                "partnerIdOnRecord", "pricing", "promotionId", "provisioningContext", "quantity", "renewsTo",
                "subscriptionId", "termDuration", "transactionType",
            ]),
            ("OrderLinks", try PartnerJSONEncoder.encodeDirectly(sampler.orderLinks()),
             ["patchOperation", "provisioningStatus", "self"]),
            ("OrderLineItemLinks", try PartnerJSONEncoder.encodeDirectly(sampler.orderLineItemLinks()),
             ["availability", "product", "provisioningStatus", "sku", "subscription"]),
            ("Cart", try PartnerJSONEncoder.encodeDirectly(sampler.cart()), [
                "attributes", "creationTimestamp", "expirationTimestamp", "id", "lastModifiedTimestamp",
                "lastModifiedUser", "lineItems", "links", "partnerOnRecordAttestationAccepted", "status",
            ]),
            ("CartLineItem", try PartnerJSONEncoder.encodeDirectly(sampler.cartLineItem(addons: true)), [
                "addonItems", "attestationAccepted", "billingCycle", "catalogItemId", "currencyCode",
                "customTermEndDate", "error", "friendlyName", "id", "orderGroup", "participants", "pricing",
                "promotionId", "provisioningContext", "quantity", "renewsTo", "termDuration",
            ]),
            ("Participant", try PartnerJSONEncoder.encodeDirectly(sampler.participant()), ["key", "value"]),
            ("CartError", try PartnerJSONEncoder.encodeDirectly(sampler.cartError()),
             ["additionalInformation", "errorCode", "errorDescription"]),
            ("Pricing", try PartnerJSONEncoder.encodeDirectly(sampler.pricing()),
             ["discountedPrice", "extendedPrice", "listPrice", "price", "proratedPrice"]),
            ("RenewsTo", try PartnerJSONEncoder.encodeDirectly(sampler.renewsTo()), ["termDuration"]),
            ("Link", try PartnerJSONEncoder.encodeDirectly(sampler.link()), ["headers", "method", "uri"]),
            ("LinkHeader", try PartnerJSONEncoder.encodeDirectly(LinkHeader(key: "k", value: "v")), ["key", "value"]),
            ("SelfLinks", try PartnerJSONEncoder.encodeDirectly(sampler.selfLinks()), ["self"]),
            ("ResourceAttributes", try PartnerJSONEncoder.encodeDirectly(sampler.attributes()), ["etag", "objectType"]),
            ("Subscription", try PartnerJSONEncoder.encodeDirectly(sampler.subscription()), [
                "attributes", "autoRenewEnabled", "billingCycle", "commitmentEndDate", "contractType", "creationDate",
                "effectiveStartDate", "friendlyName", "id", "isTrial", "links", "offerId", "offerName", "orderId",
                "quantity", "renewalTermDuration", "status", "termDuration", "unitType",
            ]),
        ]
        for (name, data, keys) in cases {
            // The parser keeps members in document order.
            let written = try JSONParser().parse(data).objectValue?.keys
            #expect(written == keys, "\(name)")
            #expect(keys == keys.sorted { KeyOrder.compare($0, $1) == .orderedAscending }, "\(name)")
        }
    }

    @Test func stringMapsAreWrittenInByteOrderWhateverTheirInsertionOrder() throws {
        let keys = ["subscriptionIdentifierB", "Scope", "scope", "subscriptionIdentifierA", "SCOPE", "é", "Z", ""]
        var random = SeededGenerator(seed: 11)
        for _ in 0..<50 {
            var map: [String: String] = [:]
            for key in keys.shuffled(using: &random) { map[key] = "v" }
            let item = OrderLineItem(lineItemNumber: nil, offerId: nil, quantity: nil, provisioningContext: map)
            let written = try JSONParser().parse(PartnerJSONEncoder.encodeDirectly(item))["provisioningContext"]?.objectValue?.keys
            #expect(written == ["", "SCOPE", "Scope", "Z", "scope", "subscriptionIdentifierA", "subscriptionIdentifierB", "é"])
            try expectSameBytes(item, seed: 0)
        }
    }

    // MARK: Edges

    @Test func emptyCollectionsAreWrittenAsTheTreeWritesThem() throws {
        let item = OrderLineItem(lineItemNumber: 0, offerId: "", quantity: 0, provisioningContext: [:])
        #expect(ModelSampler.text(try PartnerJSONEncoder.encodeDirectly(item)) == #"{"lineItemNumber":0,"offerId":"","provisioningContext":{},"quantity":0}"#)
        try expectSameBytes(item, seed: 0)
        let order = Order(lineItems: [], billingCycle: nil, currencyCode: nil)
        #expect(ModelSampler.text(try PartnerJSONEncoder.encodeDirectly(order)) == #"{"lineItems":[]}"#)
        try expectSameBytes(order, seed: 0)
        try expectSameBytes(Link(uri: "/x"), seed: 0)
        try expectSameBytes(CartError(errorCode: 1, errorDescription: "", additionalInformation: [:]), seed: 0)
        try expectSameBytes(JSONValue.object(JSONObject()), seed: 0)
        try expectSameBytes(JSONValue.array([]), seed: 0)
    }

    @Test func aValueWithNothingSetIsAnEmptyObject() throws {
        #expect(ModelSampler.text(try PartnerJSONEncoder.encodeDirectly(Pricing(
            listPrice: nil, discountedPrice: nil, proratedPrice: nil, price: nil, extendedPrice: nil))) == "{}")
        #expect(ModelSampler.text(try PartnerJSONEncoder.encodeDirectly(OrderLineItemLinks())) == "{}")
    }

    @Test func numbersJSONCannotSpellAreRefusedOnBothPaths() {
        for number in [Double.nan, .infinity, -.infinity] {
            let pricing = Pricing(listPrice: 1, discountedPrice: nil, proratedPrice: nil, price: number, extendedPrice: nil)
            #expect(throws: EncodingError.self) { try PartnerJSONEncoder.encodeDirectly(pricing) }
            #expect(throws: EncodingError.self) { try PartnerJSONEncoder.encodeThroughTree(pricing) }
            var order = Order(lineItems: [OrderLineItem(lineItemNumber: 0, offerId: nil, quantity: 1, pricing: pricing)])
            #expect(throws: EncodingError.self) { try PartnerJSONEncoder().encode(order) }
            order.lineItems = nil
            order.totalPrice = number
            #expect(throws: EncodingError.self) { try PartnerJSONEncoder().encode(order) }
            #expect(throws: EncodingError.self) { try PartnerJSONEncoder.encodeThroughTree(order) }
        }
        let huge = JSONNumber(literal: "1e400").map(JSONValue.number) ?? .null
        let error = CartError(errorCode: 1, errorDescription: "", additionalInformation: ["x": [huge]])
        #expect(throws: EncodingError.self) { try PartnerJSONEncoder.encodeDirectly(error) }
        #expect(throws: EncodingError.self) { try PartnerJSONEncoder.encodeThroughTree(error) }
    }

    @Test func optionalsAndArraysAtTheTopLevelMatchTheTreePath() throws {
        var sampler = ModelSampler(seed: 3, presence: .mixed, stableDates: false)
        let order: Order? = sampler.order()
        #expect(try PartnerJSONEncoder().encode(order) == (try PartnerJSONEncoder.encodeThroughTree(order)))
        let none: Order? = nil
        #expect(ModelSampler.text(try PartnerJSONEncoder().encode(none)) == "null")
        let carts = [sampler.cart(), sampler.cart()]
        #expect(try PartnerJSONEncoder().encode(carts) == (try PartnerJSONEncoder.encodeThroughTree(carts)))
    }

    @Test func theHotResourcesTakeTheDirectPath() {
        let types: [any Encodable.Type] = [Order.self, OrderLineItem.self, Cart.self, CartLineItem.self, Subscription.self]
        for type in types {
            #expect(type is any JSONDirectlyWritable.Type, "\(type)")
        }
    }
}
