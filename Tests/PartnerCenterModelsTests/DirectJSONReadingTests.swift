import Foundation
import Testing
@testable import PartnerCenterModels

/// Orders read the form the encoder writes directly; these tests hold that reading to exactly the value decoding
/// gives, and check that any other form is left to decoding.
@Suite("Direct JSON reading")
struct DirectJSONReadingTests {
    private static let seeds: Range<UInt64> = 0..<400

    private static func presence(forSeed seed: UInt64) -> ModelSampler.Presence {
        switch seed % 4 {
        case 0: return .all
        case 1: return .none
        default: return .mixed
        }
    }

    private static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    @Test func writtenOrdersReadDirectlyAsTheyDecode() throws {
        for stableDates in [false, true] {
            for seed in Self.seeds {
                var sampler = ModelSampler(seed: seed, presence: Self.presence(forSeed: seed), stableDates: stableDates)
                let written = try PartnerJSONEncoder().encode(sampler.order())
                let decoded = try TolerantJSONDecoder().decode(Order.self, from: written)
                let direct = try Order(writtenForm: try JSONParser().parse(written))
                #expect(direct == decoded, "seed \(seed)\n written: \(Self.text(written))")
                #expect(try TolerantJSONDecoder().decodeWritten(Order.self, from: written) == decoded, "seed \(seed)")
            }
        }
    }

    @Test func everyScalarEdgeReadsDirectlyAsItDecodes() throws {
        for number in ModelSampler.doubleEdges {
            var order = Order(lineItems: [OrderLineItem(lineItemNumber: 0, offerId: nil, quantity: nil,
                                                        pricing: Pricing(listPrice: number, discountedPrice: nil,
                                                                         proratedPrice: nil, price: -number, extendedPrice: nil))])
            order.totalPrice = number
            try expectDirectReadingMatchesDecoding(try PartnerJSONEncoder().encode(order))
        }
        for integer in ModelSampler.intEdges {
            try expectDirectReadingMatchesDecoding(try PartnerJSONEncoder().encode(
                Order(lineItems: [OrderLineItem(lineItemNumber: integer, offerId: nil, quantity: integer)])))
        }
        for piece in ModelSampler.stringPieces + ModelSampler.mapKeys {
            try expectDirectReadingMatchesDecoding(try PartnerJSONEncoder().encode(
                Order(lineItems: [OrderLineItem(lineItemNumber: nil, offerId: piece, quantity: nil,
                                                provisioningContext: [piece: piece])])))
        }
    }

    private func expectDirectReadingMatchesDecoding(_ written: Data) throws {
        let decoded = try TolerantJSONDecoder().decode(Order.self, from: written)
        #expect(try Order(writtenForm: try JSONParser().parse(written)) == decoded, "\(Self.text(written))")
    }

    /// Forms the encoder never writes, each of which decoding reads (or refuses) in its own way.
    private static let otherForms: [String] = [
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

    @Test func otherFormsAreLeftToDecoding() throws {
        for form in Self.otherForms {
            let data = Data(form.utf8)
            #expect(throws: NotWrittenForm.self, "\(form)") { try Order(writtenForm: try JSONParser().parse(data)) }
            let decoded = Result { try TolerantJSONDecoder().decode(Order.self, from: data) }
            let written = Result { try TolerantJSONDecoder().decodeWritten(Order.self, from: data) }
            switch (decoded, written) {
            case (.success(let expected), .success(let value)):
                #expect(value == expected, "\(form)")
            case (.failure(let expected), .failure(let error)):
                #expect(String(describing: error) == String(describing: expected), "\(form)")
            default:
                Issue.record("\(form): decoding gave \(decoded), reading the written form gave \(written)")
            }
        }
    }
}
