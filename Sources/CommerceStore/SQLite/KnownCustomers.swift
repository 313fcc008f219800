import Synchronization

/// The customers this process has found, by partner and id: every customer-scoped request checks its
/// customer first, and customers are created once and only ever deleted, so most checks need no read.
///
/// Only the SQLite engine keeps it: its file belongs to one process, and every deletion goes through that
/// process's store, which forgets what it deletes. A lookup that raced with a deletion (read before the
/// deletion committed, remembered after it was forgotten) is not remembered: each forgetting starts a new
/// generation, and a customer is only remembered in the generation its read started in.
final class KnownCustomers: Sendable {
    /// Customers kept at most; when full, the memory starts over (customers are read again, nothing is wrong).
    static let capacity = 50_000

    private struct State {
        var generation = 0
        var customers: [Key: CustomerAccess] = [:]
    }

    private struct Key: Hashable {
        let partner: String
        let customer: String

        // Ids are stored with NOCASE collation: any letter case finds the same customer.
        init(partner: String, customer: String) {
            self.partner = partner.lowercased()
            self.customer = customer.lowercased()
        }
    }

    private let state = Mutex(State())

    /// The customer if it is known, and the generation a read of it starts in.
    func lookUp(partner: String, id: String) -> (known: CustomerAccess?, generation: Int) {
        state.withLock { ($0.customers[Key(partner: partner, customer: id)], $0.generation) }
    }

    /// Remembers a customer read in `generation`, unless something was forgotten since.
    func remember(_ customer: CustomerAccess, readIn generation: Int) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.customers.count >= Self.capacity { state.customers.removeAll(keepingCapacity: true) }
            state.customers[Key(partner: customer.partnerId, customer: customer.id)] = customer
        }
    }

    /// Forgets a deleted customer.
    func forget(partner: String, id: String) {
        state.withLock { state in
            state.generation += 1
            state.customers[Key(partner: partner, customer: id)] = nil
        }
    }

    /// Forgets every customer (after a reset).
    func forgetAll() {
        state.withLock { state in
            state.generation += 1
            state.customers.removeAll()
        }
    }
}
