import Foundation
import Testing

/// Customers, the catalog and Partner Center's response headers.
@Suite struct ResourceRouteTests {
    @Test func customersAreCreatedListedReadAndDeletedWithEverythingUnderThem() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let created = try await client.send(.POST, "/v1/customers", json: [
                "id": "ffffffff-ffff-4fff-8fff-ffffffffffff",
                "companyProfile": ["companyName": "Wingtip <Toys> 🚀", "domain": "wingtip.onmicrosoft.com"],
                "billingProfile": ["defaultAddress": ["country": "de"]],
            ])
            #expect(created.status == 201)
            let customer = try created.object()
            let id = try #require(customer["id"] as? String)
            #expect(id != "ffffffff-ffff-4fff-8fff-ffffffffffff", "a client-sent id is ignored")
            #expect((customer["companyProfile"] as? [String: Any])?["companyName"] as? String == "Wingtip <Toys> 🚀")
            #expect((customer["companyProfile"] as? [String: Any])?["tenantId"] as? String == id)
            let list = try await client.send(.GET, "/v1/customers")
            #expect(try list.object()["totalCount"] as? Int == 1)

            let cart = try await client.createCart(customer: id, items: [
                ["catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 1, "billingCycle": "monthly", "termDuration": "P1M"],
            ])
            let line = try #require((try cart.object()["lineItems"] as? [[String: Any]])?.first)
            #expect(line["currencyCode"] as? String == "EUR")
            #expect(line["id"] as? Int == 0)
            let cartId = try #require(try cart.object()["id"] as? String)

            let deleted = try await client.send(.DELETE, "/v1/customers/\(id)")
            #expect(deleted.status == 204)
            try ErrorResponseTests.expectError(try await client.send(.GET, "/v1/customers/\(id)"), status: 403, code: 20002)
            try ErrorResponseTests.expectError(try await client.send(.GET, "/v1/customers/\(id)/carts/\(cartId)"), status: 403, code: 20002)
            #expect(try await client.send(.GET, "/v1/customers").object()["totalCount"] as? Int == 0)
        }
    }

    @Test func customerInACountryWithoutAMarketIsRefused() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let response = try await client.send(.POST, "/v1/customers", json: ["billingProfile": ["defaultAddress": ["country": "ZZ"]]])
            try ErrorResponseTests.expectError(response, status: 400, code: 800002, mentioning: ["country", "ZZ"])
        }
    }

    @Test func catalogIsServedPerMarketAndView() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let products = try await client.send(.GET, "/v1/products?country=US&targetView=onlineservices")
            #expect(products.status == 200)
            let items = try #require(try products.object()["items"] as? [[String: Any]])
            let ids = items.compactMap { $0["id"] as? String }
            #expect(ids.contains("CFQ7TTC0LH18"))
            #expect(!ids.contains("DZH318Z0BQ36"))
            #expect(items.allSatisfy { ($0["attributes"] as? [String: Any])?["objectType"] as? String == "Product" })
            let gb = try await client.send(.GET, "/v1/products?country=GB&targetView=OnlineServices")
            #expect(!(try #require(try gb.object()["items"] as? [[String: Any]]).contains { $0["id"] as? String == "CFQ7TTC0LGZT" }))

            let sku = try await client.send(.GET, "/v1/products/DZH318Z0BQ36/skus/004G?country=US")
            #expect(try sku.object()["provisioningVariables"] as? [String] == ["Scope", "SubscriptionId"])
            let availabilities = try await client.send(.GET, "/v1/products/DZH318Z0BQ36/skus/004G/availabilities?country=US")
            let availability = try #require((try availabilities.object()["items"] as? [[String: Any]])?.first)
            #expect(availability["catalogItemId"] as? String == "DZH318Z0BQ36:004G:DZH318Z08C0S")
            #expect((availability["defaultCurrency"] as? [String: Any])?["code"] as? String == "USD")

            let offers = try await client.send(.GET, "/v1/offers?country=US&size=1")
            let page = try offers.object()
            #expect(page["totalCount"] as? Int == 1)
            let next = try #require(((page["links"] as? [String: Any])?["next"] as? [String: Any])?["uri"] as? String)
            #expect(next.contains("offset=1"))
            let azure = try await client.send(.GET, "/v1/offers/ms-azr-0145p?country=US")
            #expect(try azure.object()["name"] as? String == "Microsoft Azure")
        }
    }

    @Test func responsesCarryPartnerCenterHeaders() async throws {
        try await withTestServer({ $0.serverId = "000042" }) { server in
            let client = try await server.client()
            let echoed = try await client.send(.GET, "/v1/customers", headers: [
                ("MS-RequestId", "4fa6dad6-a89f-4875-8247-8294a10ae1cf"),
                ("MS-CorrelationId", "0e93c70c-977a-4a88-9580-7cf084c73286"),
                ("X-Locale", "fr-FR"),
            ])
            #expect(echoed.header("MS-RequestId") == "4fa6dad6-a89f-4875-8247-8294a10ae1cf")
            #expect(echoed.header("MS-CorrelationId") == "0e93c70c-977a-4a88-9580-7cf084c73286")
            #expect(echoed.header("X-Locale") == "fr-FR")
            #expect(echoed.header("MS-ServerId") == "000042")
            #expect(echoed.header("MS-CV")?.hasSuffix(".0") == true)
            #expect(echoed.header("Date") != nil)
            #expect(echoed.header("Content-Type") == "application/json; charset=utf-8")

            let generated = try await client.send(.GET, "/v1/customers/not-a-guid", authorized: false)
            #expect(generated.status == 401)
            #expect(generated.header("MS-RequestId").flatMap(UUID.init(uuidString:)) != nil)
            #expect(generated.header("MS-CorrelationId").flatMap(UUID.init(uuidString:)) != nil)
            #expect(generated.header("X-Locale") == "en-US")
            let health = try await PartnerHTTPClient(baseURL: server.baseURL, token: nil).send(.GET, "/healthz")
            #expect(health.status == 200)
            #expect(try health.object()["status"] as? String == "ok")
        }
    }
}
