import AsyncHTTPClient
import Foundation
import NIOHTTP1
import Testing

/// The dashboard's pages over HTTP: sign-in cookie, what each page shows, escaping, and who may see what.
@Suite struct DashboardTests {
    @Test func signingInWithTheFormKeepsTheTokenInAStrictHttpOnlyCookie() async throws {
        try await withTestServer { server in
            let token = try await server.token()
            let anonymous = PartnerHTTPClient(baseURL: server.baseURL, token: nil, httpClient: .notFollowingRedirects)

            let response = try await anonymous.send(
                .POST, "/dashboard/sign-in", body: Data("token=\(token)".utf8),
                headers: [("Content-Type", "application/x-www-form-urlencoded")], authorized: false)

            #expect(response.status == 303)
            #expect(response.header("Location") == "/")
            let cookie = try #require(response.header("Set-Cookie"))
            #expect(cookie.hasPrefix("partner_commerce_token=\(token);"))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            let home = try await DashboardBrowser(server: server, token: token).get("/")
            #expect(home.status == 200)
            #expect(home.text.contains("This partner has no customers yet."))
            #expect(home.text.contains("Sign out"))
        }
    }

    @Test func aTokenThatDoesNotVerifyIsRefusedWithoutACookie() async throws {
        try await withTestServer { server in
            let anonymous = PartnerHTTPClient(baseURL: server.baseURL, token: nil, httpClient: .notFollowingRedirects)

            let response = try await anonymous.send(
                .POST, "/dashboard/sign-in", body: Data("token=not.a.token".utf8),
                headers: [("Content-Type", "application/x-www-form-urlencoded")], authorized: false)

            #expect(response.status == 401)
            #expect(response.header("Set-Cookie") == nil)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.text.contains("id=\"sign-in-problem\">Authentication failed"))
        }
    }

    @Test func theSignInLinkRedirectsOnlyWithinTheServer() async throws {
        try await withTestServer { server in
            let token = try await server.token()
            let anonymous = PartnerHTTPClient(baseURL: server.baseURL, token: nil, httpClient: .notFollowingRedirects)

            let local = try await anonymous.send(.GET, "/dashboard/sign-in?token=\(token)&next=/dashboard/faults", authorized: false)
            let elsewhere = try await anonymous.send(.GET, "/dashboard/sign-in?token=\(token)&next=//evil.example/", authorized: false)

            #expect(local.status == 303)
            #expect(local.header("Location") == "/dashboard/faults")
            #expect(local.header("Set-Cookie")?.hasPrefix("partner_commerce_token=\(token);") == true)
            #expect(elsewhere.status == 303)
            #expect(elsewhere.header("Location") == "/")
        }
    }

    @Test func signingOutForgetsTheCookie() async throws {
        try await withTestServer { server in
            let browser = DashboardBrowser(server: server, token: try await server.token())

            let response = try await browser.send(.POST, "/dashboard/sign-out")

            #expect(response.status == 303)
            #expect(response.header("Location") == "/")
            let cookie = try #require(response.header("Set-Cookie"))
            #expect(cookie.hasPrefix("partner_commerce_token=;"))
            #expect(cookie.contains("Max-Age=0"))
        }
    }

