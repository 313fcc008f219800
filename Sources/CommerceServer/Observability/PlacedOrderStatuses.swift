import Synchronization

/// The statuses of the orders a checkout's plan placed, noted inside the store's transaction and counted once
/// the transaction has committed.
final class PlacedOrderStatuses: Sendable {
    private let storage = Mutex<[String]>([])

    /// The statuses last noted (a retried plan replaces them).
    var statuses: [String] { storage.withLock { $0 } }

    func set(_ statuses: [String]) {
        storage.withLock { $0 = statuses }
    }
}
