import Foundation
import Testing
import TestSupport

/// Two server processes on one PostgreSQL database keep SPEC's guarantees across instances: one order set per
/// cart, each order provisioned once, request ids shared.
@Suite(.serialized) struct MultiInstanceTests {
    @Test func concurrentCheckoutsOfOneCartOverTwoInstancesMakeOneOrderSet() async throws {
        try await withServerPair { pair in
            let clients = [try await pair.first.client(partner: PartnerFixtures.partnerA),
                           try await pair.second.client(partner: PartnerFixtures.partnerA)]
            let customer = try await clients[0].createCustomer()
            let cart = try await clients[1].createSeedCart(customer: customer)

            let answers = try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for attempt in 0..<64 {
                    let client = clients[attempt % 2]
                    group.addTask { try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout") }
                }
                return try await group.reduce(into: [TestResponse]()) { $0.append($1) }
            }

            let created = answers.filter { $0.status == 201 }
            let refused = answers.filter { $0.status == 409 }
            #expect(created.count + refused.count == 64, "\(Set(answers.map(\.status)))")
            #expect(!created.isEmpty)
            for answer in refused { #expect(try answer.errorCode() == 800064) }
            #expect(Set(created.map(\.body)).count == 1, "every 201 is the same answer, byte for byte")
            let orders = try #require(try created.first?.object()["orders"] as? [[String: Any]])
            #expect(orders.count == 4)
            #expect(try await pair.count("orders WHERE cart_id = '\(cart.lowercased())'") == 4)
            #expect(try await pair.count("orders") == 4)
            let stored = try await clients[0].send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
            #expect(try stored.object()["status"] as? String == "Ordered")
        }
    }

    @Test func aThousandPendingOrdersAreProvisionedOnceWithBothWorkersRunning() async throws {
        // Orders are placed far from due, then made due all at once, so both workers find them together.
        try await withServerPair(arguments: ["--provisioning-delay", "3600", "--throttle", "off"]) { pair in
            let clients = [try await pair.first.client(partner: PartnerFixtures.partnerA),
                           try await pair.second.client(partner: PartnerFixtures.partnerA)]
            let customers = [try await clients[0].createCustomer(), try await clients[1].createCustomer()]
            let order = try JSONSerialization.data(withJSONObject: [
                "billingCycle": "monthly",
                "lineItems": [
                    ["lineItemNumber": 0, "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 1, "termDuration": "P1Y"],
                    ["lineItemNumber": 1, "offerId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 2, "termDuration": "P1Y"],
                ],
            ])
            let statuses = try await withThrowingTaskGroup(of: [Int].self) { group in
                for lane in 0..<16 {
                    group.addTask {
                        var statuses: [Int] = []
                        for _ in 0..<(1_000 / 16 + (lane < 1_000 % 16 ? 1 : 0)) {
                            let response = try await clients[lane % 2].send(
                                .POST, "/v1/customers/\(customers[lane % 2])/orders", body: order)
                            statuses.append(response.status)
                        }
                        return statuses
                    }
                }
                return try await group.reduce(into: [Int]()) { $0 += $1 }
            }
            #expect(statuses.count == 1_000 && statuses.allSatisfy { $0 == 201 })
            #expect(try await pair.count("orders WHERE status = 'pending'") == 1_000)
            #expect(try await pair.count("subscriptions") == 0)

            _ = try await TestDatabase.rows("UPDATE \(pair.schema).orders SET provisioning_due = 0 WHERE provisioning_due IS NOT NULL")
            let deadline = Date().addingTimeInterval(120)
            while try await pair.count("orders WHERE status = 'pending'") > 0, Date() < deadline {
                try await Task.sleep(for: .milliseconds(200))
            }

            #expect(try await pair.count("orders WHERE status = 'completed'") == 1_000)
            #expect(try await pair.count("orders WHERE provisioning_due IS NOT NULL") == 0)
            #expect(try await pair.count("subscriptions") == 2_000, "one subscription per line item, made once")
            let duplicated = try await TestDatabase.rows("""
                SELECT order_id FROM \(pair.schema).subscriptions GROUP BY order_id HAVING COUNT(*) <> 2
                """)
            #expect(duplicated.isEmpty)
            let answered = try await clients[1].send(.GET, "/v1/customers/\(customers[0])/subscriptions")
            #expect(try answered.object()["totalCount"] as? Int == 1_000)
        }
    }

    @Test func aCreateCartRetriedOnTheOtherInstanceReplays() async throws {
        try await withServerPair { pair in
            let first = try await pair.first.client(partner: PartnerFixtures.partnerA)
            let second = try await pair.second.client(partner: PartnerFixtures.partnerA)
            let customer = try await first.createCustomer()
            let body = try Fixtures.data("seed-create-cart.json")
            let requestId = UUID().uuidString
            let path = "/v1/customers/\(customer)/carts"

            let original = try await first.send(.POST, path, body: body, headers: [("MS-RequestId", requestId)])
            let retried = try await second.send(.POST, path, body: body, headers: [("MS-RequestId", requestId)])

            #expect(original.status == 201)
            #expect(original.header("MS-Idempotent-Replay") == nil)
            #expect(retried.status == 201)
            #expect(retried.header("MS-Idempotent-Replay") == "true")
            #expect(retried.body == original.body)
            #expect(retried.header("MS-ServerId") == "000002")
            #expect(try await pair.count("carts") == 1)
            #expect(try await pair.count("idempotency_records WHERE request_id = '\(requestId)' AND status = 201") == 1)
        }
    }
}
