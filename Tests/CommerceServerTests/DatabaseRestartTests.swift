import Foundation
import Testing
import TestSupport

/// When PostgreSQL goes away, requests fail cleanly with 503 and a Partner Center error body, `/readyz` says
/// not ready, nothing is half written, and the server carries on by itself once the database is back.
@Suite(.serialized) struct DatabaseRestartTests {
    @Test func restartDuringCheckoutsLeavesEveryCartWholeAndEveryAnswerStored() async throws {
        let database = PrivatePostgres(port: 55433)
        try await database.start()
        let schema = TestDatabase.newSchema()
        let server = try await ServerProcess.start(dataDirectory: TemporaryDirectory.make(), databaseURL: database.url(schema: schema),
                                                   arguments: ["--throttle", "off"])
        defer { server.stop() }
        let client = try await server.client(partner: PartnerFixtures.partnerA)
        let customer = try await client.createCustomer()
        var created: [String] = []
        for _ in 0..<60 { created.append(try await client.createSeedCart(customer: customer)) }
        let carts = created

        let answers = CheckoutAnswers()
        let checkouts = Task {
            await withTaskGroup(of: Void.self) { group in
                for (index, cart) in carts.enumerated() {
                    group.addTask {
                        // Spread over time, so that some are in flight while the database restarts.
                        try? await Task.sleep(for: .milliseconds(20 * index))
                        if let response = try? await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout") {
                            await answers.record(cart: cart, response: response)
                        }
                    }
                }
            }
        }
        let started = Date()
        while await answers.count < 5, Date().timeIntervalSince(started) < 60 { try await Task.sleep(for: .milliseconds(5)) }
        try #require(await answers.count >= 5, "checkouts were answered before the restart")
        try await database.restart()
        await checkouts.value

        try await waitUntilReady(client)
        let recorded = await answers.all
        for (_, response) in recorded where response.status != 201 {
            #expect(response.status == 503, "\(response.status) \(response.text)")
            #expect(try response.errorCode() == 800003)
        }
        let orders = try #require(try await client.send(.GET, "/v1/customers/\(customer)/orders").object()["items"] as? [[String: Any]])
        let storedOrderIds = Set(orders.compactMap { $0["id"] as? String })
        var orderedCarts = 0
        for cart in carts {
            let stored = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
            #expect(stored.status == 200)
            let status = try stored.object()["status"] as? String
            #expect(status == "Ordered" || status == "Active")
            if status == "Ordered" { orderedCarts += 1 }
        }
        #expect(orders.count == 4 * orderedCarts, "every ordered cart has its 4 orders and no active cart has any")
        for (cart, response) in recorded where response.status == 201 {
            let answeredIds = try #require(try response.object()["orders"] as? [[String: Any]]).compactMap { $0["id"] as? String }
            #expect(answeredIds.count == 4)
            #expect(Set(answeredIds).isSubset(of: storedOrderIds), "an acknowledged checkout's orders are stored")
            let replay = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            #expect(replay.status == 201)
            #expect(replay.body == response.body)
        }
        // Carts whose checkout failed are checked out now that the database is back.
        for cart in carts where !recorded.contains(where: { $0.cart == cart && $0.response.status == 201 }) {
            let retried = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            #expect(retried.status == 201, "\(retried.text)")
        }
        let allOrders = try #require(try await client.send(.GET, "/v1/customers/\(customer)/orders").object()["items"] as? [Any])
        #expect(allOrders.count == 4 * carts.count)
    }

    @Test func whileTheDatabaseIsDownRequestsAnswer503AndReadinessFails() async throws {
        let database = PrivatePostgres(port: 55433)
        try await database.start()
        let server = try await ServerProcess.start(dataDirectory: TemporaryDirectory.make(),
                                                   databaseURL: database.url(schema: TestDatabase.newSchema()))
        defer { server.stop() }
        let client = try await server.client(partner: PartnerFixtures.partnerA)
        let customer = try await client.createCustomer()
        #expect(try await client.send(.GET, "/readyz", authorized: false).status == 200)

        try await database.stop()
        let ready = try await client.send(.GET, "/readyz", authorized: false)
        #expect(ready.status == 503)
        #expect(try ready.object()["status"] as? String == "not ready")
        let refused = try await client.send(.POST, "/v1/customers/\(customer)/carts", body: try Fixtures.data("seed-create-cart.json"))
        #expect(refused.status == 503, "\(refused.text)")
        #expect(try refused.errorCode() == 800003)
        #expect(try refused.errorDescription().contains("database is unavailable"))
        #expect(try await client.send(.GET, "/healthz", authorized: false).status == 200)
        // The provisioning worker finds the database gone too, between its looks as well as during them; the
        // server logs it and carries on.
        let deadline = Date().addingTimeInterval(60)
        while !(try String(contentsOfFile: server.logPath, encoding: .utf8)).contains("reading when provisioning is next due failed"),
              server.isRunning, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(server.isRunning, "the server stopped while the database was down")
        #expect(try String(contentsOfFile: server.logPath, encoding: .utf8).contains("reading when provisioning is next due failed"))

        try await database.start()
        try await waitUntilReady(client)
        let cart = try await client.createSeedCart(customer: customer)
        let checkout = try await client.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
        #expect(checkout.status == 201)
        let carts = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
        #expect(try carts.object()["status"] as? String == "Ordered")
        server.stop()
        try await database.stop()
    }

    /// Polls `/readyz` until the server says ready again (the pool reconnects by itself).
    private func waitUntilReady(_ client: PartnerHTTPClient) async throws {
        let deadline = Date().addingTimeInterval(60)
        while try await client.send(.GET, "/readyz", authorized: false).status != 200 {
            guard Date() < deadline else { throw TestResponseError.unexpected(503, "the server did not become ready again") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

/// The checkout answers received, by cart.
private actor CheckoutAnswers {
    private(set) var all: [(cart: String, response: TestResponse)] = []

    var count: Int { all.count }

    func record(cart: String, response: TestResponse) {
        all.append((cart, response))
    }
}
