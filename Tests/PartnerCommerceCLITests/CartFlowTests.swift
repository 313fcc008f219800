import Foundation
import PartnerCenterModels
import Testing

@Suite("The cart flow from the command line")
struct CartFlowTests {
    @Test("seed cart from a file, add an item, check out, wait for the order, list its subscriptions")
    func seedCartToSubscriptions() async throws {
        try await withServerProcess(provisioningDelay: 3) { server in
            let customer = try await server.run("customer", "create", "--name", "Contoso", "--quiet")
            #expect(customer.exitCode == 0)
            let customerId = customer.output
            #expect(UUID(uuidString: customerId) != nil)

            let created = try await server.run("cart", "create", "-c", customerId, "--file", try Fixtures.path("seed-create-cart.json"), "--quiet")
            #expect(created.exitCode == 0)
            #expect(created.standardError.isEmpty)
            let cartId = created.output
            let seed = try await server.run("cart", "get", cartId, "--customer", customerId, "--json").decoded(Cart.self)
            #expect(seed.lineItems?.map(\.orderGroup) == ["OMS-0", "0", "0", "0", "1", "2"])

            let added = try await server.run(
                "cart", "add-item", cartId, "-c", customerId,
                "--item", "catalogItemId=CFQ7TTC0LH18:0001:CFQ7TTC0K971,quantity=2,billingCycle=monthly,termDuration=P1Y,friendlyName=Sales team")
            #expect(added.exitCode == 0)
            #expect(added.standardOutput.contains("6   CFQ7TTC0LH18:0001:CFQ7TTC0K971  2    monthly   P1Y   1"))
            let stored = try await server.run("cart", "get", cartId, "-c", customerId, "--json").decoded(Cart.self)
            #expect(stored.lineItems?.count == 7)
            let appended = try #require(stored.lineItems?.last)
            #expect(appended.id == 6)
            #expect(appended.termDuration == "P1Y")
            #expect(appended.friendlyName == "Sales team")
            #expect(appended.error == nil)
            #expect(stored.lineItems?.prefix(6).map(\.catalogItemId) == seed.lineItems?.map(\.catalogItemId))

            let checkout = try await server.run("cart", "checkout", cartId, "-c", customerId, "--json")
            #expect(checkout.exitCode == 0)
            let result = try checkout.decoded(CartCheckoutResult.self)
            #expect(result.orders.count == 4)
            #expect(result.orderErrors.isEmpty)
            let monthlyOrder = try #require(result.orders.first { $0.billingCycle == .monthly && $0.status == .pending })
            let orderId = try #require(monthlyOrder.id)
            #expect(monthlyOrder.lineItems?.count == 2)

            let waited = try await server.run("order", "wait", "-c", customerId, "--timeout", "30", "--interval", "0.2", "--", orderId)
            #expect(waited.exitCode == 0)
            #expect(waited.standardOutput.contains("Order \(orderId)  completed  monthly"))
            #expect(waited.standardError.contains("order \(orderId): completed after"))

            let subscriptions = try await server.run("subscription", "list", "-c", customerId, "--order", orderId, "--json")
            #expect(subscriptions.exitCode == 0)
            let listed = try subscriptions.decoded(ResourceCollection<Subscription>.self).items
            #expect(listed.compactMap(\.offerId).sorted() == ["CFQ7TTC0LH18:0001:CFQ7TTC0K971", "DZH318Z0BXWC:0002:DZH318Z0BMRV"])
            #expect(listed.allSatisfy { $0.status == .active && $0.orderId == orderId })
            #expect(listed.first { $0.offerId == "CFQ7TTC0LH18:0001:CFQ7TTC0K971" }?.friendlyName == "Sales team")
            let ids = try await server.run("subscription", "list", "-c", customerId, "--quiet")
            #expect(Set(ids.lines).isSuperset(of: listed.map(\.id)))
            let one = try await server.run("subscription", "get", listed[0].id, "-c", customerId, "--json").decoded(Subscription.self)
            #expect(one == listed[0])
        }
    }

