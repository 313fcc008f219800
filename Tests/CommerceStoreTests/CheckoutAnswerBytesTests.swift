import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

/// A checkout answer is written around the new orders' stored bodies; it must be exactly what encoding the
/// whole result writes.
@Suite("Checkout answer bytes")
struct CheckoutAnswerBytesTests {
    private func expectBodyIsTheEncodedResult(_ outcome: CheckoutOutcome) throws -> CartCheckoutResult {
        guard case .placed(let result, let body) = outcome else {
            Issue.record("expected orders to be placed, got a replay")
            throw StoreError.corrupt("replay")
        }
        #expect(String(decoding: body, as: UTF8.self) == String(decoding: try StoredJSON.encode(result), as: UTF8.self))
        return result
    }

    @Test func aFirstCheckoutAndARetryOfItsFailedGroupAnswerTheEncodedResult() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        let failure = OrderError(orderGroupId: "1", code: 800_050, description: "Group \"1\" failed.")
        let first = try expectBodyIsTheEncodedResult(
            try await commerce.checkout(cart.id, of: customer, in: store, forcedGroupFailures: ["1": failure]))
        #expect(first.orders.count == 3)
        #expect(first.orderErrors == [failure])
        // The orders placed first are read back from the store for the retry's answer, after provisioning.
        #expect(try await commerce.provisionDue(in: store) > 0)
        let retry = try expectBodyIsTheEncodedResult(try await commerce.checkout(cart.id, of: customer, in: store))
        #expect(retry.orders.count == 4)
        #expect(retry.orderErrors.isEmpty)
        #expect(Set(first.orders.compactMap(\.id)).isSubset(of: Set(retry.orders.compactMap(\.id))))
    }
}
