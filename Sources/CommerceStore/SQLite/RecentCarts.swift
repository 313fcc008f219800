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

    /// A cart as it is about to be written, ready to be remembered once it is: made before the write, so that
    /// the single writer only stores it.
    struct Written: Sendable {
        fileprivate let key: String
        fileprivate let body: Data
        fileprivate let orderedGroups: Data
        fileprivate let record: CartRecord

        /// `record` written with these stored bytes (its cart with the ETag of its version, as stored).
        init(_ record: CartRecord, body: Data, orderedGroups: Data) {
            var decodedForm = record
            decodedForm.cart = RecentCarts.asDecoded(record.cart.withETag(version: record.version))
            self.key = record.id.lowercased()
            self.body = body
            self.orderedGroups = orderedGroups
            self.record = decodedForm
        }
    }

    private let entries = Mutex<[String: Written]>([:])

    /// Remembers a cart just written.
    func remember(_ written: Written) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[written.key] = written
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
