import Foundation
import Testing

@Suite("Operator surface: business clock")
struct BusinessClockTests {
    @Test("moving the clock 8 days expires a cart (404 800008) and completes pending orders before answering")
    func eightDaysLater() async throws {
        try await withTestServer({ $0.allowClockControl = true; $0.provisioningDelay = 3_600 }) { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            let idleCart = try await partner.createSeedCart(customer: customer)
            let boughtCart = try await partner.createSeedCart(customer: customer)
            let checkout = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(boughtCart)/checkout")
            let pending = (try checkout.object()["orders"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "pending" }
            #expect(pending.count == 3)
            let before = try await admin.send(.GET, "/admin/clock").object()

            let moved = try await admin.send(.POST, "/admin/clock", json: ["advance": "P8D"])

            #expect(moved.status == 200)
            let state = try moved.object()
            #expect(state["advancedBySeconds"] as? Double == 691_200)
            #expect(state["provisionedOrders"] as? Int == 3)
            #expect(state["controlEnabled"] as? Bool == true)
            let beforeNow = try #require(before["now"] as? String)
            let afterNow = try #require(state["now"] as? String)
            #expect(afterNow > beforeNow)
            let expired = try await partner.send(.GET, "/v1/customers/\(customer)/carts/\(idleCart)")
            #expect(expired.status == 404)
            #expect(try expired.errorCode() == 800008)
            for order in pending {
                let id = try #require(order["id"] as? String)
                let stored = try await partner.send(.GET, "/v1/customers/\(customer)/orders/\(id)").object()
                #expect(stored["status"] as? String == "completed")
            }
            let subscriptions = try await partner.send(.GET, "/v1/customers/\(customer)/subscriptions").items()
            #expect(subscriptions.count == 6)
            let shown = try await admin.send(.GET, "/admin/clock").object()
            #expect(shown["advancedBySeconds"] as? Double == 691_200)
        }
    }

    @Test("without --allow-clock-control the clock cannot move (403) and stays where it is")
    func controlDisabled() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()

            let refused = try await admin.send(.POST, "/admin/clock", json: ["advance": "P8D"])

            #expect(refused.status == 403)
            #expect(try refused.errorDescription().contains("--allow-clock-control"))
            #expect(try await admin.send(.GET, "/admin/clock").object()["advancedBySeconds"] as? Double == 0)
            #expect(server.parts.services.clock.advancedBy == 0)
        }
    }

    @Test("a bad move answers 400 800002 naming 'advance', and the clock stays", arguments: [
        #"{"advance": "8 days"}"#, #"{"advance": "P0D"}"#, #"{"advance": 8}"#, #"{}"#,
    ])
    func badAdvance(body: String) async throws {
        try await withTestServer({ $0.allowClockControl = true }) { server in
            let admin = try await server.operatorClient()

            let refused = try await admin.send(.POST, "/admin/clock", body: Data(body.utf8))

            #expect(refused.status == 400)
            #expect(try refused.errorCode() == 800002)
            let description = try refused.errorDescription()
            #expect(description.hasPrefix("Invalid advance"), "\(description)")
            #expect(server.parts.services.clock.advancedBy == 0)
        }
    }
}
