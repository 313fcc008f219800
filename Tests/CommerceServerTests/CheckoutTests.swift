import Foundation
import Testing

/// The "Checkout a cart" seed page: orders, provisioning, subscriptions, replays and concurrent checkouts.
@Suite struct CheckoutTests {
    @Test(arguments: [CheckoutBody.dotNetSuccess, .emptyObject, .none])
    func seedCartChecksOutIntoFourOrders(body: CheckoutBody) async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)

            let response = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout", body: body.data)

            #expect(response.status == 201, "\(response.text)")
            let result = try response.object()
            #expect((result["attributes"] as? [String: Any])?["objectType"] as? String == "CartCheckoutResult")
            #expect((result["orderErrors"] as? [Any])?.isEmpty == true)
            let orders = try #require(result["orders"] as? [[String: Any]])
            #expect(orders.count == 4)
            #expect(orders.map { $0["billingCycle"] as? String } == ["monthly", "one_time", "monthly", "none"])

            let legacy = orders[0]
            let legacyId = try #require(legacy["id"] as? String)
            #expect(UUID(uuidString: legacyId) != nil)
            #expect(legacy["alternateId"] as? String == legacyId)
            #expect(legacy["status"] as? String == "completed")
            let legacyLines = try #require(legacy["lineItems"] as? [[String: Any]])
            #expect(legacyLines.count == 1)
            #expect(legacyLines.allSatisfy { ($0["subscriptionId"] as? String).flatMap(UUID.init(uuidString:)) != nil })

            for order in orders.dropFirst() {
                let id = try #require(order["id"] as? String)
                #expect(id.count == 33)
                #expect(id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                let alternate = try #require(order["alternateId"] as? String)
                #expect(alternate.count == 12 && alternate.allSatisfy(\.isHexDigit))
                #expect(order["status"] as? String == "pending")
                #expect(order["referenceCustomerId"] as? String == customer)
                #expect(order["currencyCode"] as? String == "USD")
                #expect(order["currencySymbol"] as? String == "$")
                #expect(order["transactionType"] as? String == "UserPurchase")
                let lines = try #require(order["lineItems"] as? [[String: Any]])
                #expect(lines.map { $0["lineItemNumber"] as? Int } == Array(0..<lines.count))
                #expect(lines.allSatisfy { $0["transactionType"] as? String == "New" && $0["subscriptionId"] == nil })
                let links = try #require(order["links"] as? [String: Any])
                #expect((links["patchOperation"] as? [String: Any])?["method"] as? String == "PATCH")
            }
            let riLines = try #require(orders[1]["lineItems"] as? [[String: Any]])
            #expect(riLines.map { $0["offerId"] as? String } == [
                "DZH318Z0BQ36:004G:DZH318Z08C0S", "DZH318Z0BQ36:004J:DZH318Z08B8X", "DG7GMGF0DWTL:0001:DG7GMGF0DSFM",
            ])
            #expect(riLines[0]["friendlyName"] as? String == "Reserved VM Instance, Standard_NV12, US East 2, 1 Year")

            let stored = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
            #expect(try stored.object()["status"] as? String == "Ordered")
        }
    }

    @Test func pendingOrdersCompleteAfterTheProvisioningDelay() async throws {
        // An hour's delay, then the business clock moved past it: the background worker completes the orders,
        // and a slow machine cannot make them due before the first look.
        try await withTestServer({ $0.provisioningDelay = 3_600 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            let orders = try #require(try checkout.object()["orders"] as? [[String: Any]])
            let pendingId = try #require(orders[1]["id"] as? String)

            let before = try await client.send(.GET, "/v1/customers/\(customer)/orders/\(pendingId)/provisioningstatus")
            let beforeItems = try #require(try before.object()["items"] as? [[String: Any]])
            #expect(beforeItems.map { $0["status"] as? String } == ["prefulfillmentPending", "prefulfillmentPending", "prefulfillmentPending"])

            server.parts.services.clock.advance(by: 3_600)
            let completed = try await client.waitFor("/v1/customers/\(customer)/orders/\(pendingId)") {
                $0["status"] as? String == "completed"
            }
            let lines = try #require(completed["lineItems"] as? [[String: Any]])
            let subscriptionIds = lines.compactMap { $0["subscriptionId"] as? String }
            #expect(subscriptionIds.count == 3)

            let status = try await client.send(.GET, "/v1/customers/\(customer)/orders/\(pendingId)/provisioningstatus")
            let statusItems = try #require(try status.object()["items"] as? [[String: Any]])
            #expect(statusItems.map { $0["status"] as? String } == ["fulfilled", "fulfilled", "fulfilled"])
            #expect(statusItems.map { $0["lineItemNumber"] as? Int } == [0, 1, 2])

            let byOrder = try await client.send(.GET, "/v1/customers/\(customer)/subscriptions?order_id=\(pendingId)")
            let subscriptions = try #require(try byOrder.object()["items"] as? [[String: Any]])
            #expect(Set(subscriptions.compactMap { $0["id"] as? String }) == Set(subscriptionIds))
            #expect(subscriptions.allSatisfy { $0["status"] as? String == "active" && $0["orderId"] as? String == pendingId })
            #expect(subscriptions.allSatisfy { $0["billingCycle"] as? String == "one_time" })
            let first = try #require(subscriptionIds.first)
            let one = try await client.send(.GET, "/v1/customers/\(customer)/subscriptions/\(first)")
            #expect(one.status == 200)
            #expect(try one.object()["offerId"] as? String == "DZH318Z0BQ36:004G:DZH318Z08C0S")

            _ = try await client.waitFor("/v1/customers/\(customer)/subscriptions") { ($0["totalCount"] as? Int) == 6 }
        }
    }

    @Test func checkingOutAnOrderedCartAnswersTheSameBytes() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let first = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout", body: Data(#""success""#.utf8))
            try await Task.sleep(for: .milliseconds(1_500))

            let second = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")

            #expect(first.status == 201)
            #expect(second.status == 201)
            #expect(second.body == first.body)
            let orders = try await client.send(.GET, "/v1/customers/\(customer)/orders")
            #expect(try orders.object()["totalCount"] as? Int == 4)
        }
    }

    @Test func thirtyTwoConcurrentCheckoutsMakeOneSetOfOrders() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)

            let responses = try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for _ in 0..<32 {
                    group.addTask { try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout") }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }

            let created = responses.filter { $0.status == 201 }
            let conflicts = responses.filter { $0.status == 409 }
            #expect(created.count + conflicts.count == 32)
            #expect(!created.isEmpty)
            #expect(Set(created.map(\.body)).count == 1)
            for conflict in conflicts { #expect(try conflict.errorCode() == 800064) }
            let orders = try await client.send(.GET, "/v1/customers/\(customer)/orders")
            #expect(try orders.object()["totalCount"] as? Int == 4)
            let orderIds = Set(try #require(try orders.object()["items"] as? [[String: Any]]).compactMap { $0["id"] as? String })
            let answered = try #require(try created[0].object()["orders"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(orderIds == Set(answered))
        }
    }
}

/// The checkout bodies clients send: the .NET SDK's `"success"`, `{}`, or nothing.
enum CheckoutBody: String, CustomTestStringConvertible, Sendable {
    case dotNetSuccess, emptyObject, none

    var data: Data? {
        switch self {
        case .dotNetSuccess: Data(#""success""#.utf8)
        case .emptyObject: Data("{}".utf8)
        case .none: nil
        }
    }

    var testDescription: String { rawValue }
}
