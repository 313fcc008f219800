import Foundation
import Testing

/// The dashboard in a real browser (headless Chromium): after a scripted purchase, the pages show the cart and
/// the orders, a `<script>` in customer data stays text, and screenshots are saved to `.ci/artifacts/`.
@Suite struct DashboardBrowserTests {
    /// Where the screenshots go: `.ci/artifacts/` in the repository (git-ignored; CI keeps it).
    static let artifacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".ci/artifacts")

    @Test func pagesShowAPurchaseAndKeepInjectedScriptsAsText() async throws {
        let chromium = try HeadlessChromium.find()
        // Provisioning an hour away keeps the catalog orders pending while the browser looks.
        try await withTestServer({ $0.provisioningDelay = 3_600 }) { server in
            let client = try await server.client()
            let injected = "<script>document.title='injected'</script>Northwind"
            let customer = try await client.createCustomer(name: injected)
            // The seed page's cart (comments and all), its Azure plan named with a script.
            let seed = String(decoding: try Fixtures.data("seed-create-cart.json"), as: UTF8.self).replacingOccurrences(
                of: #""catalogItemId": "MS-AZR-0145P","#,
                with: #""catalogItemId": "MS-AZR-0145P", "friendlyName": "<script>document.title='injected'</script>Azure plan","#)
            let created = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: Data(seed.utf8))
            let cartId = try #require(try created.object()["id"] as? String)
            let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cartId)/checkout")
            #expect(checkout.status == 201)
            let orders = try #require(try checkout.object()["orders"] as? [[String: Any]])
            let statuses = orders.compactMap { $0["status"] as? String }
            #expect(statuses.sorted() == ["completed", "pending", "pending", "pending"])
            let refusedId = try await client.createdCartId(customer: customer, items: [
                ["id": 0, "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 5, "billingCycle": "monthly", "termDuration": "P1Y"],
                ["id": 1, "catalogItemId": "NO-SUCH-OFFER", "quantity": 1, "billingCycle": "monthly"],
            ])
            let token = try #require(client.token)
            let signIn = { (page: String) in "\(server.baseURL)/dashboard/sign-in?token=\(token)&next=\(page)" }

            let customerDOM = try await chromium.dumpDOM(signIn("/dashboard/customers/\(customer)"))
            let cartDOM = try await chromium.dumpDOM(signIn("/dashboard/customers/\(customer)/carts/\(cartId)"))
            let refusedDOM = try await chromium.dumpDOM(signIn("/dashboard/customers/\(customer)/carts/\(refusedId)"))

            #expect(customerDOM.contains("<code id=\"customer-id\">\(customer)</code>"))
            #expect(customerDOM.contains("<code>\(cartId)</code>"))
            let shownStatuses = Self.texts(ofCellsWithClass: "status order-status", in: customerDOM)
            #expect(shownStatuses.sorted() == statuses.sorted())
            #expect(cartDOM.contains("<code id=\"cart-id\">\(cartId)</code>"))
            #expect(cartDOM.contains("<dd class=\"status\" id=\"cart-status\">Ordered</dd>"))
            for dom in [customerDOM, cartDOM] {
                #expect(dom.contains("&lt;script&gt;document.title='injected'&lt;/script&gt;"))
                #expect(!dom.contains("<script>"))
                #expect(!dom.contains("<title>injected"))
            }
            #expect(cartDOM.contains("&lt;script&gt;document.title='injected'&lt;/script&gt;Azure plan"))
            #expect(refusedDOM.contains("<tr class=\"line-error\"><td>1</td><td><code>NO-SUCH-OFFER</code>"))
            #expect(refusedDOM.contains("<span class=\"error-text\">10001</span>"))

            try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
            try await chromium.screenshot(signIn("/dashboard/customers/\(customer)"),
                                    to: Self.artifacts.appendingPathComponent("dashboard-customer.png").path)
            try await chromium.screenshot(signIn("/dashboard/customers/\(customer)/carts/\(cartId)"),
                                    to: Self.artifacts.appendingPathComponent("dashboard-cart.png").path)
            try await chromium.screenshot(signIn("/dashboard/customers/\(customer)/carts/\(refusedId)"),
                                          to: Self.artifacts.appendingPathComponent("dashboard-cart-with-errors.png").path)
        }
    }

    @Test func signInFormIsReadableWithoutAToken() async throws {
        let chromium = try HeadlessChromium.find()
        try await withTestServer { server in
            let dom = try await chromium.dumpDOM(server.baseURL + "/")

            #expect(dom.contains("<form method=\"post\" action=\"/dashboard/sign-in\">"))
            #expect(dom.contains("<textarea id=\"token\" name=\"token\""))
            #expect(try await server.parts.services.store.counts().customers == 0)
        }
    }

    /// The text of every `<td class="...">` with exactly this class attribute.
    static func texts(ofCellsWithClass className: String, in html: String) -> [String] {
        let opening = "<td class=\"\(className)\">"
        return html.components(separatedBy: opening).dropFirst().compactMap { $0.components(separatedBy: "</td>").first }
    }
}
