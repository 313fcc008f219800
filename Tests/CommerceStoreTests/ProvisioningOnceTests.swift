import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Provisioning of due orders happens exactly once")
struct ProvisioningOnceTests {
    private let due = checkoutTime.addingTimeInterval(provisioningDelay)

    /// A store holding the checked-out seed cart: three pending orders (5 line items) and one completed legacy order.
    private func checkedOutSeed(onFile directory: TemporaryDirectory?) async throws -> (SQLiteCommerceStore, CustomerRecord, Commerce) {
        let store = try SQLiteCommerceStore(path: directory?.databasePath)
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        _ = try await commerce.checkout(cart.id, of: customer, in: store)
        return (store, customer, commerce)
    }

    @Test func ordersAreNotProvisionedBeforeTheyAreDue() async throws {
        let (store, customer, commerce) = try await checkedOutSeed(onFile: nil)
        #expect(try await store.nextProvisioningDue() == due)
        #expect(try await commerce.provisionDue(in: store, at: due.addingTimeInterval(-1)) == 0)
        let orders = try await store.orders(customerId: customer.id, billingCycle: nil)
        #expect(orders.map(\.status) == [.completed, .pending, .pending, .pending])
    }

    @Test func dueOrdersAreCompletedWithOneSubscriptionPerLineItem() async throws {
        let (store, customer, commerce) = try await checkedOutSeed(onFile: nil)
        #expect(try await commerce.provisionDue(in: store, at: due) == 3)

        let orders = try await store.orders(customerId: customer.id, billingCycle: nil)
        #expect(orders.map(\.status) == [.completed, .completed, .completed, .completed])
        for order in orders {
            let orderId = try #require(order.id)
            let subscriptions = try await store.subscriptions(customerId: customer.id, orderId: orderId)
            let lines = order.lineItems ?? []
            #expect(subscriptions.count == lines.count)
            #expect(Set(lines.compactMap(\.subscriptionId)) == Set(subscriptions.map(\.id)))
            #expect(subscriptions.allSatisfy { $0.status == .active })
            #expect(Provisioner.provisioningStatus(of: order).allSatisfy { $0.status == "fulfilled" })
        }
        #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).count == 6)
        #expect(try await store.nextProvisioningDue() == nil)
    }

    @Test func provisioningTwiceMakesNoMoreSubscriptions() async throws {
        let (store, customer, commerce) = try await checkedOutSeed(onFile: nil)
        #expect(try await commerce.provisionDue(in: store, at: due) == 3)
        #expect(try await commerce.provisionDue(in: store, at: due.addingTimeInterval(3_600)) == 0)
        #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).count == 6)
    }

    @Test func limitBoundsOneBatch() async throws {
        let (store, customer, commerce) = try await checkedOutSeed(onFile: nil)
        let provisioner = Provisioner(catalog: commerce.catalog)
        let batch = try await store.provisionDueOrders(now: due, limit: 2) { order, customerId in
            provisioner.provision(order, customerId: customerId, now: due)
        }
        #expect(batch == 2)
        #expect(try await store.orders(customerId: customer.id, billingCycle: nil).filter { $0.status == .pending }.count == 1)
        #expect(try await commerce.provisionDue(in: store, at: due) == 1)
    }

    @Test func concurrentProvisioningMakesOneSubscriptionPerLineItem() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (store, customer, commerce) = try await checkedOutSeed(onFile: directory)
        let provisioned = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { try await commerce.provisionDue(in: store, at: due) }
            }
            var total = 0
            for try await count in group { total += count }
            return total
        }
        #expect(provisioned == 3)
        let subscriptions = try await store.subscriptions(customerId: customer.id, orderId: nil)
        #expect(subscriptions.count == 6)
        #expect(Set(subscriptions.map(\.id)).count == 6)
    }

    @Test func provisionedSubscriptionsBecomePurchaseFacts() async throws {
        let (store, customer, commerce) = try await checkedOutSeed(onFile: nil)
        _ = try await commerce.provisionDue(in: store, at: due)
        let facts = try await store.purchaseFacts(customerId: customer.id)
        #expect(facts.subscriptionCount == 6)
        #expect(facts.ownedSkuKeys == ["MS-AZR-0145P", "DZH318Z0BQ36:004G", "DZH318Z0BQ36:004J", "DG7GMGF0DWTL:0001",
                                       "DZH318Z0BXWC:0002", "DZH318Z0C0WF:0001"])
    }
}
