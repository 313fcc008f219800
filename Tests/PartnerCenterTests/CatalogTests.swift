import Foundation
import PartnerCenter
import Testing

@Suite("The catalog through the SDK")
struct CatalogTests {
    @Test("products by country and target view, then one product, its SKUs and availabilities")
    func walksProductCatalog() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let products = partner.products.byCountry("US")

            let online = try await products.byTargetView("OnlineServices").get().all()
            let commercial = try await products.byTargetView("OnlineServices").byTargetSegment("commercial").get().all()
            #expect(online.contains { $0.id == "CFQ7TTC0LH18" && $0.title == "Microsoft 365 Business Basic" })
            #expect(commercial.map(\.id).contains("CFQ7TTC0LH18"))

            let basic = products.byId("CFQ7TTC0LH18")
            #expect(try await basic.get().title == "Microsoft 365 Business Basic")
            #expect(try await basic.skus.get().all().map(\.id).contains("0001"))
            let sku = try await basic.skus.byId("0001").get()
            #expect(sku.minimumQuantity == 1)
            #expect(sku.maximumQuantity == 300)

            let availabilities = try await basic.skus.byId("0001").availabilities.get().all()
            #expect(availabilities.contains { $0.catalogItemId == "CFQ7TTC0LH18:0001:CFQ7TTC0K971" })
            let availability = try await basic.skus.byId("0001").availabilities.byId("CFQ7TTC0K971").get()
            #expect(availability.defaultCurrency?.code == "USD")
            #expect(availability.terms?.compactMap(\.duration).contains("P1Y") == true)
        }
    }

    @Test("offers by country, and one offer")
    func readsOffers() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let offers = try await partner.offers.byCountry("US").get().all()
            #expect(offers.contains { $0.id == "MS-AZR-0145P" })
            let azure = try await partner.offers.byCountry("US").byId("MS-AZR-0145P").get()
            #expect(azure.id == "MS-AZR-0145P")
            #expect(azure.supportedBillingCycles?.contains(.monthly) == true)
        }
    }

    @Test("offers with size=1 are read one page at a time by following links.next")
    func pagesOffers() async throws {
        try await withProxiedServer { server, proxy in
            let partner = try await server.partnerService(baseURL: proxy.baseURL)
            let everything = try await partner.offers.byCountry("US").get().all()
            #expect(everything.count >= 3)

            let paged = try await partner.offers.byCountry("US").get(offset: 0, size: 1)
            #expect(paged.items.count == 1)
            let walked = try await paged.all()

            #expect(walked.map(\.id) == everything.map(\.id))
            let pageRequests = await proxy.journal.requests("GET", pathSuffix: "/v1/offers").dropFirst()
            #expect(pageRequests.count == everything.count)
            #expect(pageRequests.map(\.target) == everything.indices.map { "/v1/offers?country=US&offset=\($0)&size=1" })
        }
    }

    @Test("a next link's headers are sent with the next page, and its relative URI is read under /v1")
    func followsNextLinkHeaders() async throws {
        try await withProxiedServer { server, proxy in
            await proxy.journal.add(ProxyRule("GET", pathSuffix: "/v1/offers", .forwardRewritingBody(Self.addContinuationToken)))
            let everything = try await server.partnerService().offers.byCountry("US").get().all()
            let partner = try await server.partnerService(baseURL: proxy.baseURL)

            let walked = try await partner.offers.byCountry("US").get(offset: 0, size: 2).all()

            let requests = await proxy.journal.requests("GET", pathSuffix: "/v1/offers")
            #expect(walked.map(\.id) == everything.map(\.id))
            try #require(requests.count >= 2)
            #expect(requests[1].target == "/v1/offers?country=US&offset=2&size=2")
            #expect(requests[1].header("MS-ContinuationToken") == "page-2")
            #expect(requests[0].header("MS-ContinuationToken") == nil)
        }
    }

    /// Adds `MS-ContinuationToken: page-2` to a collection answer's next link, as Partner Center's seek-based
    /// collections do.
    @Sendable private static func addContinuationToken(_ body: Data) throws -> Data {
        guard var collection = try JSONSerialization.jsonObject(with: body) as? [String: Any],
              var links = collection["links"] as? [String: Any],
              var next = links["next"] as? [String: Any] else { return body }
        next["headers"] = [["key": "MS-ContinuationToken", "value": "page-2"]]
        links["next"] = next
        collection["links"] = links
        return try JSONSerialization.data(withJSONObject: collection)
    }
}
