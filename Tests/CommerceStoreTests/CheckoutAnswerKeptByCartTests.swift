import CommerceCore
@testable import CommerceStore
import Foundation
import GRDB
import PartnerCenterModels
import Testing

/// A finished checkout's answer is kept once, in its cart: the idempotency record of the request names the cart,
/// and replays the same bytes for as long as the record is kept, whatever happens to the cart.
@Suite("Checkout answers kept by their carts")
struct CheckoutAnswerKeptByCartTests {
    private struct StoredRecord: Equatable {
        var body: Data?
        var bodyFromCart: String?
    }

    private static func storedRecord(_ store: SQLiteCommerceStore, requestId: String) async throws -> StoredRecord? {
        try await store.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT body, body_from_cart FROM idempotency_records WHERE request_id = ?",
                             arguments: [requestId])
                .map { row in
                    StoredRecord(body: try (row["body"] as Data?).map { try StoredBody.json($0, what: requestId) },
                                 bodyFromCart: row["body_from_cart"])
                }
        }
    }

    /// Checks `cartId` out as a request with an `MS-RequestId` does: the answer is rendered and recorded with the
    /// checkout's effect.
    private static func checkout(
        _ cartId: String, of customer: CustomerRecord, in store: SQLiteCommerceStore, commerce: Commerce,
        requestId: String, forcedGroupFailures: [String: OrderError] = [:]
    ) async throws -> Data {
        var claim = IdempotencyClaim(partnerId: Partners.contoso, requestId: requestId, digest: "digest-\(requestId)",
                                     receivedAt: checkoutTime)
        claim.renderAnswer = { value in
            guard let outcome = value as? CheckoutOutcome else { return nil }
            switch outcome {
            case .placed(_, let body), .replay(let body): return IdempotentAnswer(status: 201, body: body)
            }
        }
        let outcome = try await IdempotencyClaim.$current.withValue(claim) {
            try await commerce.checkout(cartId, of: customer, in: store, forcedGroupFailures: forcedGroupFailures)
        }
        return try #require(outcome.placed?.body)
    }

    @Test func theRecordNamesTheCartAndReplaysItsBytesAfterTheCustomerIsDeleted() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        let answer = try await Self.checkout(cart.id, of: customer, in: store, commerce: commerce, requestId: "first")

        #expect(try await Self.storedRecord(store, requestId: "first") == StoredRecord(body: nil, bodyFromCart: cart.id))
        let replayed = try #require(try await store.idempotencyRecord(partnerId: Partners.contoso, requestId: "first"))
        #expect(replayed.status == 201)
        #expect(replayed.body == answer)

        #expect(try await store.deleteCustomer(partner: Partners.contoso, id: customer.id) == true)
        #expect(try await Self.storedRecord(store, requestId: "first") == StoredRecord(body: answer, bodyFromCart: nil))
        #expect(try await store.idempotencyRecord(partnerId: Partners.contoso, requestId: "first")?.body == answer)
    }

    @Test func aChangedCartAnswerIsCopiedIntoTheRecordFirst() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        let answer = try await Self.checkout(cart.id, of: customer, in: store, commerce: commerce, requestId: "first")

        try await store.writer.write { db in
            try db.execute(sql: "UPDATE carts SET checkout_result = x'7B7D' WHERE id = ?", arguments: [cart.id])
        }
        #expect(try await Self.storedRecord(store, requestId: "first") == StoredRecord(body: answer, bodyFromCart: nil))
        #expect(try await store.idempotencyRecord(partnerId: Partners.contoso, requestId: "first")?.body == answer)
    }

    @Test func anAnswerWithFailedGroupsIsKeptInTheRecordItself() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        let failure = OrderError(orderGroupId: "1", code: 800_050, description: "Group \"1\" failed.")
        let partial = try await Self.checkout(cart.id, of: customer, in: store, commerce: commerce, requestId: "partial",
                                              forcedGroupFailures: ["1": failure])
        #expect(try await Self.storedRecord(store, requestId: "partial") == StoredRecord(body: partial, bodyFromCart: nil))

        // The retry completes the cart: its answer is the cart's, the first record keeps its own bytes.
        let complete = try await Self.checkout(cart.id, of: customer, in: store, commerce: commerce, requestId: "retry")
        #expect(complete != partial)
        #expect(try await Self.storedRecord(store, requestId: "retry") == StoredRecord(body: nil, bodyFromCart: cart.id))
        #expect(try await store.idempotencyRecord(partnerId: Partners.contoso, requestId: "partial")?.body == partial)
        #expect(try await store.idempotencyRecord(partnerId: Partners.contoso, requestId: "retry")?.body == complete)
    }

    @Test func anAnswerRecordedAfterTheWriteReplacesTheCartReference() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)
        _ = try await Self.checkout(cart.id, of: customer, in: store, commerce: commerce, requestId: "first")
        let claim = IdempotencyClaim(partnerId: Partners.contoso, requestId: "first", digest: "digest-first",
                                     receivedAt: checkoutTime)
        let other = Data(#"{"other":true}"#.utf8)
        try await store.recordIdempotentAnswer(claim, status: 400, body: other, etag: nil)
        #expect(try await Self.storedRecord(store, requestId: "first") == StoredRecord(body: other, bodyFromCart: nil))
        #expect(try await store.idempotencyRecord(partnerId: Partners.contoso, requestId: "first")?.body == other)
    }
}
