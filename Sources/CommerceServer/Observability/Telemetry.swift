import PartnerCenterModels
import Synchronization

/// What the server counts and remembers about its work: request metrics, the request journal, and business
/// counters. Recording a request takes one short lock; the in-flight gauge is a lock-free atomic.
public final class Telemetry: Sendable {
    struct State: Sendable {
        var requests = RequestMetrics()
        var journal: RequestJournal
        /// Orders placed (checkout and direct orders) by their status when placed.
        var ordersPlaced: [String: Int] = [:]
        /// Pending orders the provisioning worker completed.
        var ordersProvisioned = 0
    }

    private let state: Mutex<State>
    private let inFlight = Atomic<Int>(0)

    /// Creates telemetry keeping the last `journalCapacity` requests.
    public init(journalCapacity: Int = 1_000) {
        state = Mutex(State(journal: RequestJournal(capacity: journalCapacity)))
    }

    /// Requests being served now.
    var requestsInFlight: Int { inFlight.load(ordering: .relaxed) }

    func requestStarted() {
        inFlight.add(1, ordering: .relaxed)
    }

    func requestFinished() {
        inFlight.subtract(1, ordering: .relaxed)
    }

    func record(_ request: CompletedRequest, entry: RequestJournalEntry) {
        state.withLock { state in
            state.requests.record(request)
            state.journal.append(entry)
        }
    }

    /// Counts orders placed, by their status when placed.
    func recordOrdersPlaced(statuses: [String]) {
        guard !statuses.isEmpty else { return }
        state.withLock { state in
            for status in statuses { state.ordersPlaced[status, default: 0] += 1 }
        }
    }

    /// Counts orders the provisioning worker completed.
    func recordOrdersProvisioned(_ count: Int) {
        guard count > 0 else { return }
        state.withLock { $0.ordersProvisioned += count }
    }

    /// Journal entries, newest first, that `filter` admits, at most `filter.limit`.
    func journal(_ filter: RequestJournalFilter) -> [RequestJournalEntry] {
        let entries = state.withLock { $0.journal.newestFirst }
        return Array(entries.lazy.filter(filter.admits).prefix(filter.limit))
    }

    /// A copy of everything counted, for `/metrics`.
    var snapshot: State { state.withLock { $0 } }
}
