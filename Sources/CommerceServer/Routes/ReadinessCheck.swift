import CommerceStore

/// Whether the store answers, for `/readyz`: a load balancer asks often and must hear "not ready" soon after
/// the database goes away, not after the pool has given up connecting.
enum ReadinessCheck {
    /// How long the store has to answer.
    static let deadline: Duration = .seconds(2)

    static func storeAnswers(_ store: any CommerceStore) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    _ = try await store.nextProvisioningDue()
                    return true
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await Task.sleep(for: deadline)
                return false
            }
            let answered = await group.next() ?? false
            group.cancelAll()
            return answered
        }
    }
}
