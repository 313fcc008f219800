import Foundation
import Testing

@Suite("Operator surface: reset")
struct AdminResetTests {
    @Test("reset deletes every partner's customers, carts and orders and puts the default catalog back")
    func resetEmptiesEverything() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let defaultCatalog = try await admin.send(.GET, "/admin/catalog")
            let partnerA = try await server.client()
            let partnerB = try await server.client(partner: PartnerFixtures.partnerB)
            let customer = try await partnerA.createCustomer()
            _ = try await partnerB.createCustomer()
            let cart = try await partnerA.createSeedCart(customer: customer)
            #expect(try await partnerA.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout").status == 201)
            let imported = try await admin.send(.POST, "/admin/catalog", body: try Fixtures.data("partner-center-offers.json"))
            #expect(imported.status == 200)

            let reset = try await admin.send(.POST, "/admin/reset")

            #expect(reset.status == 204)
            #expect(reset.body.isEmpty)
            #expect(try await partnerA.send(.GET, "/v1/customers").items().isEmpty)
            #expect(try await partnerB.send(.GET, "/v1/customers").items().isEmpty)
            #expect(try await partnerA.send(.GET, "/v1/customers/\(customer)/carts/\(cart)").status == 403)
            let counts = try await server.parts.services.store.counts()
            #expect(counts.customers == 0 && counts.carts == 0 && counts.orders == 0 && counts.subscriptions == 0)
            #expect(try await server.parts.services.store.storedCatalog() == nil)
            let catalog = try await admin.send(.GET, "/admin/catalog")
            #expect(catalog.body == defaultCatalog.body)
            let offer = try await partnerA.send(.GET, "/v1/offers/195416C1-3447-423A-B37B-EE59A99A19C4?country=US")
            #expect(offer.status == 404)
        }
    }
}
