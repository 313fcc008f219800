import CommerceServer
import CommerceStore
import Foundation
import TestSupport
import Testing

/// A request whose effect was committed but whose answer never left the process (it was killed in between) is
/// replayed on retry, not run a second time: the answer is recorded with the effect.
@Suite(.serialized) struct CrashBetweenCommitAndAnswerTests {
    @Test func createCartRetriedAfterTheCrashReplaysTheOneCart() async throws {
        let dataDirectory = TemporaryDirectory.make()
        let crashing = try await ServerProcess.start(dataDirectory: dataDirectory, arguments: ["--crash-after-commit", "/carts"])
        let client = try await crashing.client(partner: PartnerFixtures.partnerA)
        let customer = try await client.createCustomer()
        let requestId = UUID().uuidString
        let body = try Fixtures.data("seed-create-cart.json")
        let lost = try? await client.send(.POST, "/v1/customers/\(customer)/carts", body: body, headers: [("MS-RequestId", requestId)])
        #expect(lost == nil, "the process dies after the commit, before answering")
        crashing.kill()

        let restarted = try await ServerProcess.start(dataDirectory: dataDirectory)
        let again = PartnerHTTPClient(baseURL: restarted.baseURL, token: client.token)
        let retry = try await again.send(.POST, "/v1/customers/\(customer)/carts", body: body, headers: [("MS-RequestId", requestId)])
        #expect(retry.status == 201)
        #expect(retry.header("MS-Idempotent-Replay") == "true")
        let cartId = try #require(try retry.object()["id"] as? String)
        let stored = try await again.send(.GET, "/v1/customers/\(customer)/carts/\(cartId)")
        #expect(stored.status == 200)
        #expect(stored.body == retry.body, "the replayed answer is the committed cart")
        #expect(stored.header("ETag") == retry.header("ETag"))
        restarted.stop()

        let store = try SQLiteCommerceStore(path: ServerConfiguration.databasePath(in: dataDirectory))
        #expect(try await store.counts().carts == 1, "one effect")
    }

    @Test func checkoutRetriedAfterTheCrashReplaysTheOneOrderSet() async throws {
        let dataDirectory = TemporaryDirectory.make()
        let crashing = try await ServerProcess.start(dataDirectory: dataDirectory, arguments: ["--crash-after-commit", "/checkout"])
        let client = try await crashing.client(partner: PartnerFixtures.partnerA)
        let customer = try await client.createCustomer()
        let cart = try await client.createSeedCart(customer: customer)
        let requestId = UUID().uuidString
        let checkout = "/v1/customers/\(customer)/carts/\(cart)/checkout"
        let lost = try? await client.send(.POST, checkout, headers: [("MS-RequestId", requestId)])
        #expect(lost == nil, "the process dies after the commit, before answering")
        crashing.kill()

        let restarted = try await ServerProcess.start(dataDirectory: dataDirectory)
        defer { restarted.stop() }
        let again = PartnerHTTPClient(baseURL: restarted.baseURL, token: client.token)
        let retry = try await again.send(.POST, checkout, headers: [("MS-RequestId", requestId)])
        #expect(retry.status == 201)
        #expect(retry.header("MS-Idempotent-Replay") == "true")
        let answered = try #require(try retry.object()["orders"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let orders = try #require(try await again.send(.GET, "/v1/customers/\(customer)/orders").object()["items"] as? [[String: Any]])
        #expect(answered.count == 4)
        #expect(Set(orders.compactMap { $0["id"] as? String }) == Set(answered), "one order set, the one answered")
        let cartNow = try await again.send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
        #expect(try cartNow.object()["status"] as? String == "Ordered")
    }
}
