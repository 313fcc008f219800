import Foundation
import Testing

/// The "Create a cart" seed page, sent as its REST example prints it and as the .NET SDK sends it.
@Suite struct SeedCartTests {
    @Test func seedRequestBodyCreatesTheSeedCart() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()

            let response = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: try Fixtures.data("seed-create-cart.json"))

            #expect(response.status == 201)
            let cart = try response.object()
            try SeedCartExpectations.check(cart, customer: customer)
            let cartId = try #require(cart["id"] as? String)
            let stored = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cartId)")
            #expect(stored.status == 200)
            #expect(try stored.object()["lineItems"] as? NSArray == cart["lineItems"] as? NSArray)
        }
    }

    @Test func dotNetSDKStyleBodyGivesTheSameCart() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()

            let response = try await client.send(
                .POST, "/v1/customers/\(customer)/carts", body: try Fixtures.data("seed-create-cart-dotnet.json"))

            #expect(response.status == 201, "\(response.text)")
            try SeedCartExpectations.check(try response.object(), customer: customer)
        }
    }
}

/// What the seed page's response shows for its cart.
enum SeedCartExpectations {
    static func check(_ cart: [String: Any], customer: String) throws {
        let id = try #require(cart["id"] as? String)
        #expect(UUID(uuidString: id) != nil)
        #expect(cart["status"] as? String == "Active")
        #expect((cart["attributes"] as? [String: Any])?["objectType"] as? String == "Cart")
        let selfLink = ((cart["links"] as? [String: Any])?["self"] as? [String: Any])
        #expect(selfLink?["uri"] as? String == "/customers/\(customer)/carts/\(id)")
        #expect(selfLink?["method"] as? String == "GET")
        #expect(cart["lastModifiedUser"] as? String != nil)

        let created = try #require((cart["creationTimestamp"] as? String).flatMap(ISO8601.parse))
        let expires = try #require((cart["expirationTimestamp"] as? String).flatMap(ISO8601.parse))
        #expect(abs(expires.timeIntervalSince(created) - 7 * 86_400) < 0.001)
        let timestamp = try #require(cart["creationTimestamp"] as? String)
        #expect(timestamp.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z$"#, options: .regularExpression) != nil)

        let items = try #require(cart["lineItems"] as? [[String: Any]])
        #expect(items.map { $0["orderGroup"] as? String } == ["OMS-0", "0", "0", "0", "1", "2"])
        #expect(items.map { $0["id"] as? Int } == [0, 1, 2, 3, 4, 5])
        #expect(items.allSatisfy { $0["currencyCode"] as? String == "USD" })
        #expect(items.allSatisfy { $0["error"] == nil })
        #expect(items.map { $0["billingCycle"] as? String } == ["monthly", "one_time", "one_time", "one_time", "monthly", "none"])
        let context = try #require(items[1]["provisioningContext"] as? [String: String])
        #expect(context["subscriptionId"] == "1C461A25-F729-4FA5-AADB-280947DD05E8")
        #expect(context["scope"] == "shared")
        #expect((items[0]["provisioningContext"] as? [String: String]) == [:])
        #expect((items[5]["renewsTo"] as? [String: Any])?["termDuration"] as? String == "P1Y")
        #expect(items[5]["quantity"] as? Int == 10)
    }
}

/// Parses the timestamps the server writes.
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        // ISO8601DateFormatter reads at most 3 fractional digits: cut the rest.
        guard let dot = text.firstIndex(of: "."), let zone = text.lastIndex(of: "Z") else { return formatter.date(from: text) }
        let fraction = text[text.index(after: dot)..<zone].prefix(3)
        return formatter.date(from: "\(text[..<dot]).\(fraction)Z")
    }
}
