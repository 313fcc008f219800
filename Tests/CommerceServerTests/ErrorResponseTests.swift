import Foundation
import CommerceCore
import Testing

/// Every error row of SPEC section 4 the partner routes can produce: status, Partner Center code, and a
/// description that says what is wrong.
@Suite struct ErrorResponseTests {
    /// Checks an error answer's status, code, shape and description.
    static func expectError(_ response: TestResponse, status: Int, code: Int, mentioning words: [String] = [],
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
        let body = try response.object()
        #expect(body["code"] as? Int == code, "\(response.text)", sourceLocation: sourceLocation)
        let description = body["description"] as? String ?? ""
        #expect(!description.isEmpty, sourceLocation: sourceLocation)
        #expect(body["source"] as? String == "PartnerCommerce", sourceLocation: sourceLocation)
        #expect(body["data"] is [Any], sourceLocation: sourceLocation)
        for word in words {
            #expect(description.contains(word), "'\(description)' should mention '\(word)'", sourceLocation: sourceLocation)
        }
        #expect(response.header("Content-Type") == "application/json; charset=utf-8", sourceLocation: sourceLocation)
    }

    @Test func malformedJSONNamesWhereItBroke() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let response = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: Data(#"{"lineItems": [ {"id": 0, "#.utf8))
            try Self.expectError(response, status: 400, code: 800002, mentioning: ["lineItems[0]"])
        }
    }

    @Test(arguments: [
        (#"{"lineItems":[{"id":0,"catalogItemId":"X","quantity":"abc","billingCycle":"monthly"}]}"#, "lineItems[0].quantity"),
        (#"{"lineItems":[{"id":0,"catalogItemId":7,"quantity":1,"billingCycle":"monthly"}]}"#, "lineItems[0].catalogItemId"),
        (#"{"lineItems":[{"id":0,"quantity":1,"billingCycle":"monthly"}]}"#, "lineItems[0].catalogItemId"),
        (#"{"lineItems":[{"id":0,"catalogItemId":"X","billingCycle":"monthly"}]}"#, "lineItems[0].quantity"),
        (#"{"lineItems":[{"id":0,"catalogItemId":"X","quantity":1}]}"#, "lineItems[0].billingCycle"),
        (#"{"lineItems":[{"id":0,"catalogItemId":"X","quantity":0,"billingCycle":"monthly"}]}"#, "lineItems[0].quantity"),
        (#"{"lineItems":[]}"#, "lineItems"),
        (#"{}"#, "lineItems"),
        (#"{"lineItems":{"id":0}}"#, "lineItems"),
        (#"{"lineItems":[{"id":1,"catalogItemId":"X","quantity":1,"billingCycle":"monthly"},{"id":"1","catalogItemId":"Y","quantity":1,"billingCycle":"monthly"}]}"#, "lineItems[1].id"),
        (#"{"lineItems":[{"id":0,"catalogItemId":"X","quantity":1,"billingCycle":"monthly","provisioningContext":{"scope":5}}]}"#, "lineItems[0].provisioningContext.scope"),
        (#"{"lineItems":[{"id":0,"catalogItemId":"X","quantity":1,"billingCycle":"monthly","addonItems":[{"id":1,"catalogItemId":"Y","quantity":1,"billingCycle":"monthly","addonItems":[{"id":2,"catalogItemId":"Z","quantity":1,"billingCycle":"monthly"}]}]}]}"#, "lineItems[0].addonItems[0].addonItems"),
        ("\"just a string\"", "expected an object"),
    ])
    func invalidCartBodiesAnswer800002NamingTheField(body: String, field: String) async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let response = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: Data(body.utf8))
            try Self.expectError(response, status: 400, code: 800002, mentioning: [field])
        }
    }

    @Test func moreThanOneHundredLineItemsAreRefused() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let items = (0..<101).map { ["id": $0, "catalogItemId": "MS-AZR-0145P", "quantity": 1, "billingCycle": "monthly"] as [String: Any] }
            let response = try await client.createCart(customer: customer, items: items)
            try Self.expectError(response, status: 400, code: 800002, mentioning: ["lineItems", "100"])
        }
    }

    @Test func bodiesOverOneMebibyteAnswer413() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let padding = String(repeating: " ", count: 1 << 20)
            let response = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: Data("{\(padding)}".utf8))
            try Self.expectError(response, status: 413, code: 800002)
        }
    }

    @Test func customerIdThatIsNotAGUIDAnswers900118() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let response = try await client.send(.GET, "/v1/customers/not-a-guid/carts/abc")
            try Self.expectError(response, status: 400, code: 900118, mentioning: ["not-a-guid"])
        }
    }

    @Test(arguments: TokenProblem.allCases)
    func badTokensAnswer401(problem: TokenProblem) async throws {
        try await withTestServer { server in
            let token = try await problem.token(server)
            let client = PartnerHTTPClient(baseURL: server.baseURL, token: token)
            let response = try await client.send(.GET, "/v1/customers")
            try Self.expectError(response, status: 401, code: 800001, mentioning: [problem.expectedWord])
            #expect(response.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
        }
    }

    @Test func unknownCartAnswers800008() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let missing = UUID().uuidString.lowercased()
            try Self.expectError(try await client.send(.GET, "/v1/customers/\(customer)/carts/\(missing)"), status: 404, code: 800008, mentioning: [missing])
            try Self.expectError(try await client.send(.POST, "/v1/customers/\(customer)/carts/\(missing)/checkout"), status: 404, code: 800008)
            try Self.expectError(try await client.send(.PUT, "/v1/customers/\(customer)/carts/\(missing)", body: try Fixtures.data("seed-create-cart.json")),
                                 status: 404, code: 800008)
        }
    }

    @Test func expiredCartAnswers800008() async throws {
        try await withTestServer({ $0.cartTimeToLive = ISODuration(days: 0).withSeconds(1) }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            try await Task.sleep(for: .milliseconds(1_200))
            try Self.expectError(try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)"), status: 404, code: 800008)
            try Self.expectError(try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout"), status: 404, code: 800008)
            let orders = try await client.send(.GET, "/v1/customers/\(customer)/orders")
            #expect(try orders.object()["totalCount"] as? Int == 0)
        }
    }

    @Test func unknownOrderSubscriptionAndOfferAnswer404() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            try Self.expectError(try await client.send(.GET, "/v1/customers/\(customer)/orders/nope"), status: 404, code: 20000, mentioning: ["nope"])
            try Self.expectError(try await client.send(.GET, "/v1/customers/\(customer)/orders/nope/provisioningstatus"), status: 404, code: 20000)
            try Self.expectError(try await client.send(.PATCH, "/v1/customers/\(customer)/orders/nope", json: ["status": "cancelled"]), status: 404, code: 20000)
            try Self.expectError(try await client.send(.GET, "/v1/customers/\(customer)/subscriptions/\(UUID())"), status: 404, code: 1000)
            try Self.expectError(try await client.send(.GET, "/v1/offers/NOPE?country=US"), status: 404, code: 1000, mentioning: ["NOPE"])
        }
    }

    @Test func unknownCatalogItemsAnswer404WithTheirCodes() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            try Self.expectError(try await client.send(.GET, "/v1/products/NOPE?country=US"), status: 404, code: 400013)
            try Self.expectError(try await client.send(.GET, "/v1/products/DZH318Z0BQ36/skus/NOPE?country=US"), status: 404, code: 400018)
            try Self.expectError(try await client.send(.GET, "/v1/products/DZH318Z0BQ36/skus/004G/availabilities/NOPE?country=US"), status: 404, code: 400019)
            try Self.expectError(try await client.send(.GET, "/v1/products?targetView=OnlineServices"), status: 400, code: 800002, mentioning: ["country"])
        }
    }

    @Test func updatingAnOrderedCartAnswers800065() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            _ = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            let response = try await client.send(.PUT, "/v1/customers/\(customer)/carts/\(cart)", body: try Fixtures.data("seed-create-cart.json"))
            try Self.expectError(response, status: 400, code: 800065, mentioning: [cart])
        }
    }

    @Test func staleIfMatchAnswers412AndLeavesTheCart() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let path = "/v1/customers/\(customer)/carts/\(cart)"
            let oneItem = Data(#"{"lineItems":[{"id":0,"catalogItemId":"MS-AZR-0145P","quantity":1,"billingCycle":"monthly"}]}"#.utf8)
            let first = try await client.send(.PUT, path, body: oneItem, headers: [("If-Match", "\"1\"")])
            #expect(first.status == 201)
            #expect(first.header("ETag") == "\"2\"")
            let stale = try await client.send(.PUT, path, body: try Fixtures.data("seed-create-cart.json"), headers: [("If-Match", "\"1\"")])
            try Self.expectError(stale, status: 412, code: 800002, mentioning: ["If-Match"])
            let stored = try await client.send(.GET, path)
            #expect((try stored.object()["lineItems"] as? [Any])?.count == 1)
        }
    }

    @Test func wrongMethodAnswers405() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            try Self.expectError(try await client.send(.DELETE, "/v1/customers/\(customer)/carts/\(UUID())"), status: 405, code: 3000, mentioning: ["DELETE"])
        }
    }
}

/// Ways a bearer token can be wrong, each with a word the 401 description must contain.
enum TokenProblem: String, CaseIterable, Sendable {
    case missing, garbage, badSignature, expired, noTenant

    var expectedWord: String {
        switch self {
        case .missing: "missing"
        case .garbage: "malformed"
        case .badSignature: "signature"
        case .expired: "expired"
        case .noTenant: "tenant"
        }
    }

    func token(_ server: TestServer) async throws -> String? {
        switch self {
        case .missing: return nil
        case .garbage: return "not.a.jwt"
        case .badSignature:
            let good = try await server.token()
            return String(good.dropLast(4)) + (good.hasSuffix("AAAA") ? "BBBB" : "AAAA")
        case .expired: return try await server.parts.tokens.mint(partnerTenant: PartnerFixtures.partnerA, user: nil, lifetime: -60)
        case .noTenant: return try await server.parts.tokens.mint(partnerTenant: "", user: nil)
        }
    }
}
