import Foundation
import Testing

@Suite("/metrics")
struct MetricsTests {
    @Test("the page is Prometheus text, and the counters move as requests are made")
    func countersMove() async throws {
        try await withTestServer({ $0.throttlePerMinute = 3 }) { server in
            let anonymous = PartnerHTTPClient(baseURL: server.baseURL, token: nil)
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let raw = try await anonymous.send(.GET, "/metrics", authorized: false)
            #expect(raw.status == 200)
            #expect(raw.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
            #expect(raw.text.contains("# TYPE partner_commerce_requests_total counter"))
            #expect(raw.text.contains("# TYPE partner_commerce_request_duration_seconds histogram"))
            let before = try MetricsPage(raw.text)
            let customers: KeyValuePairs<String, String> = ["method": "GET", "route": "/v1/customers", "status": "200"]

            let customer = try await partner.createCustomer()
            let cart = try await partner.createSeedCart(customer: customer)
            _ = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout", headers: [("MS-RequestId", "checkout-1")])
            _ = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout", headers: [("MS-RequestId", "checkout-1")])
            _ = try await admin.addFault(["path": "/v1/offers", "status": 503, "times": 1])
            _ = try await partner.send(.GET, "/v1/offers?country=US")
            var listed: [Int] = []
            for _ in 0..<4 { listed.append(try await partner.send(.GET, "/v1/customers").status) }
            // Three requests a minute per family, refilled continuously: of four in a row at least one is refused.
            // How many depends on how long the requests before them took, so the counters are held to what the
            // client saw.
            let answered = listed.filter { $0 == 200 }.count
            let throttled = listed.filter { $0 == 429 }.count
            #expect(answered + throttled == 4, "\(listed)")
            #expect(throttled >= 1, "\(listed)")

            let after = try await anonymous.metrics()

            #expect(after.value("partner_commerce_requests_total", customers) - before.value("partner_commerce_requests_total", customers) == Double(answered))
            #expect(after.value("partner_commerce_requests_total", ["method": "GET", "route": "/v1/customers", "status": "429"]) == Double(throttled))
            #expect(after.value("partner_commerce_throttled_requests_total") - before.value("partner_commerce_throttled_requests_total") == Double(throttled))
            #expect(after.value("partner_commerce_checkouts_total", ["status": "201"]) == 2)
            #expect(after.value("partner_commerce_idempotent_replays_total") == 1)
            #expect(after.value("partner_commerce_orders_placed_total", ["status": "completed"]) == 1)
            #expect(after.value("partner_commerce_orders_placed_total", ["status": "pending"]) == 3)
            #expect(after.value("partner_commerce_injected_faults_total", ["rule": "fault-1"]) == 1)
            #expect(after.value("partner_commerce_requests_total",
                                ["method": "GET", "route": "/v1/offers", "status": "503"]) == 1)
            let histogram: KeyValuePairs<String, String> = ["method": "GET", "route": "/v1/customers"]
            #expect(after.value("partner_commerce_request_duration_seconds_count", histogram) == 4)
            #expect(after.value("partner_commerce_request_duration_seconds_bucket",
                                ["method": "GET", "route": "/v1/customers", "le": "+Inf"]) == 4)
            #expect(after.value("partner_commerce_request_duration_seconds_sum", histogram) > 0)
            #expect(after.samples["partner_commerce_requests_in_flight"] == 1)
            #expect(after.samples["partner_commerce_provisioning_lag_seconds"] != nil)
        }
    }

    @Test("provisioned orders are counted once the worker completes them")
    func provisioningCounted() async throws {
        try await withTestServer({ $0.allowClockControl = true; $0.provisioningDelay = 3_600 }) { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            let cart = try await partner.createSeedCart(customer: customer)
            _ = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            let before = try await partner.metrics()

            let moved = try await admin.send(.POST, "/admin/clock", json: ["advance": "PT2H"])
            // The orders are complete once the clock has moved, but the background worker may be the one that
            // completed them, and it counts them just after its transaction.
            var after = try await partner.metrics()
            let deadline = Date().addingTimeInterval(15)
            while after.value("partner_commerce_orders_provisioned_total") < 3, Date() < deadline {
                try await Task.sleep(for: .milliseconds(50))
                after = try await partner.metrics()
            }

            #expect(moved.status == 200)
            #expect(before.value("partner_commerce_orders_provisioned_total") == 0)
            #expect(after.value("partner_commerce_orders_provisioned_total") == 3)
            #expect(after.value("partner_commerce_business_clock_offset_seconds") == 7_200)
            #expect(after.value("partner_commerce_provisioning_lag_seconds") == 0)
        }
    }
}
