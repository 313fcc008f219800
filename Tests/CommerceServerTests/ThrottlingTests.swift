import Foundation
import Testing

/// Partner Center's published limit: 500 requests per minute per partner and resource family, then 429 with
/// `Retry-After` and the gateway's body.
@Suite struct ThrottlingTests {
    @Test func fiveHundredAndFirstRequestInAMinuteIsThrottledThenPassesAfterWaiting() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let other = try await server.client(partner: PartnerFixtures.partnerB)
            let customer = try await client.createCustomer()
            // The bucket refills at 500/60 per second while the requests run, so the 429 comes after the 500
            // requests of a full bucket plus what refilled meanwhile.
            let started = Date()
            var passed = 1  // creating the customer
            var throttled: TestResponse?
            while throttled == nil, passed < 2_000 {
                let response = try await client.send(.GET, "/v1/customers/\(customer)")
                if response.status == 429 { throttled = response } else { #expect(response.status == 200); passed += 1 }
            }
            let elapsed = Date().timeIntervalSince(started)
            #expect(passed >= 500)
            #expect(Double(passed) <= 500 + (elapsed * 500 / 60).rounded(.up) + 1)
            let refusal = try #require(throttled)

            #expect(refusal.status == 429)
            let retryAfter = try #require(refusal.header("Retry-After").flatMap(Int.init))
            #expect((1...60).contains(retryAfter))
            let body = try refusal.object()
            #expect(body["statusCode"] as? Int == 429)
            #expect(body["message"] as? String == "Rate limit is exceeded. Try again in \(retryAfter) seconds.")
            #expect(try await client.send(.GET, "/v1/customers/\(customer)/orders").status == 200, "another family has its own bucket")
            #expect(try await other.send(.GET, "/v1/customers").status == 200, "another partner has its own bucket")

            try await Task.sleep(for: .seconds(Double(retryAfter) + 0.2))
            #expect(try await client.send(.GET, "/v1/customers/\(customer)").status == 200)
        }
    }

    @Test func throttlingCanBeTurnedOff() async throws {
        try await withTestServer({ $0.throttlePerMinute = nil }) { server in
            let client = try await server.client()
            var statuses: [Int] = []
            for _ in 0..<520 { statuses.append(try await client.send(.GET, "/v1/customers").status) }
            #expect(statuses.allSatisfy { $0 == 200 })
        }
    }
}
