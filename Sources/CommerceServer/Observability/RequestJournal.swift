import PartnerCenterModels

/// The most recent requests, in a ring of fixed capacity: appending is O(1) and never allocates once full.
struct RequestJournal: Sendable {
    /// How many requests are kept.
    let capacity: Int
    private var entries: [RequestJournalEntry] = []
    private var oldest = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        entries.reserveCapacity(self.capacity)
    }

    mutating func append(_ entry: RequestJournalEntry) {
        if entries.count < capacity {
            entries.append(entry)
        } else {
            entries[oldest] = entry
            oldest = (oldest + 1) % capacity
        }
    }

    /// The entries, newest first.
    var newestFirst: [RequestJournalEntry] {
        Array((entries[oldest...] + entries[..<oldest]).reversed())
    }
}

/// Which journal entries `/admin/requests` answers.
struct RequestJournalFilter: Sendable {
    var partner: String?
    var status: Int?
    var correlationId: String?
    var limit: Int

    func admits(_ entry: RequestJournalEntry) -> Bool {
        if let partner, entry.partner?.caseInsensitiveCompare(partner) != .orderedSame { return false }
        if let status, entry.status != status { return false }
        if let correlationId, entry.correlationId.caseInsensitiveCompare(correlationId) != .orderedSame { return false }
        return true
    }
}
