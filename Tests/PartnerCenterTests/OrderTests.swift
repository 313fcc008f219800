import Foundation
import PartnerCenter
import Testing

@Suite("Orders and subscriptions through the SDK")
struct OrderTests {
    /// A customer whose seed cart has been checked out.
    private struct CheckedOut {
        let partner: PartnerService
        let customerId: String
        let orders: [Order]

        var customer: CustomerOperations { partner.customers.byId(customerId) }
        var pendingOrderIds: [String] { orders.filter { $0.status == .pending }.compactMap(\.id) }
    }

    private func checkOutSeedCart(_ server: TestServer) async throws -> CheckedOut {
        let partner = try await server.partnerService()
        let customerId = try await partner.createCustomer()
        let cart = try await partner.customers.byId(customerId).carts.create(SeedCart.cart)
        let result = try await partner.customers.byId(customerId).carts.byId(cart.id ?? "").checkout()
        return CheckedOut(partner: partner, customerId: customerId, orders: result.orders)
    }

    /// Reads the order until provisioning has completed it.
    private func waitUntilCompleted(_ order: OrderOperations) async throws -> Order {
        let deadline = Date().addingTimeInterval(20)
        while true {
            let current = try await order.get()
            if current.status == .completed || Date() > deadline { return current }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    @Test("orders.get lists every order, with line-item prices only when includePrice is set")
    func listsOrders() async throws {
        try await withTestServer { server in
            let checkedOut = try await checkOutSeedCart(server)
            let plain = try await checkedOut.customer.orders.get()
            let priced = try await checkedOut.customer.orders.get(includePrice: true)

            #expect(plain.totalCount == 4)
            #expect(plain.items.flatMap { $0.lineItems ?? [] }.allSatisfy { $0.pricing == nil })
            #expect(priced.totalCount == 4)
            let saas = try #require(priced.items.first { $0.lineItems?.first?.offerId == "DZH318Z0BXWC:0002:DZH318Z0BMRV" })
            #expect(saas.lineItems?.first?.pricing?.listPrice != nil)
        }
    }

    @Test("orders.byBillingCycle filters by billing cycle")
    func filtersOrdersByBillingCycle() async throws {
        try await withTestServer { server in
            let checkedOut = try await checkOutSeedCart(server)
            let oneTime = try await checkedOut.customer.orders.byBillingCycle(.oneTime).get().all()
            let monthly = try await checkedOut.customer.orders.byBillingCycle(.monthly).get().all()
            let annual = try await checkedOut.customer.orders.byBillingCycle(.annual).get().all()

            #expect(oneTime.count == 1)
            #expect(oneTime.first?.lineItems?.map(\.offerId) == [
                "DZH318Z0BQ36:004G:DZH318Z08C0S", "DZH318Z0BQ36:004J:DZH318Z08B8X", "DG7GMGF0DWM3:0002:DG7GMGF0DT1M",
            ])
            #expect(monthly.count == 2)
            #expect(monthly.allSatisfy { $0.billingCycle == .monthly })
            #expect(annual.isEmpty)
        }
    }

    @Test("orders.byId reads one order, its provisioning status, and the subscriptions it made once provisioned")
    func readsOrderProvisioningAndSubscriptions() async throws {
        try await withTestServer { server in
            let checkedOut = try await checkOutSeedCart(server)
            let orderId = try #require(checkedOut.orders.first { $0.billingCycle == .oneTime }?.id)
            let order = checkedOut.customer.orders.byId(orderId)

            let pending = try await order.get()
            #expect(pending.id == orderId)
            #expect(pending.lineItems?.map(\.lineItemNumber) == [0, 1, 2])

            let completed = try await waitUntilCompleted(order)
            #expect(completed.status == .completed)
            let status = try await order.provisioningStatus().all()
            #expect(status.map(\.lineItemNumber) == [0, 1, 2])
            #expect(status.allSatisfy { $0.status == "fulfilled" })

            let subscriptions = try await checkedOut.customer.subscriptions.byOrder(orderId).get().all()
            #expect(subscriptions.count == 3)
            #expect(subscriptions.allSatisfy { $0.orderId == orderId && $0.status == .active })
            #expect(Set(subscriptions.map(\.id)) == Set(completed.lineItems?.compactMap(\.subscriptionId) ?? []))
            let first = try #require(subscriptions.first)
            let single = try await checkedOut.customer.subscriptions.byId(first.id).get()
            #expect(single == first)
            let all = try await checkedOut.customer.subscriptions.get().all()
            #expect(all.count >= 4)
        }
    }

    @Test("cancel cancels a pending order")
    func cancelsPendingOrder() async throws {
        try await withTestServer(provisioningDelay: 600) { server in
            let checkedOut = try await checkOutSeedCart(server)
            let orderId = try #require(checkedOut.pendingOrderIds.last)

            let cancelled = try await checkedOut.customer.orders.byId(orderId).cancel()

            #expect(cancelled.id == orderId)
            #expect(cancelled.status == .cancelled)
            #expect(try await checkedOut.customer.orders.byId(orderId).get().status == .cancelled)
        }
    }

    @Test("orders.create places a direct order without a cart")
    func createsDirectOrder() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()
            let order = try await partner.customers.byId(customerId).orders.create(Order(
                lineItems: [OrderLineItem(lineItemNumber: 0, offerId: "CFQ7TTC0LH18:0001:CFQ7TTC0K971",
                                          termDuration: "P1Y", quantity: 3)],
                billingCycle: .monthly))

            #expect(order.status == .pending)
            #expect(order.billingCycle == .monthly)
            #expect(order.lineItems?.first?.quantity == 3)
            #expect(order.referenceCustomerId == customerId)
            let listed = try await partner.customers.byId(customerId).orders.get().all()
            #expect(listed.map(\.id) == [order.id])
        }
    }
}