    @Test func customerPageListsCartsOrdersAndSubscriptionsWithLinks() async throws {
        try await withTestServer({ $0.provisioningDelay = 3_600 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer(name: "Fabrikam")
            let ordered = try await client.createSeedCart(customer: customer)
            let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(ordered)/checkout")
            #expect(checkout.status == 201)
            let brokenId = try await client.createdCartId(customer: customer, items: [
                ["id": 0, "catalogItemId": "NO-SUCH-OFFER", "quantity": 1, "billingCycle": "monthly"],
            ])
            let browser = DashboardBrowser(server: server, client: client)

            let page = try await browser.get("/dashboard/customers/\(customer)")

            #expect(page.status == 200)
            #expect(page.text.contains("<title>Fabrikam · PartnerCommerce</title>"))
            #expect(page.text.contains("href=\"/dashboard/customers/\(customer)/carts/\(ordered)\""))
            #expect(page.text.contains("href=\"/dashboard/customers/\(customer)/carts/\(brokenId)\""))
            #expect(page.text.contains("<td class=\"status\">Ordered</td>"))
            #expect(page.text.contains("<td class=\"status\">Active</td><td>in 6 days 23 hours</td>"))
            #expect(page.text.contains("<td class=\"error-text\">1</td>"))
            let orders = try #require(try checkout.object()["orders"] as? [[String: Any]])
            #expect(orders.count == 4)
            for order in orders {
                let id = try #require(order["id"] as? String)
                let status = try #require(order["status"] as? String)
                #expect(page.text.contains("<a href=\"/dashboard/customers/\(customer)/orders/\(id)\"><code>\(id)</code></a></td><td class=\"status order-status\">\(status)</td>"))
            }
            let stored = try await server.parts.services.store.carts(customerId: customer)
            #expect(stored.map(\.id) == [ordered, brokenId])
        }
    }

    @Test func cartPageHighlightsLineItemsWithErrorsAndShowsOrderGroups() async throws {
        try await withTestServer({ $0.provisioningDelay = 3_600 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cartId = try await client.createdCartId(customer: customer, items: [
                ["id": 0, "catalogItemId": "MS-AZR-0145P", "quantity": 1, "billingCycle": "monthly"],
                ["id": 1, "catalogItemId": "NO-SUCH-OFFER", "quantity": 1, "billingCycle": "monthly"],
            ])
            let browser = DashboardBrowser(server: server, client: client)

            let page = try await browser.get("/dashboard/customers/\(customer)/carts/\(cartId)")

            #expect(page.status == 200)
            #expect(page.text.contains("<code id=\"cart-id\">\(cartId)</code>"))
            #expect(page.text.contains("<dd class=\"status\" id=\"cart-status\">Active</dd>"))
            #expect(page.text.contains("<tr class=\"line-error\"><td>1</td><td><code>NO-SUCH-OFFER</code>"))
            #expect(page.text.contains("<span class=\"error-text\">10001</span>"))
            #expect(page.text.contains("<tr><td>0</td><td><code>MS-AZR-0145P</code>"))
            #expect(page.text.contains("<tr><td>OMS-0</td><td>0</td><td>not ordered yet</td></tr>"))
        }
    }

    @Test func orderPageLinksLineItemsToTheirSubscriptions() async throws {
        try await withTestServer({ $0.provisioningDelay = 3_600 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cartId = try await client.createdCartId(customer: customer, items: [
                ["id": 0, "catalogItemId": "MS-AZR-0145P", "quantity": 1, "billingCycle": "monthly"],
            ])
            let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cartId)/checkout")
            let order = try #require((try checkout.object()["orders"] as? [[String: Any]])?.first)
            let orderId = try #require(order["id"] as? String)
            let subscriptionId = try #require((order["lineItems"] as? [[String: Any]])?.first?["subscriptionId"] as? String)
            let browser = DashboardBrowser(server: server, client: client)

            let page = try await browser.get("/dashboard/customers/\(customer)/orders/\(orderId)")
            let customerPage = try await browser.get("/dashboard/customers/\(customer)")

            #expect(page.status == 200)
            #expect(page.text.contains("<dd class=\"status\" id=\"order-status\">completed</dd>"))
            #expect(page.text.contains("<a href=\"/dashboard/customers/\(customer)#subscription-\(subscriptionId)\"><code>\(subscriptionId)</code></a>"))
            #expect(customerPage.text.contains("<tr id=\"subscription-\(subscriptionId)\">"))
        }
    }

    @Test func customerDataIsEscaped() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer(name: "<script>alert('x')</script>&Co")
            let cartId = try await client.createdCartId(customer: customer, items: [
                ["id": 0, "catalogItemId": "MS-AZR-0145P", "quantity": 1, "billingCycle": "monthly",
                 "friendlyName": "\"><img src=x onerror=alert(1)>"],
            ])
            let browser = DashboardBrowser(server: server, client: client)

            let list = try await browser.get("/")
            let cartPage = try await browser.get("/dashboard/customers/\(customer)/carts/\(cartId)")

            #expect(list.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;Co"))
            #expect(!list.text.contains("<script>"))
            #expect(cartPage.text.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!cartPage.text.contains("<img"))
        }
    }

