import Foundation
import PartnerCenterModels
import Testing

@Suite("Order commands")
struct OrderCommandTests {
    /// Creates a customer and checks out the seed cart; returns the customer id and the orders.
    private func checkedOutSeedCart(_ server: ServerProcess) async throws -> (customerId: String, orders: [Order]) {
        let customerId = try await server.run("customer", "create", "--name", "Contoso", "--quiet").output
        let cartId = try await server.run("cart", "create", "-c", customerId, "--file", try Fixtures.path("seed-create-cart.json"), "--quiet").output
        let result = try await server.run("cart", "checkout", cartId, "-c", customerId, "--json").decoded(CartCheckoutResult.self)
        return (customerId, result.orders)
    }

    @Test("order list, list by billing cycle, and get")
    func listsAndGetsOrders() async throws {
        try await withServerProcess { server in
            let (customerId, orders) = try await checkedOutSeedCart(server)

            let all = try await server.run("order", "list", "-c", customerId, "--quiet")
            #expect(Set(all.lines) == Set(orders.compactMap(\.id)))
            let table = try await server.run("order", "list", "-c", customerId)
            #expect(table.lines.first == "ORDER ID                              STATUS     BILLING   ITEMS  TOTAL         CREATED")
            #expect(table.lines.count == 5)

            let oneTime = try await server.run("order", "list", "-c", customerId, "--billing-cycle", "OneTime", "--include-price", "--json")
            let listed = try oneTime.decoded(ResourceCollection<Order>.self).items
            #expect(listed.count == 1)
            #expect(listed.first?.lineItems?.count == 3)
            #expect(listed.first?.lineItems?.first?.pricing?.listPrice != nil)

            let orderId = try #require(listed.first?.id)
            let single = try await server.run("order", "get", "-c", customerId, "--json", "--", orderId).decoded(Order.self)
            #expect(single.id == orderId)
            #expect(single.lineItems?.first?.pricing == nil)
        }
    }

    @Test("order cancel cancels a pending order, and waiting for it then fails with exit code 5")
    func cancelsAndWaitFails() async throws {
        try await withServerProcess(provisioningDelay: 600) { server in
            let (customerId, orders) = try await checkedOutSeedCart(server)
            let orderId = try #require(orders.last { $0.status == .pending }?.id)

            let cancelled = try await server.run("order", "cancel", "-c", customerId, "--json", "--", orderId)
            #expect(cancelled.exitCode == 0)
            #expect(try cancelled.decoded(Order.self).status == .cancelled)

            let waited = try await server.run("order", "wait", "-c", customerId, "--timeout", "10", "--", orderId)
            #expect(waited.exitCode == 5)
            #expect(waited.standardError.contains("error: order \(orderId) is cancelled and will not complete."))
        }
    }

    @Test("order wait gives up after --timeout with exit code 4")
    func waitTimesOut() async throws {
        try await withServerProcess(provisioningDelay: 600) { server in
            let (customerId, orders) = try await checkedOutSeedCart(server)
            let orderId = try #require(orders.first { $0.status == .pending }?.id)

            let waited = try await server.run("order", "wait", "-c", customerId, "--timeout", "0.1", "--interval", "0.05", "--", orderId)

            #expect(waited.exitCode == 4)
            #expect(waited.standardOutput.isEmpty)
            #expect(waited.standardError.contains("error: order \(orderId) is still pending after"))
        }
    }

    @Test("an unknown order fails with exit code 13 and the 404's code, description and correlation id")
    func unknownOrder() async throws {
        try await withServerProcess { server in
            let customerId = try await server.run("customer", "create", "--name", "Contoso", "--quiet").output

            let missing = try await server.run("order", "get", "no-such-order", "-c", customerId)

            #expect(missing.exitCode == 13)
            #expect(missing.standardError.hasPrefix("error 20000: "))
            #expect(missing.standardError.contains("no-such-order"))
            #expect(missing.standardError.contains("category: notFound"))
            #expect(missing.correlationId != nil)
        }
    }
}
