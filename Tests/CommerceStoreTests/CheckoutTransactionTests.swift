import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Checkout through the store")
struct CheckoutTransactionTests {
    @Test func checkoutPlacesOrdersAndStoresTheResult() async throws {
        try await withFileStore { store, _ in
            let commerce = try Commerce()
            let customer = customerRecord()
            let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
            let placed = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)

            #expect(placed.result.orders.count == 4)
            #expect(placed.result.orderErrors.isEmpty)
            #expect(placed.result.orders.map(\.status) == [.completed, .pending, .pending, .pending])
            #expect(placed.result.attributes?.objectType == "CartCheckoutResult")
            let decoded = try JSONDecoder().decode(JSONValue.self, from: placed.body)
            #expect(decoded["orders"]?.arrayValue?.count == 4)

            let stored = try await store.orders(customerId: customer.id, billingCycle: nil)
            #expect(Set(stored.compactMap(\.id)) == Set(placed.result.orders.compactMap(\.id)))
            #expect(try await store.orders(customerId: customer.id, billingCycle: .oneTime).count == 1)
            #expect(try await store.orders(customerId: customer.id, billingCycle: .monthly).count == 2)

            let record = try #require(try await store.cart(customerId: customer.id, id: cart.id))
            #expect(record.cart.status == .ordered)
            #expect(record.version == 2)
            #expect(Set(record.orderedGroups.keys) == ["OMS-0", "0", "1", "2"])
            #expect(Set(record.orderedGroups.values) == Set(placed.result.orders.compactMap(\.id)))

            // The legacy order's subscription exists at once; the others wait for provisioning.
            let subscriptions = try await store.subscriptions(customerId: customer.id, orderId: nil)
            #expect(subscriptions.map(\.offerId) == [CatalogIds.azureLegacy])
            #expect(subscriptions.first?.orderId == placed.result.orders.first?.id)
        }
    }

    @Test func secondCheckoutReplaysTheStoredBodyByteForByte() async throws {
        try await withFileStore { store, _ in
            let commerce = try Commerce()
            let customer = customerRecord()
            let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
            let first = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)
            let second = try await commerce.checkout(cart.id, of: customer, in: store)
            let replayed = try #require(second.replayed)
            #expect(replayed == first.body)
            #expect(try await store.orders(customerId: customer.id, billingCycle: nil).count == 4)
            #expect(try await store.cart(customerId: customer.id, id: cart.id)?.version == 2)
        }
    }

    @Test func checkoutWhoseDecisionThrowsWritesNothing() async throws {
        try await withFileStore { store, _ in
            let commerce = try Commerce()
            let customer = customerRecord()
            let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
            await #expect(throws: CommerceError.cartNotFound(cart.id)) {
                _ = try await store.checkout(customerId: customer.id, cartId: cart.id, facts: { _ in everyFact }) { _ in
                    throw CommerceError.cartNotFound(cart.id)
                }
            }
            #expect(try await store.orders(customerId: customer.id, billingCycle: nil).isEmpty)
            #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).isEmpty)
            let record = try #require(try await store.cart(customerId: customer.id, id: cart.id))
            #expect(record.cart.status == .active)
            #expect(record.version == 1)
            #expect(record.orderedGroups.isEmpty)

            // The cart is free again: a checkout that succeeds places the orders once.
            let placed = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)
            #expect(placed.result.orders.count == 4)
        }
    }

    @Test func checkoutOfACartWithLineItemErrorsIsRefusedAndWritesNothing() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(
            [lineItem(id: 0, CatalogIds.businessBasic), lineItem(id: 1, CatalogIds.businessBasic, quantity: 301)],
            for: customer, in: store)
        let error = try await #require(throws: CommerceError.self) {
            _ = try await commerce.checkout(cart.id, of: customer, in: store)
        }
        #expect(error.code == 800009)
        #expect(error.data == ["1"])
        #expect(try await store.orders(customerId: customer.id, billingCycle: nil).isEmpty)
        #expect(try await store.cart(customerId: customer.id, id: cart.id)?.cart.status == .active)
    }

    @Test func checkoutOfAnUnknownCartIs800008() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        let cartId = UUID().uuidString.lowercased()
        await #expect(throws: CommerceError.cartNotFound(cartId)) {
            _ = try await Commerce().checkout(cartId, of: customer, in: store)
        }
    }

    @Test func failedGroupIsRetriedAndEveryAnswerListsAllOrdersSoFar() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        let injected = OrderError(orderGroupId: "1", code: 800003, description: "injected failure")

        let partial = try #require(try await commerce.checkout(cart.id, of: customer, in: store, forcedGroupFailures: ["1": injected]).placed)
        #expect(partial.result.orders.count == 3)
        #expect(partial.result.orderErrors == [injected])
        let afterPartial = try #require(try await store.cart(customerId: customer.id, id: cart.id))
        #expect(afterPartial.cart.status == .active)
        #expect(Set(afterPartial.orderedGroups.keys) == ["OMS-0", "0", "2"])

        let retry = try #require(try await commerce.checkout(cart.id, of: customer, in: store).placed)
        #expect(retry.result.orderErrors.isEmpty)
        #expect(retry.result.orders.count == 4)
        let firstThree = Set(partial.result.orders.compactMap(\.id))
        #expect(firstThree.isSubset(of: Set(retry.result.orders.compactMap(\.id))))
        // Orders are listed in the order their groups appear in the cart: OMS-0, 0, 1, 2.
        let groupOfOrder = Dictionary(uniqueKeysWithValues: try #require(try await store.cart(customerId: customer.id, id: cart.id))
            .orderedGroups.map { ($0.value, $0.key) })
        #expect(retry.result.orders.map { groupOfOrder[$0.id ?? ""] } == ["OMS-0", "0", "1", "2"])
        #expect(try await store.cart(customerId: customer.id, id: cart.id)?.cart.status == .ordered)
        #expect(try await store.orders(customerId: customer.id, billingCycle: nil).count == 4)

        let replay = try await commerce.checkout(cart.id, of: customer, in: store)
        #expect(replay.replayed == retry.body)
    }
}