    @Test func anotherPartnersCustomerIsRefusedAsTheApiRefusesIt() async throws {
        try await withTestServer { server in
            let owner = try await server.client()
            let customer = try await owner.createCustomer()
            let stranger = DashboardBrowser(server: server, token: try await server.token(partner: PartnerFixtures.partnerB))

            let page = try await stranger.get("/dashboard/customers/\(customer)")
            let notAGUID = try await stranger.get("/dashboard/customers/not-a-guid")
            let unsigned = try await PartnerHTTPClient(baseURL: server.baseURL, token: nil, httpClient: .notFollowingRedirects)
                .send(.GET, "/dashboard/customers/\(customer)", authorized: false)

            #expect(page.status == 403)
            #expect(page.text.contains("id=\"problem\""))
            #expect(!page.text.contains("Contoso"))
            #expect(notAGUID.status == 400)
            #expect(notAGUID.text.contains("Invalid customer id &#39;not-a-guid&#39;"))
            #expect(unsigned.status == 401)
            #expect(unsigned.text.contains("<form method=\"post\" action=\"/dashboard/sign-in\">"))
        }
    }

    @Test func operatorsSeeTheRequestJournalAndFaultRules() async throws {
        try await withTestServer { server in
            let operatorToken = try await server.parts.tokens.mint(partnerTenant: PartnerFixtures.partnerA, user: nil, isOperator: true)
            let admin = PartnerHTTPClient(baseURL: server.baseURL, token: operatorToken)
            let added = try await admin.send(.POST, "/admin/faults", json: ["method": "GET", "path": "/v1/customers/*/orders", "status": 503, "times": 2])
            #expect(added.status == 201)
            let partner = try await server.client()
            _ = try await partner.send(.GET, "/v1/customers")
            let operatorBrowser = DashboardBrowser(server: server, token: operatorToken)
            let partnerBrowser = DashboardBrowser(server: server, token: partner.token ?? "")

            let journal = try await operatorBrowser.get("/dashboard/requests")
            let faults = try await operatorBrowser.get("/dashboard/faults")
            let refused = try await partnerBrowser.get("/dashboard/requests")

            #expect(journal.status == 200)
            #expect(journal.text.contains("<td>GET</td><td><code>/v1/customers</code></td><td class=\"status\">200</td>"))
            #expect(journal.text.contains("<td>POST</td><td><code>/admin/faults</code></td><td class=\"status\">201</td>"))
            #expect(faults.status == 200)
            #expect(faults.text.contains("<td><code>fault-1</code></td><td>GET</td><td><code>/v1/customers/*/orders</code></td>"))
            #expect(faults.text.contains("<td>2</td><td>0</td></tr>"))
            #expect(refused.status == 403)
            #expect(refused.text.contains("operator token"))
        }
    }
}

/// Reads dashboard pages the way a browser that signed in does: with the sign-in cookie.
struct DashboardBrowser {
    let server: TestServer
    let token: String

    init(server: TestServer, token: String) {
        self.server = server
        self.token = token
    }

    /// Signed in with the token `client` uses.
    init(server: TestServer, client: PartnerHTTPClient) {
        self.init(server: server, token: client.token ?? "")
    }

    func get(_ path: String) async throws -> TestResponse {
        try await send(.GET, path)
    }

    func send(_ method: HTTPMethod, _ path: String) async throws -> TestResponse {
        try await PartnerHTTPClient(baseURL: server.baseURL, token: nil, httpClient: .notFollowingRedirects)
            .send(method, path, headers: [("Cookie", "partner_commerce_token=\(token)"), ("Accept", "text/html")], authorized: false)
    }
}
