import Foundation
import PartnerCenterModels
import Synchronization

/// The operator's fault rules, in the order they were added. The request path asks ``fault(method:path:partner:)``
/// once per request: without rules that costs one atomic read; with rules, one short lock.
public final class FaultRuleBook: Sendable {
    private struct Entry {
        var rule: FaultRule
        let pattern: PathPattern
    }

    private struct Book {
        var entries: [Entry] = []
        var lastNumber = 0
    }

    private let book = Mutex(Book())
    private let ruleCount = Atomic<Int>(0)

    /// Creates an empty book.
    public init() {}

    /// Adds a rule that ``FaultRuleValidator`` has checked; answers it with its new id.
    func add(_ rule: FaultRule, pattern: PathPattern) -> FaultRule {
        book.withLock { book in
            book.lastNumber += 1
            var stored = rule
            stored.id = "fault-\(book.lastNumber)"
            stored.injectedCount = 0
            book.entries.append(Entry(rule: stored, pattern: pattern))
            ruleCount.store(book.entries.count, ordering: .releasing)
            return stored
        }
    }

    /// Every rule, oldest first, with its remaining `times` and its `injectedCount`.
    var rules: [FaultRule] {
        book.withLock { $0.entries.map(\.rule) }
    }

    /// Removes one rule; `false` when there is none with this id.
    func remove(id: String) -> Bool {
        book.withLock { book in
            guard let index = book.entries.firstIndex(where: { $0.rule.id?.caseInsensitiveCompare(id) == .orderedSame }) else {
                return false
            }
            book.entries.remove(at: index)
            ruleCount.store(book.entries.count, ordering: .releasing)
            return true
        }
    }

    /// Removes every rule; answers how many there were.
    func removeAll() -> Int {
        book.withLock { book in
            let count = book.entries.count
            book.entries.removeAll()
            ruleCount.store(0, ordering: .releasing)
            return count
        }
    }

    /// The first rule that matches the request and fires (its probability drawn, one of its `times` used), or
    /// `nil`. A rule whose `times` are used up is removed.
    func fault(method: String, path: String, partner: String?) -> FaultRule? {
        guard ruleCount.load(ordering: .acquiring) > 0 else { return nil }
        return book.withLock { book in
            for index in book.entries.indices {
                let rule = book.entries[index].rule
                guard Self.matches(rule, method: method, partner: partner),
                      book.entries[index].pattern.matches(path) else { continue }
                if let probability = rule.probability, probability < 1, Double.random(in: 0..<1) >= probability { continue }
                book.entries[index].rule.injectedCount = (rule.injectedCount ?? 0) + 1
                if let times = rule.times {
                    book.entries[index].rule.times = times - 1
                    if times <= 1 {
                        book.entries.remove(at: index)
                        ruleCount.store(book.entries.count, ordering: .releasing)
                    }
                }
                return rule
            }
            return nil
        }
    }

    private static func matches(_ rule: FaultRule, method: String, partner: String?) -> Bool {
        if let wanted = rule.method, wanted != "*", wanted != method { return false }
        if let wanted = rule.partner, wanted != partner { return false }
        return true
    }
}
