import Foundation
import Testing
@testable import PartnerCenterModels

/// Orders and carts read the form the encoder writes directly; these tests hold that reading to exactly the value
/// decoding through `Decodable` gives, and check that any other form is left to `Decodable`.
@Suite("Direct JSON reading")
struct DirectJSONReadingTests {
    /// Reading `written` directly gives what `Decodable` gives, and so does the decoder's own `decode`.
    private func expectDirectReadingMatchesDecoding<T: JSONDirectlyReadable & Decodable & Equatable>(
        _ type: T.Type, _ written: Data, seed: UInt64 = 0
    ) throws {
        let parsed = try JSONParser().parse(written)
        let decoded = try TolerantJSONDecoder().decodeThroughDecodable(T.self, from: parsed)
        #expect(try T(writtenForm: parsed) == decoded, "seed \(seed)\n written: \(ModelSampler.text(written))")
        #expect(try TolerantJSONDecoder().decode(T.self, from: written) == decoded, "seed \(seed)")
    }

    @Test func writtenOrdersAndCartsReadDirectlyAsTheyDecode() throws {
        for stableDates in [false, true] {
            for seed in ModelSampler.seeds {
                var sampler = ModelSampler(seed: seed, stableDates: stableDates)
                try expectDirectReadingMatchesDecoding(Order.self, try PartnerJSONEncoder().encode(sampler.order()), seed: seed)
                try expectDirectReadingMatchesDecoding(Cart.self, try PartnerJSONEncoder().encode(sampler.cart()), seed: seed)
            }
        }
    }

    @Test func everyScalarEdgeReadsDirectlyAsItDecodes() throws {
        for number in ModelSampler.doubleEdges {
            var order = Order(lineItems: [OrderLineItem(lineItemNumber: 0, offerId: nil, quantity: nil,
                                                        pricing: Pricing(listPrice: number, discountedPrice: nil,
                                                                         proratedPrice: nil, price: -number, extendedPrice: nil))])
            order.totalPrice = number
            try expectDirectReadingMatchesDecoding(Order.self, try PartnerJSONEncoder().encode(order))
        }
        for integer in ModelSampler.intEdges {
            try expectDirectReadingMatchesDecoding(Order.self, try PartnerJSONEncoder().encode(
                Order(lineItems: [OrderLineItem(lineItemNumber: integer, offerId: nil, quantity: integer)])))
            try expectDirectReadingMatchesDecoding(Cart.self, try PartnerJSONEncoder().encode(
                Cart(lineItems: [CartLineItem(id: integer, catalogItemId: nil, quantity: integer, billingCycle: nil,
                                              error: CartError(errorCode: integer, errorDescription: ""))])))
        }
        for piece in ModelSampler.stringPieces + ModelSampler.mapKeys {
            try expectDirectReadingMatchesDecoding(Order.self, try PartnerJSONEncoder().encode(
                Order(lineItems: [OrderLineItem(lineItemNumber: nil, offerId: piece, quantity: nil,
                                                provisioningContext: [piece: piece])])))
            try expectDirectReadingMatchesDecoding(Cart.self, try PartnerJSONEncoder().encode(
                Cart(lineItems: [CartLineItem(catalogItemId: piece, quantity: nil, billingCycle: nil,
                                              participants: [Participant(rawKey: piece, value: piece)],
                                              provisioningContext: [piece: piece])])))
        }
    }

    @Test func aClientsCartInTheWrittenFormReadsDirectly() throws {
        let request = Data("""
            {"lineItems": [
              {"id": 0, "catalogItemId": "MS-AZR-0145P", "quantity": 1, "billingCycle": "monthly", "termDuration": "P1Y"},
              {"id": 1, "catalogItemId": "DZH318Z0BQ36:004G:DZH318Z08C0S", "quantity": 1, "billingCycle": "one_time",
               "provisioningContext": {"subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8", "scope": "shared"}},
              {"id": 2, "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 5, "billingCycle": "annual",
               "termDuration": "P1Y", "addonItems": [{"id": 3, "catalogItemId": "X", "quantity": 1}],
               "participants": [{"key": "transaction_reseller", "value": "5357564"}], "renewsTo": {"termDuration": "P1Y"}}
            ]}
            """.utf8)
        try expectDirectReadingMatchesDecoding(Cart.self, request)
    }

    /// Forms the encoder never writes, each of which `Decodable` reads (or refuses) in its own way.
    private static let otherOrderForms: [String] = [
        #"{"ID": "a", "status": "pending"}"#,
        #"{"id": null, "status": "pending"}"#,
        #"{"id": "a", "unknownMember": 1}"#,
        #"{"id": "a", "status": "Pending"}"#,
        #"{"id": "a", "status": "not-a-status"}"#,
        #"{"id": "a", "billingCycle": "OneTime"}"#,
        #"{"lineItems": [{"lineItemNumber": "3", "quantity": 2}]}"#,
        #"{"lineItems": [{"links": {"sku": {"method": "GET"}}}]}"#,
        #"{"lineItems": [{"provisioningContext": {"a": 1}}]}"#,
        #"{"creationDate": "2019-01-16T00:45:41Z", "totalPrice": "12"}"#,
        #"{"links": {"self": {"uri": "/x", "headers": [{"key": "k"}]}}}"#,
        #"{"id": 7}"#,
        #"[]"#,
    ]

    private static let otherCartForms: [String] = [
        #"{"LineItems": [{"id": 0, "catalogItemId": "A", "quantity": 1}]}"#,
        #"{"lineItems": [{"id": "0", "catalogItemId": "A", "quantity": 1}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": "A", "quantity": "1"}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": null, "quantity": 1}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": "A", "quantity": 1.5}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": "A", "billingCycle": "Monthly"}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": "A", "billingCycle": "weekly"}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": "A", "orderGroup": 7, "error": "broken"}]}"#,
        #"{"lineItems": [{"id": 0, "catalogItemId": "A", "error": {"errorCode": "10001"}}]}"#,
        #"{"lineItems": [{"id": 0, "participants": [{"value": "x"}]}]}"#,
        #"{"ExpirationTimestamp": "0001-01-01T00:00:00", "lineItems": []}"#,
        #"{"expirationTimestamp": "not a date", "status": "Active"}"#,
        #"{"lineItems": {}}"#,
        #""success""#,
    ]

    private func expectLeftToDecoding<T: JSONDirectlyReadable & Decodable & Equatable>(_ type: T.Type, _ forms: [String]) throws {
        for form in forms {
            let data = Data(form.utf8)
            let parsed = try JSONParser().parse(data)
            #expect(throws: NotWrittenForm.self, "\(form)") { try T(writtenForm: parsed) }
            let throughDecodable = Result { try TolerantJSONDecoder().decodeThroughDecodable(T.self, from: parsed) }
            let decoded = Result { try TolerantJSONDecoder().decode(T.self, from: data) }
            switch (throughDecodable, decoded) {
            case (.success(let expected), .success(let value)):
                #expect(value == expected, "\(form)")
            case (.failure(let expected), .failure(let error)):
                #expect(String(describing: error) == String(describing: expected), "\(form)")
            default:
                Issue.record("\(form): Decodable gave \(throughDecodable), the decoder gave \(decoded)")
            }
        }
    }

    @Test func otherFormsAreLeftToDecodable() throws {
        try expectLeftToDecoding(Order.self, Self.otherOrderForms)
        try expectLeftToDecoding(Cart.self, Self.otherCartForms)
    }
}
