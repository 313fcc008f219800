import Foundation
import NIOHTTP1
import Testing

/// A partner never reads or changes another partner's customer, cart, order or subscription, and cannot tell
/// whether another partner's id exists.
@Suite struct TenancyTests {
    @Test func anotherPartnersIdsAnswerAsIfTheyDidNotExist() async throws {
        try await withTestServer({ $0.provisioningDelay = 0.2 }) { server in
            let partnerA = try await server.client(partner: PartnerFixtures.partnerA)
            let partnerB = try await server.client(partner: PartnerFixtures.partnerB)
            let customer = try await partnerA.createCustomer()
            let cart = try await partnerA.createSeedCart(customer: customer)
            let checkout = try await partnerA.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            let orders = try #require(try checkout.object()["orders"] as? [[String: Any]])
            let order = try #require(orders[1]["id"] as? String)
            let subscriptions = try await partnerA.waitFor("/v1/customers/\(customer)/subscriptions") { ($0["totalCount"] as? Int) == 6 }
            let subscription = try #require((subscriptions["items"] as? [[String: Any]])?.first?["id"] as? String)
            let secondCart = try await partnerA.createSeedCart(customer: customer)
            let before = try await Snapshot.take(partnerA, customer: customer, carts: [cart, secondCart])

            let nobody = UUID().uuidString.lowercased()
            let attempts: [(HTTPMethod, String, Data?)] = [
                (.GET, "/v1/customers/{c}", nil),
                (.DELETE, "/v1/customers/{c}", nil),
                (.GET, "/v1/customers/{c}/carts/\(cart)", nil),
                (.PUT, "/v1/customers/{c}/carts/\(secondCart)", try Fixtures.data("seed-create-cart.json")),
                (.POST, "/v1/customers/{c}/carts/\(secondCart)/checkout", nil),
                (.POST, "/v1/customers/{c}/carts", try Fixtures.data("seed-create-cart.json")),
                (.GET, "/v1/customers/{c}/orders", nil),
                (.GET, "/v1/customers/{c}/orders/\(order)", nil),
                (.PATCH, "/v1/customers/{c}/orders/\(order)", Data(#"{"status":"cancelled"}"#.utf8)),
                (.GET, "/v1/customers/{c}/orders/\(order)/provisioningstatus", nil),
                (.POST, "/v1/customers/{c}/orders", Data(#"{"lineItems":[{"lineItemNumber":0,"offerId":"MS-AZR-0145P","quantity":1}]}"#.utf8)),
                (.GET, "/v1/customers/{c}/subscriptions", nil),
                (.GET, "/v1/customers/{c}/subscriptions/\(subscription)", nil),
            ]
            for (method, template, body) in attempts {
                let onA = try await partnerB.send(method, template.replacingOccurrences(of: "{c}", with: customer), body: body)
                let onNobody = try await partnerB.send(method, template.replacingOccurrences(of: "{c}", with: nobody), body: body)
                #expect(onA.status == 403, "\(method) \(template): \(onA.text)")
                #expect(try onA.errorCode() == 20002)
                #expect(onNobody.status == onA.status)
                #expect(try onNobody.errorCode() == onA.errorCode())
                #expect(try onA.errorDescription().replacingOccurrences(of: customer, with: "X")
                        == onNobody.errorDescription().replacingOccurrences(of: nobody, with: "X"))
            }
            let customersOfB = try await partnerB.send(.GET, "/v1/customers")
            #expect(try customersOfB.object()["totalCount"] as? Int == 0)

            let after = try await Snapshot.take(partnerA, customer: customer, carts: [cart, secondCart])
            #expect(after == before)
        }
    }
}

/// What partner A can see of its data, to compare before and after partner B's attempts.
struct Snapshot: Equatable {
    let customer: Data
    let carts: [Data]
    let orders: Data
    let subscriptions: Data

    static func take(_ client: PartnerHTTPClient, customer: String, carts: [String]) async throws -> Snapshot {
        var cartBodies: [Data] = []
        for cart in carts { cartBodies.append(try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)").body) }
        return Snapshot(
            customer: try await client.send(.GET, "/v1/customers/\(customer)").body, carts: cartBodies,
            orders: try await client.send(.GET, "/v1/customers/\(customer)/orders").body,
            subscriptions: try await client.send(.GET, "/v1/customers/\(customer)/subscriptions").body)
    }
}
