import Foundation
import Testing

@Suite("Sandbox limits over HTTP (--sandbox-limits)")
struct SandboxLimitTests {
    @Test("the 76th customer of a partner is refused 400 800018; another partner still has its 75")
    func seventySixthCustomer() async throws {
        try await withTestServer({ $0.sandboxLimits = true }) { server in
            let partner = try await server.client()
            for index in 0..<75 { _ = try await partner.createCustomer(name: "Customer\(index)") }

            let refused = try await partner.send(.POST, "/v1/customers", json: ["companyProfile": ["companyName": "One too many"]])

            #expect(refused.status == 400)
            #expect(try refused.errorCode() == 800018)
            #expect(try refused.errorDescription().contains("75 customers"))
            #expect(try await partner.send(.GET, "/v1/customers").items().count == 75)
            let other = try await server.client(partner: PartnerFixtures.partnerB)
            #expect(try await other.send(.POST, "/v1/customers", json: ["companyProfile": ["companyName": "Fine"]]).status == 201)
        }
    }

    @Test("a customer's sixth subscription, and a 26th licence, are refused on the line item with 10009")
    func subscriptionAndLicenceLimits() async throws {
        try await withTestServer({ $0.sandboxLimits = true }) { server in
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            let offers = ["MS-AZR-0145P", "91FD106F-4B2C-4938-95AC-F54F74E9A239"]
            let items: [[String: Any]] = (0..<5).map { index in
                ["id": index, "catalogItemId": offers[index % 2], "quantity": 1, "billingCycle": "monthly"]
            }
            let first = try await partner.createCart(customer: customer, items: items)
            let firstId = try #require(try first.object()["id"] as? String)
            #expect(try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(firstId)/checkout").status == 201)
            #expect(try await partner.send(.GET, "/v1/customers/\(customer)/subscriptions").items().count == 5)

            let sixth = try await partner.createCart(customer: customer, items: [
                ["catalogItemId": "91FD106F-4B2C-4938-95AC-F54F74E9A239", "quantity": 1, "billingCycle": "monthly"],
            ])
            let otherCustomer = try await partner.createCustomer(name: "Fabrikam")
            let licences = try await partner.createCart(customer: otherCustomer, items: [
                ["catalogItemId": "91FD106F-4B2C-4938-95AC-F54F74E9A239", "quantity": 26, "billingCycle": "monthly"],
            ])

            #expect(sixth.status == 201)
            let sixthError = (try sixth.object()["lineItems"] as? [[String: Any]])?.first?["error"] as? [String: Any]
            #expect(sixthError?["errorCode"] as? Int == 10009)
            let sixthDescription = sixthError?["errorDescription"] as? String ?? ""
            #expect(sixthDescription.contains("5 subscriptions"))
            let licenceError = (try licences.object()["lineItems"] as? [[String: Any]])?.first?["error"] as? [String: Any]
            #expect(licenceError?["errorCode"] as? Int == 10009)
            let licenceDescription = licenceError?["errorDescription"] as? String ?? ""
            #expect(licenceDescription.contains("25 licences"))
            let sixthId = try #require(try sixth.object()["id"] as? String)
            let checkout = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(sixthId)/checkout")
            #expect(checkout.status == 400)
            #expect(try checkout.errorCode() == 800009)
        }
    }

    @Test("without --sandbox-limits none of this is enforced")
    func notEnforcedByDefault() async throws {
        try await withTestServer { server in
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            let cart = try await partner.createCart(customer: customer, items: [
                ["catalogItemId": "91FD106F-4B2C-4938-95AC-F54F74E9A239", "quantity": 26, "billingCycle": "monthly"],
            ])
            #expect((try cart.object()["lineItems"] as? [[String: Any]])?.first?["error"] == nil)
        }
    }
}
