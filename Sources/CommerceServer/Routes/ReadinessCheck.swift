import CommerceStore
import Synchronization

/// Whether the store answers, for `/readyz`: a load balancer asks often and must hear "not ready" soon after
/// the database goes away, not after the store has given up waiting for a connection.
enum ReadinessCheck {
    /// How long the store has to answer.
    static let deadline: Duration = .seconds(2)

    static func storeAnswers(_ store: any CommerceStore) async -> Bool {
        // The store's answer is not awaited past the deadline: a late one is ignored.
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let answered = AnswerLatch()
            let answer: @Sendable (Bool) -> Void = { ready in
                if answered.close() { continuation.resume(returning: ready) }
            }
            let timer = Task {
                try? await Task.sleep(for: deadline)
                answer(false)
            }
            Task {
                do {
                    _ = try await store.nextProvisioningDue()
                    answer(true)
                } catch {
                    answer(false)
                }
                timer.cancel()
            }
        }
    }
}

/// Lets exactly one of the racing answers through.
private final class AnswerLatch: Sendable {
    private let closed = Atomic<Bool>(false)

    /// `true` for the first caller only.
    func close() -> Bool {
        closed.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged
    }
}
