import Foundation
import TestSupport
import Testing

@Suite("Operator surface: catalog import and export")
struct CatalogImportTests {
    static let e3Offer = "195416C1-3447-423A-B37B-EE59A99A19C4"

    @Test("a saved Partner Center offers answer is merged in, listed, bought and checked out")
    func partnerCenterOffersImportedThenBought() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()

            let imported = try await admin.send(.POST, "/admin/catalog", body: try Fixtures.data("partner-center-offers.json"))

            #expect(imported.status == 200)
            let summary = try imported.object()
            #expect(summary["format"] as? String == "offers")
            #expect(summary["imported"] as? Int == 2)
            #expect(summary["offers"] as? Int == 6)
            let partner = try await server.client()
            let offer = try await partner.send(.GET, "/v1/offers/\(Self.e3Offer)?country=US").object()
            #expect(offer["name"] as? String == "Office 365 Enterprise E3")
            #expect(offer["supportedBillingCycles"] as? [String] == ["monthly", "annual"])
            let offers = try await partner.send(.GET, "/v1/offers?country=US&size=100").items().compactMap { $0["id"] as? String }
            #expect(offers.contains("MS-AZR-0145P"))
            #expect(offers.contains("4A6AC1C6-3D5B-4F1A-8C2E-9B3E5D7F0A12"))

            let customer = try await partner.createCustomer()
            let cart = try await partner.createCart(customer: customer, items: [
                ["id": 0, "catalogItemId": Self.e3Offer, "quantity": 5, "billingCycle": "monthly"],
                ["id": 1, "catalogItemId": "4A6AC1C6-3D5B-4F1A-8C2E-9B3E5D7F0A12", "quantity": 2, "billingCycle": "monthly"],
            ])
            #expect(cart.status == 201)
            let lineItems = try cart.object()["lineItems"] as? [[String: Any]] ?? []
            #expect(lineItems.allSatisfy { $0["error"] == nil })
            #expect(lineItems.compactMap { $0["orderGroup"] as? String } == ["OMS-0", "OMS-0"])
            let cartId = try #require(try cart.object()["id"] as? String)

