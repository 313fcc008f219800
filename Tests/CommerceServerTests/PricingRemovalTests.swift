@testable import CommerceServer
import Foundation
import PartnerCenterModels
import Testing

/// Prices taken out of a stored order's bytes leave exactly what encoding the order without prices writes.
@Suite("Removing prices from stored orders")
struct PricingRemovalTests {
    private let encoder = PartnerJSONEncoder()
    private let price = Pricing(listPrice: 12.5, discountedPrice: 10, proratedPrice: nil, price: 10, extendedPrice: 100)

    private func order(_ lines: [OrderLineItem]) -> Order {
        Order(id: "o1", alternateId: "a1", referenceCustomerId: "c1", billingCycle: .monthly, currencyCode: "USD",
              currencySymbol: "$", lineItems: lines, creationDate: Date(timeIntervalSince1970: 1_790_000_000),
              status: .pending, transactionType: "UserPurchase", totalPrice: 110, links: nil)
    }

    private func expectRemovalMatchesEncoding(_ order: Order) throws {
        let stored = try encoder.encode(order)
        let removed = try #require(PricingRemoval.withoutPrices(stored))
        let presented = try encoder.encode(OrderRoutes.presented(order, includePrice: false))
        #expect(String(decoding: removed, as: UTF8.self) == String(decoding: presented, as: UTF8.self))
    }

    @Test func pricesInAnyPositionAreTakenOut() throws {
        try expectRemovalMatchesEncoding(order([
            OrderLineItem(lineItemNumber: 0, offerId: "A", friendlyName: #"a "pricing":{ name"#, quantity: 1, pricing: price),
            OrderLineItem(lineItemNumber: 1, offerId: "B", quantity: 2, pricing: price, provisioningContext: ["scope": "shared"]),
            OrderLineItem(lineItemNumber: 2, offerId: "C", quantity: 3),
            OrderLineItem(lineItemNumber: 3, offerId: nil, quantity: nil, pricing: Pricing(
                listPrice: nil, discountedPrice: nil, proratedPrice: nil, price: nil, extendedPrice: nil)),
        ]))
    }

    @Test func anOrderWithoutPricesIsLeftAsItIs() throws {
        let stored = try encoder.encode(order([OrderLineItem(lineItemNumber: 0, offerId: "A", quantity: 1)]))
        #expect(PricingRemoval.withoutPrices(stored) == stored)
    }

    @Test func aPricingKeyThatIsNotAPriceIsLeftToDecoding() throws {
        let stored = try encoder.encode(order([
            OrderLineItem(lineItemNumber: 0, offerId: "A", quantity: 1, provisioningContext: ["pricing": "x"]),
        ]))
        #expect(PricingRemoval.withoutPrices(stored) == nil)
    }
}
