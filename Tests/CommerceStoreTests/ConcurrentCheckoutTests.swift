import CommerceCore
@testable import CommerceStore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Concurrent checkouts of one cart")
struct ConcurrentCheckoutTests {
    private enum Answer: Sendable {
        case placed(Data)
        case replay(Data)
        case busy
        case failed(String)
    }

    @Test(arguments: [false, true])
    func exactlyOneCheckoutPlacesOrdersAndTheOthersReplayOrAreBusy(onFile: Bool) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteCommerceStore(path: onFile ? directory.databasePath : nil)
        let commerce = try Commerce()
        let customer = customerRecord()
        let cart = try await commerce.insertCart(seedLineItems, for: customer, in: store)

        let answers = await withTaskGroup(of: Answer.self) { group in
            for index in 0..<24 {
                group.addTask {
                    // Stagger the callers so that some arrive while the first checkout runs and some after it.
                    try? await Task.sleep(for: .milliseconds(index % 6 * 4))
                    do {
                        switch try await commerce.checkout(cart.id, of: customer, in: store) {
                        case .placed(_, let body): return .placed(body)
                        case .replay(let body): return .replay(body)
                        }
                    } catch let error as CommerceError where error.code == 800064 && error.httpStatus == 409 {
                        return .busy
                    } catch {
                        return .failed(String(describing: error))
                    }
                }
            }
            var collected: [Answer] = []
            for await answer in group { collected.append(answer) }
            return collected
        }

        let placedBodies = answers.compactMap { answer -> Data? in if case .placed(let body) = answer { body } else { nil } }
        let replayedBodies = answers.compactMap { answer -> Data? in if case .replay(let body) = answer { body } else { nil } }
        let busy = answers.filter { if case .busy = $0 { true } else { false } }.count
        let failures = answers.compactMap { answer -> String? in if case .failed(let text) = answer { text } else { nil } }

        #expect(failures.isEmpty, "unexpected errors: \(failures)")
        #expect(placedBodies.count == 1)
        #expect(placedBodies.count + replayedBodies.count + busy == 24)
        let body = try #require(placedBodies.first)
        #expect(replayedBodies.allSatisfy { $0 == body })

        #expect(try await store.orders(customerId: customer.id, billingCycle: nil).count == 4)
        #expect(try await store.subscriptions(customerId: customer.id, orderId: nil).count == 1)
        #expect(try await store.cart(customerId: customer.id, id: cart.id)?.version == 2)
        #expect(try await commerce.checkout(cart.id, of: customer, in: store).replayed == body)
    }

    @Test func checkoutsOfDifferentCartsDoNotBlockEachOther() async throws {
        let store = try makeMemoryStore()
        let commerce = try Commerce()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        var cartIds: [String] = []
        for _ in 0..<8 {
            let cart = try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customer, in: store,
                                                     insertingCustomer: false)
            cartIds.append(cart.id)
        }
        let placedCount = try await withThrowingTaskGroup(of: Int.self) { group in
            for cartId in cartIds {
                group.addTask { try await commerce.checkout(cartId, of: customer, in: store).placed?.result.orders.count ?? 0 }
            }
            var total = 0
            for try await count in group { total += count }
            return total
        }
        #expect(placedCount == 8)
        #expect(try await store.orders(customerId: customer.id, billingCycle: nil).count == 8)
    }
}