            let checkout = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cartId)/checkout")

            #expect(checkout.status == 201)
            let orders = try checkout.object()["orders"] as? [[String: Any]] ?? []
            #expect(orders.count == 1)
            #expect(orders.first?["status"] as? String == "completed")
            let offerIds = (orders.first?["lineItems"] as? [[String: Any]] ?? []).compactMap { $0["offerId"] as? String }
            #expect(offerIds == [Self.e3Offer, "4A6AC1C6-3D5B-4F1A-8C2E-9B3E5D7F0A12"])
            let subscriptions = try await partner.send(.GET, "/v1/customers/\(customer)/subscriptions").items()
            #expect(subscriptions.compactMap { $0["offerId"] as? String }.sorted()
                    == [Self.e3Offer, "4A6AC1C6-3D5B-4F1A-8C2E-9B3E5D7F0A12"].sorted())
        }
    }

    @Test("Partner Center product, SKU and availability answers build a new product sold in a new market")
    func productSkuAvailabilityImported() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            for fixture in ["partner-center-product.json", "partner-center-skus.json", "partner-center-availabilities.json"] {
                let response = try await admin.send(.POST, "/admin/catalog", body: try Fixtures.data(fixture))
                #expect(response.status == 200, "\(fixture): \(response.text)")
            }
            let catalog = try await admin.send(.GET, "/admin/catalog").object()
            let markets = catalog["markets"] as? [String: [String: Any]] ?? [:]
            #expect(markets["JP"]?["currency"] as? String == "JPY")
            let partner = try await server.client()
            let skus = try await partner.send(.GET, "/v1/products/CFQ7TTC0HL8W/skus?country=JP").items()
            #expect(skus.compactMap { $0["id"] as? String } == ["0001"])
            #expect(skus.first?["maximumQuantity"] as? Int == 5000)
            let products = try await partner.send(.GET, "/v1/products?country=JP&targetView=OnlineServices").items()
            #expect(products.compactMap { $0["id"] as? String } == ["CFQ7TTC0HL8W"])

            let customer = try await partner.createCustomer(country: "JP")
            let cart = try await partner.createCart(customer: customer, items: [
                ["catalogItemId": "CFQ7TTC0HL8W:0001:CFQ7TTC0K5DJ", "quantity": 3, "billingCycle": "monthly", "termDuration": "P1Y"],
            ])
            let item = try #require((try cart.object()["lineItems"] as? [[String: Any]])?.first)
            #expect(item["error"] == nil)
            #expect(item["currencyCode"] as? String == "JPY")
            let cartId = try #require(try cart.object()["id"] as? String)
            let checkout = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cartId)/checkout")
            #expect(checkout.status == 201)
            #expect((try checkout.object()["orders"] as? [[String: Any]])?.first?["status"] as? String == "pending")
        }
    }

    @Test("an export imported again replaces the catalog, and a changed price is what the carts then show")
    func ownFormatRoundTrip() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            var document = try await admin.send(.GET, "/admin/catalog").object()
            var products = document["products"] as? [[String: Any]] ?? []
            products = products.filter { $0["id"] as? String == "CFQ7TTC0LH18" }
            var skus = products[0]["skus"] as? [[String: Any]] ?? []
            var availabilities = skus[0]["availabilities"] as? [[String: Any]] ?? []
            var terms = availabilities[0]["terms"] as? [[String: Any]] ?? []
            for index in terms.indices { terms[index]["listPrices"] = ["USD": 1.5] }
            availabilities[0]["terms"] = terms
            skus[0]["availabilities"] = availabilities
            products[0]["skus"] = skus
            document["products"] = products
            document["offers"] = []

            let imported = try await admin.send(.POST, "/admin/catalog", json: document)

            #expect(imported.status == 200)
            #expect(try imported.object()["format"] as? String == "catalog")
            #expect(try imported.object()["products"] as? Int == 1)
            #expect(try imported.object()["offers"] as? Int == 0)
            let partner = try await server.client()
            #expect(try await partner.send(.GET, "/v1/offers/MS-AZR-0145P?country=US").status == 404)
            let customer = try await partner.createCustomer()
            let cart = try await partner.createCart(customer: customer, items: [
                ["catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 4, "billingCycle": "monthly", "termDuration": "P1M"],
            ])
            let item = try #require((try cart.object()["lineItems"] as? [[String: Any]])?.first)
            let pricing = item["pricing"] as? [String: Any]
            #expect(pricing?["listPrice"] as? Double == 1.5)
            let stored = try #require(try await server.parts.services.store.storedCatalog())
            #expect(String(decoding: stored, as: UTF8.self).contains("CFQ7TTC0LH18"))
        }
    }

    @Test("an imported catalog is still in force after a restart on the same data directory")
    func importSurvivesRestart() async throws {
        // The restart is on the same SQLite file; a PostgreSQL test server's schema is dropped when it stops.
        let directory = TemporaryDirectory.make()
        try await withTestServer(engines: [.sqlite], { $0.dataDirectory = directory }) { server in
            let admin = try await server.operatorClient()
            #expect(try await admin.send(.POST, "/admin/catalog", body: try Fixtures.data("partner-center-offers.json")).status == 200)
        }
        try await withTestServer(engines: [.sqlite], { $0.dataDirectory = directory }) { server in
            let partner = try await server.client()
            let offer = try await partner.send(.GET, "/v1/offers/\(Self.e3Offer)?country=US")
            #expect(offer.status == 200)
            #expect(try offer.object()["name"] as? String == "Office 365 Enterprise E3")
        }
    }

    @Test("bad imports answer 400 800002 naming the field, and leave the catalog as it was", arguments: [
        (#"{"markets": {"US": {"currency": "USD", "currencySymbol": "$"}}, "products": [{"id": "P1", "title": "t", "description": "d", "productType": "SaaS", "targetViews": ["OnlineServices"], "publisherName": "p", "isMicrosoftProduct": false, "skus": [{"id": "0001", "title": "t", "description": "d", "minimumQuantity": 1, "maximumQuantity": 5, "isTrial": false, "supportedBillingCycles": ["monthly"], "provisioningVariables": [], "purchasePrerequisites": [], "prerequisiteSkus": [], "availabilities": [{"id": "A1", "countries": ["ZZ"], "segment": "commercial", "isPurchasable": true, "terms": []}]}]}], "offers": []}"#,
         "products[0].skus[0].availabilities[0].countries[0]"),
        (#"{"markets": {"US": {"currency": "USD", "currencySymbol": "$"}}, "products": [{"id": "P1", "title": "t"}], "offers": []}"#,
         "products[0].description"),
        (#"{"items": [{"id": "0002", "productId": "NOSUCHPRODUC", "supportedBillingCycles": ["monthly"], "attributes": {"objectType": "Sku"}}]}"#,
         "items[0].productId"),
        (#"{"items": [{"id": "X1", "name": "n", "country": "ZZ", "supportedBillingCycles": ["monthly"], "attributes": {"objectType": "Offer"}}]}"#,
         "items[0].country"),
        (#"{"items": [{"id": "X1", "name": "n", "country": "US", "attributes": {"objectType": "Offer"}}]}"#,
         "items[0].supportedBillingCycles"),
        (#"{"items": []}"#, "items"),
        (#"{"name": "not a catalog"}"#, "request body"),
    ])
    func badImportsNameTheField(body: String, field: String) async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let before = try await admin.send(.GET, "/admin/catalog")

            let response = try await admin.send(.POST, "/admin/catalog", body: Data(body.utf8))

            #expect(response.status == 400)
            #expect(try response.errorCode() == 800002)
            let description = try response.errorDescription()
            #expect(description.contains(field), "\(description)")
            #expect(try await admin.send(.GET, "/admin/catalog").body == before.body)
            #expect(try await server.parts.services.store.storedCatalog() == nil)
        }
    }
}
