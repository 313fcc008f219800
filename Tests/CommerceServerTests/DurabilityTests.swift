import Foundation
import TestSupport
import Testing

/// Nothing acknowledged is lost and nothing is half written when the server process dies mid-checkout.
@Suite(.serialized) struct DurabilityTests {
    @Test func killDuringCheckoutsLeavesEveryCartWholeAndEveryAnswerStored() async throws {
        let dataDirectory = TemporaryDirectory.make()
        let first = try await ServerProcess.start(dataDirectory: dataDirectory, arguments: ["--provisioning-delay", "2"])
        let client = try await first.client(partner: PartnerFixtures.partnerA)
        let customer = try await client.createCustomer()
        var created: [String] = []
        for _ in 0..<40 { created.append(try await client.createSeedCart(customer: customer)) }
        let carts = created

        let answered = AnsweredCheckouts()
        let checkouts = Task {
            await withTaskGroup(of: Void.self) { group in
                for cart in carts {
                    group.addTask {
                        if let response = try? await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout"),
                           response.status == 201 {
                            await answered.record(cart: cart, body: response.body)
                        }
                    }
                }
            }
        }
        while await answered.count < 5 { try await Task.sleep(for: .milliseconds(5)) }
        first.kill()
        // Requests still queued in the client would otherwise wait for their timeout.
        checkouts.cancel()
        await checkouts.value

        let second = try await ServerProcess.start(dataDirectory: dataDirectory, arguments: ["--provisioning-delay", "2"])
        defer { second.stop() }
        let again = PartnerHTTPClient(baseURL: second.baseURL, token: client.token)
        let orders = try #require(try await again.send(.GET, "/v1/customers/\(customer)/orders").object()["items"] as? [[String: Any]])
        let storedOrderIds = Set(orders.compactMap { $0["id"] as? String })
        var orderedCarts = 0
        for cart in carts {
            let stored = try await again.send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
            #expect(stored.status == 200)
            let status = try stored.object()["status"] as? String
            #expect(status == "Ordered" || status == "Active")
            if status == "Ordered" { orderedCarts += 1 }
        }
        #expect(orders.count == 4 * orderedCarts, "every ordered cart has its 4 orders and no active cart has any")
        let answers = await answered.bodies
        #expect(answers.count >= 5)
        for (cart, body) in answers {
            let answeredIds = try #require((try JSONSerialization.jsonObject(with: body) as? [String: Any])?["orders"] as? [[String: Any]])
                .compactMap { $0["id"] as? String }
            #expect(answeredIds.count == 4)
            #expect(Set(answeredIds).isSubset(of: storedOrderIds), "an acknowledged checkout's orders survive")
            let replay = try await again.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            #expect(replay.status == 201)
            #expect(replay.body == body)
        }

        // Provisioning that was pending at the kill resumes after the restart.
        _ = try await again.waitFor("/v1/customers/\(customer)/orders", timeout: 30) { collection in
            (collection["items"] as? [[String: Any]])?.allSatisfy { $0["status"] as? String == "completed" } == true
        }
        let subscriptions = try await again.send(.GET, "/v1/customers/\(customer)/subscriptions")
        #expect(try subscriptions.object()["totalCount"] as? Int == 6 * orderedCarts)
    }

    @Test func restartKeepsEverything() async throws {
        let dataDirectory = TemporaryDirectory.make()
        let first = try await ServerProcess.start(dataDirectory: dataDirectory)
        let client = try await first.client(partner: PartnerFixtures.partnerA)
        let customer = try await client.createCustomer(country: "GB", name: "Fabrikam")
        let cart = try await client.createSeedCart(customer: customer)
        let cartBefore = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)").body
        first.stop()

        let second = try await ServerProcess.start(dataDirectory: dataDirectory)
        defer { second.stop() }
        let again = PartnerHTTPClient(baseURL: second.baseURL, token: client.token)
        #expect(try await again.send(.GET, "/v1/customers/\(customer)/carts/\(cart)").body == cartBefore)
        let stored = try await again.send(.GET, "/v1/customers/\(customer)")
        #expect(try stored.object()["companyProfile"] as? [String: Any] != nil)
        let billing = try stored.object()["billingProfile"] as? [String: Any]
        #expect((billing?["defaultAddress"] as? [String: Any])?["country"] as? String == "GB")
    }
}

/// Checkouts that were answered 201 before the kill, with the bytes answered.
actor AnsweredCheckouts {
    private(set) var bodies: [String: Data] = [:]
    var count: Int { bodies.count }

    func record(cart: String, body: Data) {
        bodies[cart] = body
    }
}
