import Foundation
import Testing

/// `MS-RequestId` idempotency: a repeat replays, a different request under the same id is refused, and
/// retries never make a second effect.
@Suite struct IdempotencyTests {
    @Test func repeatedCreateCartReplaysTheFirstAnswer() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let requestId = UUID().uuidString
            let body = try Fixtures.data("seed-create-cart.json")
            let path = "/v1/customers/\(customer)/carts"

            let first = try await client.send(.POST, path, body: body, headers: [("MS-RequestId", requestId)])
            let second = try await client.send(.POST, path, body: body, headers: [("MS-RequestId", requestId)])

            #expect(first.status == 201)
            #expect(first.header("MS-Idempotent-Replay") == nil)
            #expect(second.status == 201)
            #expect(second.header("MS-Idempotent-Replay") == "true")
            #expect(second.body == first.body)
            #expect(second.header("ETag") == first.header("ETag"))
            #expect(try await server.parts.services.store.counts().carts == 1)

            let different = try await client.send(.POST, path, body: Data(#"{"lineItems":[{"catalogItemId":"MS-AZR-0145P","quantity":1,"billingCycle":"monthly"}]}"#.utf8),
                                                   headers: [("MS-RequestId", requestId)])
            try ErrorResponseTests.expectError(different, status: 400, code: 800002, mentioning: [requestId])
            let fresh = try await client.send(.POST, path, body: body, headers: [("MS-RequestId", UUID().uuidString)])
            #expect(fresh.status == 201)
            #expect(try await server.parts.services.store.counts().carts == 2)
        }
    }

    @Test func twentyParallelCreatesWithOneRequestIdMakeOneCart() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let requestId = UUID().uuidString
            let body = try Fixtures.data("seed-create-cart.json")
            let responses = try await withThrowingTaskGroup(of: TestResponse.self) { group in
                for _ in 0..<20 {
                    group.addTask {
                        try await client.send(.POST, "/v1/customers/\(customer)/carts", body: body, headers: [("MS-RequestId", requestId)])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let created = responses.filter { $0.status == 201 }
            #expect(!created.isEmpty)
            #expect(Set(created.map(\.body)).count == 1)
            for other in responses where other.status != 201 {
                #expect(other.status == 409)
                #expect(try other.errorCode() == 800064)
            }
            #expect(try await server.parts.services.store.counts().carts == 1)
        }
    }

    @Test func twentyRetriesOfOneCheckoutMakeOneSetOfOrders() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let requestId = UUID().uuidString
            var bodies: [Data] = []
            for attempt in 0..<20 {
                let response = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout",
                                                     body: Data(#""success""#.utf8), headers: [("MS-RequestId", requestId)])
                #expect(response.status == 201)
                #expect(response.header("MS-Idempotent-Replay") == (attempt == 0 ? nil : "true"))
                bodies.append(response.body)
            }
            #expect(Set(bodies).count == 1)
            #expect(try await server.parts.services.store.counts().orders == 4)
        }
    }

    @Test func requestsWithoutARequestIdKeepNoRecord() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let body = try Fixtures.data("seed-create-cart.json")
            let first = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: body)
            let second = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: body)
            #expect(first.status == 201 && second.status == 201)
            #expect(try first.object()["id"] as? String != second.object()["id"] as? String)
            #expect(try await server.parts.services.store.counts().carts == 2)
        }
    }
}
