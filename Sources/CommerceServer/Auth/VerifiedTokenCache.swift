import Foundation
import Synchronization

/// Tokens already verified, with the identity they carry, until they expire: a client sends the same token on
/// every call, and checking its signature once is enough.
final class VerifiedTokenCache: Sendable {
    /// Entries kept at most; when full, the cache starts over (tokens are re-verified, nothing is wrong).
    static let capacity = 10_000

    private struct Entry {
        let identity: PartnerIdentity
        let expiresAt: Date
    }

    private let entries = Mutex<[String: Entry]>([:])

    /// The identity of a token verified before and not yet expired.
    func identity(for token: String, at now: Date = Date()) -> PartnerIdentity? {
        entries.withLock { entries in
            guard let entry = entries[token] else { return nil }
            guard entry.expiresAt > now else {
                entries[token] = nil
                return nil
            }
            return entry.identity
        }
    }

    /// Remembers a verified token until `expiresAt`.
    func remember(_ token: String, identity: PartnerIdentity, expiresAt: Date) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
            entries[token] = Entry(identity: identity, expiresAt: expiresAt)
        }
    }
}
