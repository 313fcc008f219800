import Foundation
import Testing

/// Orders: listing with the billingType filter in every spelling, prices on request, direct orders, cancel.
@Suite struct OrderRouteTests {
    @Test(arguments: ["one_time", "OneTime", "oneTime", "onetime", "ONE_TIME"])
    func billingTypeFilterAcceptsEverySpelling(spelling: String) async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            _ = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")

            let filtered = try await client.send(.GET, "/v1/customers/\(customer)/orders?billingType=\(spelling)")

            #expect(filtered.status == 200)
            let body = try filtered.object()
            #expect(body["totalCount"] as? Int == 1)
            #expect((body["attributes"] as? [String: Any])?["objectType"] as? String == "Collection")
            let orders = try #require(body["items"] as? [[String: Any]])
            #expect(orders.map { $0["billingCycle"] as? String } == ["one_time"])
            let monthly = try await client.send(.GET, "/v1/customers/\(customer)/orders?billingType=Monthly")
            #expect(try monthly.object()["totalCount"] as? Int == 2)
            let bad = try await client.send(.GET, "/v1/customers/\(customer)/orders?billingType=fortnightly")
            try ErrorResponseTests.expectError(bad, status: 400, code: 800002, mentioning: ["billingType", "fortnightly"])
        }
    }

    @Test func pricesAppearOnlyWithIncludePrice() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let created = try await client.send(.POST, "/v1/customers/\(customer)/orders", json: [
                "billingCycle": "monthly",
                "lineItems": [["lineItemNumber": 0, "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 3, "termDuration": "P1Y"]],
            ])
            #expect(created.status == 201, "\(created.text)")
            let order = try created.object()
            let id = try #require(order["id"] as? String)
            #expect(order["status"] as? String == "pending")
            #expect(order["totalPrice"] as? Double == Double(6 * 3 * 12))
            #expect((order["lineItems"] as? [[String: Any]])?.first?["friendlyName"] as? String == "Microsoft 365 Business Basic")

            for flag in ["True", "true", "1"] {
                let priced = try await client.send(.GET, "/v1/customers/\(customer)/orders/\(id)?include_price=\(flag)")
                let line = try #require((try priced.object()["lineItems"] as? [[String: Any]])?.first)
                #expect((line["pricing"] as? [String: Any])?["listPrice"] as? Double == 6)
            }
            let plain = try await client.send(.GET, "/v1/customers/\(customer)/orders/\(id)")
            #expect((try plain.object()["lineItems"] as? [[String: Any]])?.first?["pricing"] == nil)
            let listed = try await client.send(.GET, "/v1/customers/\(customer)/orders?include_price=False")
            #expect((try listed.object()["items"] as? [[String: Any]])?.first?["id"] as? String == id)
        }
    }

    @Test func directOrderWithAnInvalidItemIsRefusedWithItsCode() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let response = try await client.send(.POST, "/v1/customers/\(customer)/orders", json: [
                "billingCycle": "monthly",
                "lineItems": [["lineItemNumber": 0, "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 500, "termDuration": "P1Y"]],
            ])
            try ErrorResponseTests.expectError(response, status: 400, code: 10015, mentioning: ["quantity", "500"])
            let orders = try await client.send(.GET, "/v1/customers/\(customer)/orders")
            #expect(try orders.object()["totalCount"] as? Int == 0)
        }
    }

    @Test func cancellingAPendingOrderAndRefusingACompletedOne() async throws {
        try await withTestServer({ $0.provisioningDelay = 3_600 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            let orders = try #require(try checkout.object()["orders"] as? [[String: Any]])
            let legacy = try #require(orders[0]["id"] as? String)
            let pending = try #require(orders[1]["id"] as? String)

            let cancelled = try await client.send(.PATCH, "/v1/customers/\(customer)/orders/\(pending)", json: ["status": "cancelled"])
            #expect(cancelled.status == 200)
            #expect(try cancelled.object()["status"] as? String == "cancelled")
            let stored = try await client.send(.GET, "/v1/customers/\(customer)/orders/\(pending)")
            #expect(try stored.object()["status"] as? String == "cancelled")

            let completed = try await client.send(.PATCH, "/v1/customers/\(customer)/orders/\(legacy)", json: ["status": "cancelled"])
            try ErrorResponseTests.expectError(completed, status: 400, code: 800002, mentioning: ["completed"])
            let legacySubscriptions = try await client.send(.GET, "/v1/customers/\(customer)/subscriptions?order_id=\(legacy)")
            #expect((try legacySubscriptions.object()["items"] as? [[String: Any]])?.first?["status"] as? String == "active")

            let other = try await client.send(.PATCH, "/v1/customers/\(customer)/orders/\(pending)", json: ["status": "completed"])
            try ErrorResponseTests.expectError(other, status: 400, code: 800002, mentioning: ["cancelled"])
        }
    }
}
