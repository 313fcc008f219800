import Foundation
import Testing

/// Each line-item error code of SPEC section 5, produced over HTTP: the cart is saved (201) and the item
/// carries an integer errorCode with a description naming the field and value; checking it out answers
/// 400 800009 listing the item.
@Suite struct LineItemErrorTests {
    static let basic = "CFQ7TTC0LH18:0001:CFQ7TTC0K971"
    static let riSku = "DZH318Z0BQ36:004G:DZH318Z08C0S"

    static func item(_ id: String, quantity: Int = 1, cycle: String = "monthly", term: String? = "P1Y",
                     extra: [String: Any] = [:]) -> [String: Any] {
        var item: [String: Any] = ["id": 0, "catalogItemId": id, "quantity": quantity, "billingCycle": cycle]
        if let term { item["termDuration"] = term }
        return item.merging(extra) { $1 }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let country: String
        let items: @Sendable () -> [[String: Any]]
        let failingIndex: Int
        let code: Int
        let words: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown catalog item", country: "US", items: { [item("NOPE:0001:NOPE")] }, failingIndex: 0, code: 10001, words: ["catalogItemId", "NOPE:0001:NOPE"]),
        Case(name: "retired legacy offer", country: "US", items: { [item("796B6B5F-613C-4E24-A17C-EBA730D49C02", term: nil)] }, failingIndex: 0, code: 10001, words: ["796B6B5F-613C-4E24-A17C-EBA730D49C02", "no longer"]),
        Case(name: "US-only item for a GB customer", country: "GB", items: { [item("CFQ7TTC0LGZT:0001:CFQ7TTC0K6D2")] }, failingIndex: 0, code: 10001, words: ["GB"]),
        Case(name: "education item for a commercial customer", country: "US", items: { [item("CFQ7TTC0LF9J:0001:CFQ7TTC0K7TX")] }, failingIndex: 0, code: 10001, words: ["education"]),
        Case(name: "unsupported billing cycle", country: "US", items: { [item(riSku, cycle: "monthly")] }, failingIndex: 0, code: 10013, words: ["billingCycle", "monthly"]),
        Case(name: "unknown billing cycle", country: "US", items: { [item(basic, cycle: "weekly")] }, failingIndex: 0, code: 10013, words: ["billingCycle", "unknown"]),
        Case(name: "term not offered", country: "US", items: { [item(basic, term: "P3Y")] }, failingIndex: 0, code: 10013, words: ["termDuration", "P3Y"]),
        Case(name: "term missing", country: "US", items: { [item(basic, term: nil)] }, failingIndex: 0, code: 10013, words: ["termDuration ''"]),
        Case(name: "quantity above the maximum", country: "US", items: { [item(basic, quantity: 301)] }, failingIndex: 0, code: 10015, words: ["quantity", "301", "1..300"]),
        Case(name: "missing provisioning variable", country: "US", items: { [item(riSku, cycle: "one_time", extra: ["provisioningContext": ["scope": "shared"]])] }, failingIndex: 0, code: 10010, words: ["provisioningContext", "SubscriptionId"]),
        Case(name: "renewal term not allowed", country: "US", items: { [item(basic, extra: ["renewsTo": ["termDuration": "P3Y"]])] }, failingIndex: 0, code: 10010, words: ["renewsTo.termDuration", "P3Y"]),
        Case(name: "unknown participant", country: "US", items: { [item(basic, extra: ["participants": [["key": "best_friend", "value": "1"]]])] }, failingIndex: 0, code: 10010, words: ["participants[0].key", "best_friend"]),
        Case(name: "attestation not accepted", country: "US", items: { [item("CFQ7TTC0J1FV:0001:CFQ7TTC0J2RB")] }, failingIndex: 0, code: 10012, words: ["attestationAccepted", "Windows365"]),
        Case(name: "wrong currency", country: "US", items: { [item(basic, extra: ["currencyCode": "EUR"])] }, failingIndex: 0, code: 10000, words: ["currencyCode", "EUR", "USD"]),
        Case(name: "inventory exhausted", country: "US", items: {
            [item("CFQ7TTC0QW5P:0001:CFQ7TTC0QW5R", quantity: 30), item("CFQ7TTC0QW5P:0001:CFQ7TTC0QW5R", quantity: 30, extra: ["id": 1])]
        }, failingIndex: 1, code: 10003, words: ["quantity 30", "20"]),
        Case(name: "add-on without base", country: "US", items: { [item("CFQ7TTC0LH1Q:0001:CFQ7TTC0K6F1")] }, failingIndex: 0, code: 400041, words: ["CFQ7TTC0LH1Q:0001:CFQ7TTC0K6F1", "base product"]),
    ]

    @Test(arguments: cases)
    func lineItemErrorIsReportedOnTheItem(_ testCase: Case) async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer(country: testCase.country)

            let response = try await client.createCart(customer: customer, items: testCase.items())

            #expect(response.status == 201, "\(response.text)")
            let cart = try response.object()
            let items = try #require(cart["lineItems"] as? [[String: Any]])
            let failing = items[testCase.failingIndex]
            let error = try #require(failing["error"] as? [String: Any], "\(response.text)")
            #expect(error["errorCode"] as? Int == testCase.code, "\(response.text)")
            let description = try #require(error["errorDescription"] as? String)
            for word in testCase.words { #expect(description.contains(word), "'\(description)' should mention '\(word)'") }
            #expect(failing["orderGroup"] == nil)

            let cartId = try #require(cart["id"] as? String)
            let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cartId)/checkout")
            try ErrorResponseTests.expectError(checkout, status: 400, code: 800009)
            #expect(try checkout.object()["data"] as? [String] == ["\(failing["id"] as? Int ?? -1)"])
            let orders = try await client.send(.GET, "/v1/customers/\(customer)/orders")
            #expect(try orders.object()["totalCount"] as? Int == 0)
        }
    }

    @Test func sandboxLimitsRefuseTheTwentySixthLicence() async throws {
        try await withTestServer({ $0.sandboxLimits = true }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let response = try await client.createCart(customer: customer, items: [Self.item(Self.basic, quantity: 26)])
            let error = try #require((try response.object()["lineItems"] as? [[String: Any]])?.first?["error"] as? [String: Any])
            #expect(error["errorCode"] as? Int == 10009)
            #expect((error["errorDescription"] as? String)?.contains("25") == true)
        }
    }

    @Test func addOnWithItsBaseInTheCartIsAccepted() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let response = try await client.createCart(customer: customer, items: [
                Self.item("CFQ7TTC0LFLX:0001:CFQ7TTC0K8P5", quantity: 5),
                Self.item("CFQ7TTC0LH1Q:0001:CFQ7TTC0K6F1", quantity: 5, extra: ["id": 1]),
            ])
            let items = try #require(try response.object()["lineItems"] as? [[String: Any]])
            #expect(items.allSatisfy { $0["error"] == nil }, "\(response.text)")
            #expect(items.map { $0["orderGroup"] as? String } == ["0", "0"])
            let pricing = try #require(items[0]["pricing"] as? [String: Any])
            #expect(pricing["listPrice"] as? Double == 36)
            #expect(pricing["extendedPrice"] as? Double == Double(36 * 5 * 12))
        }
    }
}