    @Test("a bad catalog item: the cart is saved, the command fails with the line-item code, and checkout is refused")
    func badCatalogItem() async throws {
        try await withServerProcess { server in
            let customerId = try await server.run("customer", "create", "--name", "Fabrikam", "--quiet").output

            let created = try await server.run(
                "cart", "create", "-c", customerId, "--item", "catalogItemId=NOPE:0001:NOPE,quantity=1,billingCycle=monthly")

            #expect(created.exitCode == 3)
            #expect(created.standardError.contains("error 10001: line item 0 (NOPE:0001:NOPE): catalogItemId 'NOPE:0001:NOPE' was not found"))
            #expect(created.correlationId != nil)
            let cartId = try #require(created.standardOutput.split(separator: " ").dropFirst().first.map(String.init))
            #expect(UUID(uuidString: cartId) != nil)

            let checkout = try await server.run("cart", "checkout", cartId, "-c", customerId)

            #expect(checkout.exitCode == 10)
            #expect(checkout.standardOutput.isEmpty)
            #expect(checkout.standardError.hasPrefix("error 800009: "))
            #expect(checkout.standardError.contains("HTTP status: 400"))
            #expect(checkout.correlationId != nil)
            #expect(checkout.correlationId != created.correlationId)
        }
    }

    @Test("every --item field passes through: termDuration is checked, unknown keys become provisioningContext")
    func itemFieldsPassThrough() async throws {
        try await withServerProcess { server in
            let customerId = try await server.run("customer", "create", "--name", "Tailspin", "--quiet").output

            let wrongTerm = try await server.run(
                "cart", "create", "-c", customerId, "--json",
                "--item", "catalogItemId=CFQ7TTC0LH18:0001:CFQ7TTC0K971,quantity=1,billingCycle=annual,termDuration=P3Y")
            #expect(wrongTerm.exitCode == 3)
            let refused = try #require(try wrongTerm.decoded(Cart.self).lineItems?.first)
            #expect(refused.termDuration == "P3Y")
            #expect(refused.error?.errorCode == 10013)
            #expect(refused.error?.errorDescription.contains("P3Y") == true)

            let reservation = try await server.run(
                "cart", "create", "-c", customerId, "--json",
                "--item", "catalogItemId=DZH318Z0BQ36:004G:DZH318Z08C0S,quantity=1,billingCycle=one_time,termDuration=P1Y,scope=shared,subscriptionId=1C461A25-F729-4FA5-AADB-280947DD05E8",
                "--item", "id=7,catalogItemId=DZH318Z0C0WF:0001:DZH318Z0BP69,quantity=10,billingCycle=none,termDuration=P1M,renewsTo=P1Y")
            #expect(reservation.exitCode == 0)
            let items = try #require(try reservation.decoded(Cart.self).lineItems)
            #expect(items.map(\.id) == [0, 7])
            #expect(items[0].provisioningContext == ["scope": "shared", "subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8"])
            #expect(items[1].renewsTo?.termDuration == "P1Y")
            #expect(items.allSatisfy { $0.error == nil })
        }
    }

    @Test("cart create reads line items from standard input, and cart update replaces them")
    func standardInputAndUpdate() async throws {
        try await withServerProcess { server in
            let customerId = try await server.run("customer", "create", "--name", "Litware", "--quiet").output
            let items = #"[{"catalogItemId": "MS-AZR-0145P", "quantity": 1, "billingCycle": "monthly"} /* Azure plan */]"#

            let created = try await server.run("cart", "create", "-c", customerId, "--file", "-", "--quiet", input: Data(items.utf8))
            #expect(created.exitCode == 0)
            let cartId = created.output

            let updated = try await server.run(
                "cart", "update", cartId, "-c", customerId, "--json",
                "--item", "catalogItemId=CFQ7TTC0LH18:0001:CFQ7TTC0K971,quantity=3,billingCycle=monthly,termDuration=P1M")
            #expect(updated.exitCode == 0)
            let stored = try await server.run("cart", "get", cartId, "-c", customerId, "--json").decoded(Cart.self)
            #expect(stored.lineItems?.map(\.catalogItemId) == ["CFQ7TTC0LH18:0001:CFQ7TTC0K971"])
            #expect(stored.lineItems?.first?.quantity == 3)
            #expect(try updated.decoded(Cart.self).lineItems == stored.lineItems)
        }
    }

    @Test("unreadable input is refused before anything is sent")
    func unreadableInput() async throws {
        let missing = try await CommandLineTool.run(["cart", "create", "-c", UUID().uuidString, "--file", "/nonexistent/cart.json"])
        #expect(missing.exitCode == 6)
        #expect(missing.standardError.hasPrefix("error: cannot read /nonexistent/cart.json"))

        let malformed = try await CommandLineTool.run(["cart", "create", "-c", UUID().uuidString, "--item", "quantity=many"])
        #expect(malformed.exitCode == 6)
        #expect(malformed.standardError == "error: --item: quantity 'many' is not a whole number.\n")
    }
}
