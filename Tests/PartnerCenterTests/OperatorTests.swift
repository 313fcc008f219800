import Foundation
import PartnerCenter
import Testing

@Suite("SDK: the operator surface (partner.operator)")
struct OperatorTests {
    @Test("the next 2 checkouts fail with 503; the SDK's retries (same MS-RequestId) then succeed with one set of orders")
    func checkoutRetriedThroughInjectedFaults() async throws {
        try await withTestServer { server in
            let operations = try await server.operatorService()
            let rule = try await operations.operator.faults.add(FaultRule(
                method: "POST", path: "/v1/customers/*/carts/*/checkout", status: 503, code: 800003,
                description: "Service unavailable.", times: 2))
            let sleeps = SleepRecorder()
            let partner = try await server.partnerService(configuration: sleeps.configuration())
            let customerId = try await partner.createCustomer()
            let cart = try await partner.customers.byId(customerId).carts.create(SeedCart.cart)
            let correlationId = UUID().uuidString.lowercased()

            let result = try await partner.with(RequestContext(correlationId: correlationId))
                .customers.byId(customerId).carts.byId(cart.id ?? "").checkout()

            #expect(await sleeps.waits == [.milliseconds(500), .milliseconds(1_500)])
            #expect(result.orders.count == 4)
            #expect(result.orderErrors.isEmpty)
            let orders = try await partner.customers.byId(customerId).orders.get().all()
            #expect(orders.count == 4)
            #expect(Set(orders.compactMap(\.id)) == Set(result.orders.compactMap(\.id)))
            let attempts = try await operations.operator.requests.get(correlationId: correlationId)
            #expect(attempts.map(\.status) == [201, 503, 503])
            #expect(attempts.map(\.faultRule) == [nil, rule.id, rule.id])
            #expect(Set(attempts.map(\.requestId)).count == 1)
            #expect(try await operations.operator.faults.get().isEmpty)
        }
    }

    @Test("fault rules are added, listed and removed; a partner token is refused as forbidden")
    func faultRules() async throws {
        try await withTestServer { server in
            let operations = try await server.operatorService()
            let first = try await operations.operator.faults.add(FaultRule(path: "/v1/offers", latencyMilliseconds: 1))
            let second = try await operations.operator.faults.add(FaultRule(
                method: "get", path: "/v1/customers/**", partner: TestPartners.fabrikam, status: 500, probability: 0.5))

            #expect(first.id != nil && second.id != nil && first.id != second.id)
            #expect(second.method == "GET")
            #expect(try await operations.operator.faults.get().map(\.id) == [first.id, second.id])
            try await operations.operator.faults.byId(first.id ?? "").delete()
            #expect(try await operations.operator.faults.get().map(\.id) == [second.id])
            try await operations.operator.faults.clear()
            #expect(try await operations.operator.faults.get().isEmpty)

            let partner = try await server.partnerService()
            let error = try await #require(throws: PartnerError.self) { try await partner.operator.faults.get() }
            #expect(error.category == .forbidden)
            #expect(error.httpStatus == 403)
            let bad = try await #require(throws: PartnerError.self) {
                try await operations.operator.faults.add(FaultRule(path: "/v1/offers", status: 302))
            }
            #expect(bad.category == .badInput)
            #expect(bad.code == 800002)
            #expect(bad.description.hasPrefix("Invalid status"))
        }
    }

    @Test("the clock is read and moved; a cart then expires")
    func clock() async throws {
        try await withTestServer(configure: { $0.allowClockControl = true }) { server in
            let operations = try await server.operatorService()
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()
            let cart = try await partner.customers.byId(customerId).carts.create(SeedCart.cart)
            let before = try await operations.operator.clock.get()

            let moved = try await operations.operator.clock.advance(by: "P8D")

            #expect(before.advancedBySeconds == 0)
            #expect(before.controlEnabled)
            #expect(moved.advancedBySeconds == 8 * 86_400)
            #expect(moved.now.timeIntervalSince(before.now) >= 8 * 86_400)
            let error = try await #require(throws: PartnerError.self) {
                try await partner.customers.byId(customerId).carts.byId(cart.id ?? "").get()
            }
            #expect(error.category == .notFound)
            #expect(error.code == 800008)
        }
    }

    @Test("the catalog is exported, a Partner Center offers page imported, and reset puts the default back")
    func catalogAndReset() async throws {
        try await withTestServer { server in
            let operations = try await server.operatorService()
            let exported = try await operations.operator.catalog.export()
            let offers = try TolerantJSONDecoder().decode(ResourceCollection<Offer>.self, from: Data(OfferPage.json.utf8))
            let page = try PartnerJSONEncoder().encode(offers)

            let summary = try await operations.operator.catalog.importDocument(page)

            #expect(summary.format == "offers")
            #expect(summary.imported == 1)
            let partner = try await server.partnerService()
            let offer = try await partner.offers.byCountry("US").byId(OfferPage.offerId).get()
            #expect(offer.name == "Microsoft 365 Business Standard (legacy)")
            let customerId = try await partner.createCustomer()

            try await operations.operator.reset()

            #expect(try await operations.operator.catalog.export() == exported)
            #expect(try await partner.customers.get().items.isEmpty)
            let gone = try await #require(throws: PartnerError.self) {
                try await partner.customers.byId(customerId).get()
            }
            #expect(gone.category == .forbidden)
        }
    }
}

/// A one-offer page in Partner Center's shape.
enum OfferPage {
    static let offerId = "7A9C1B2D-5E4F-4A3B-9C8D-1E2F3A4B5C6D"
    static let json = """
        {"totalCount": 1, "items": [{"id": "\(offerId)", "name": "Microsoft 365 Business Standard (legacy)",
          "description": "Desktop Office apps with business email.", "minimumQuantity": 1, "maximumQuantity": 300,
          "locale": "en-US", "country": "US", "category": {"id": "Business", "name": "Business", "rank": 30},
          "isAddOn": false, "hasAddOns": false, "isAvailableForPurchase": true, "billing": "license",
          "supportedBillingCycles": ["monthly", "annual"], "isAutoRenewable": true, "isTrial": false,
          "unitType": "Licenses", "attributes": {"objectType": "Offer"}}],
         "attributes": {"objectType": "Collection"}}
        """
}
