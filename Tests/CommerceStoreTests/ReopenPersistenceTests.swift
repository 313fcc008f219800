import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Reopening the same SQLite file keeps the data")
struct ReopenPersistenceTests {
    @Test func customersCartsOrdersAndSubscriptionsSurviveAReopen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let commerce = try Commerce()
        let customer = customerRecord(country: "GB")
        let cartId: String
        let checkoutBody: Data
        let orderIds: [String]
        do {
            let store = try SQLiteCommerceStore(path: directory.databasePath)
            let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
            cartId = cart.id
            let placed = try #require(try await commerce.checkout(cartId, of: customer, in: store).placed)
            checkoutBody = placed.body
            orderIds = placed.result.orders.compactMap(\.id)
            #expect(try await commerce.provisionDue(in: store) == 3)
        }

        let reopened = try SQLiteCommerceStore(path: directory.databasePath)
        let storedCustomer = try #require(try await reopened.customer(partner: Partners.contoso, id: customer.id))
        #expect(storedCustomer == customer)
        #expect(storedCustomer.country == "GB")

        let cart = try #require(try await reopened.cart(customerId: customer.id, id: cartId))
        #expect(cart.cart.status == .ordered)
        #expect(cart.version == 2)
        #expect(cart.orderedGroups.count == 4)
        #expect(cart.cart.lineItems?.map(\.orderGroup) == ["OMS-0", "0", "0", "0", "1", "2"])
        #expect(cart.cart.lineItems?.first?.currencyCode == "GBP")

        let orders = try await reopened.orders(customerId: customer.id, billingCycle: nil)
        #expect(orders.compactMap(\.id) == orderIds)
        #expect(orders.map(\.status) == [.completed, .completed, .completed, .completed])

        let subscriptions = try await reopened.subscriptions(customerId: customer.id, orderId: nil)
        #expect(subscriptions.count == 6)
        #expect(Set(subscriptions.compactMap(\.orderId)) == Set(orderIds))

        let replay = try await commerce.checkout(cartId, of: customer, in: reopened)
        #expect(replay.replayed == checkoutBody)
    }

    @Test func pendingProvisioningWorkSurvivesAReopen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let commerce = try Commerce()
        let customer = customerRecord()
        do {
            let store = try SQLiteCommerceStore(path: directory.databasePath)
            let cart = try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic, quantity: 4)], for: customer, in: store)
            _ = try await commerce.checkout(cart.id, of: customer, in: store)
        }
        let reopened = try SQLiteCommerceStore(path: directory.databasePath)
        #expect(try await reopened.nextProvisioningDue() == checkoutTime.addingTimeInterval(provisioningDelay))
        #expect(try await commerce.provisionDue(in: reopened) == 1)
        let subscriptions = try await reopened.subscriptions(customerId: customer.id, orderId: nil)
        #expect(subscriptions.map(\.quantity) == [4])
        #expect(subscriptions.map(\.offerId) == [CatalogIds.businessBasic])
    }
}
