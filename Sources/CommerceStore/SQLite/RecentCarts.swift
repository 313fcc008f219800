import CommerceCore
import Foundation
import PartnerCenterModels
import Synchronization

/// Carts this process wrote lately, as records, by id: a checkout usually follows the creation of its cart
/// within seconds, and decoding the stored cart again costs more than the rest of reading it.
///
/// A record is only used for a row whose stored bytes (body and ordered groups) are exactly the bytes that were
/// written with it, so whatever wrote the row last, a stale record is never used. The record kept is the one
/// decoding those bytes gives: its timestamps are rounded to the stored precision (100 ns) as decoding
/// rounds them, and every other member survives encoding unchanged (a test checks both on real carts).
final class RecentCarts: Sendable {
    /// Carts kept at most; when full, the memory starts over (carts are decoded again, nothing is wrong).
    static let capacity = 1_024

    private struct Entry {
        let body: Data
        let orderedGroups: Data
        let record: CartRecord
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// Remembers `record` as written with these stored bytes (its cart with the ETag of its version, as stored).
    func remember(_ record: CartRecord, body: Data, orderedGroups: Data) {
        var decodedForm = record
        decodedForm.cart = Self.asDecoded(record.cart.withETag(version: record.version))
        let entry = Entry(body: body, orderedGroups: orderedGroups, record: decodedForm)
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[record.id.lowercased()] = entry
        }
    }

    /// The record written with exactly these stored bytes, if it is still remembered.
    func record(id: String, body: Data, orderedGroups: Data) -> CartRecord? {
        guard let entry = entries.withLock({ $0[id.lowercased()] }),
              entry.body == body, entry.orderedGroups == orderedGroups else { return nil }
        return entry.record
    }

    /// `cart` as decoding its encoded form gives it back.
    static func asDecoded(_ cart: Cart) -> Cart {
        var cart = cart
        cart.creationTimestamp = cart.creationTimestamp.map(storedPrecision)
        cart.lastModifiedTimestamp = cart.lastModifiedTimestamp.map(storedPrecision)
        cart.expirationTimestamp = cart.expirationTimestamp.map(storedPrecision)
        cart.lineItems = cart.lineItems?.map(asDecoded)
        return cart
    }

    private static func asDecoded(_ item: CartLineItem) -> CartLineItem {
        var item = item
        item.customTermEndDate = item.customTermEndDate.map(storedPrecision)
        item.addonItems = item.addonItems?.map(asDecoded)
        return item
    }

    private static func storedPrecision(_ date: Date) -> Date {
        PartnerTimestamp(date).date
    }
}
