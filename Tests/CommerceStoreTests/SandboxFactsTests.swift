import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Stored facts feed the sandbox subscription limit")
struct SandboxFactsTests {
    private func fiveLicenceLines() -> [CartLineItem] {
        (0..<5).map { lineItem(id: $0, CatalogIds.businessBasic, quantity: 2) }
    }

    private func sixthItemError(_ store: SQLiteCommerceStore, _ commerce: Commerce, _ customer: CustomerRecord) async throws -> CartError? {
        let facts = try await store.purchaseFacts(customerId: customer.id)
        let context = PurchaseContext(country: "US", facts: facts, catalog: commerce.catalog, sandboxLimits: .partnerCenterSandbox)
        let checked = CartLineItemValidator(catalog: commerce.catalog).validate([lineItem(id: 0, CatalogIds.businessBasic)], context: context)
        return try #require(checked.first).error
    }

    @Test func provisionedSubscriptionsCountTowardsTheLimit() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(fiveLicenceLines(), for: customer, in: store)
        _ = try await commerce.checkout(cart.id, of: customer, in: store)
        #expect(try await commerce.provisionDue(in: store) == 1)
        #expect(try await store.purchaseFacts(customerId: customer.id).subscriptionCount == 5)
        let error = try await sixthItemError(store, commerce, customer)
        #expect(error?.errorCode == 10009)
        #expect(error?.errorDescription.contains("5 subscriptions per customer") == true)
    }

    @Test
    func pendingOrdersCountTowardsTheLimit() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(fiveLicenceLines(), for: customer, in: store)
        _ = try await commerce.checkout(cart.id, of: customer, in: store)
        // Checked out but not yet provisioned: five subscriptions are on their way.
        #expect(try await store.purchaseFacts(customerId: customer.id).subscriptionCount == 5)
        let error = try await sixthItemError(store, commerce, customer)
        #expect(error?.errorCode == 10009)
    }
}
