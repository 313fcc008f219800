import Foundation

/// Makes the ids the server hands out. Every id carries at least 74 random bits, so none can be guessed from
/// another.
///
/// The ids of what is made at volume (carts, orders and subscriptions) begin with the time they were made, in
/// milliseconds, and only then the random bits. Each table's index on its ids then grows at its end, where one
/// page takes a whole batch of new ids, instead of at a random page for each: on the `flow` benchmark those
/// index pages were about a fifth of everything the database wrote. The time says nothing new, since each of
/// these resources states its own creation time.
public enum ResourceIdentifiers {
    /// A lowercase random (version 4) GUID: customers, and request and correlation ids.
    public static func guid() -> String {
        // Foundation's UUID() opens /dev/urandom on every call here; two words from the system's generator make
        // the same version-4 GUID for much less.
        var generator = PooledSystemRandomNumberGenerator()
        return IdentifierText.guid(high: generator.next(), low: generator.next())
    }

    /// A lowercase time-ordered (version 7) GUID: carts, subscriptions and legacy orders. 74 random bits.
    public static func timeOrderedGUID() -> String {
        var generator = PooledSystemRandomNumberGenerator()
        return IdentifierText.timeOrderedGUID(milliseconds: millisecondsSinceEpoch(), high: generator.next(),
                                              low: generator.next())
    }

    /// A 33-character URL-safe id, as Partner Center gives modern (non-legacy) orders: the time in 9 characters,
    /// then 144 random bits.
    public static func modernOrderId() -> String {
        var generator = PooledSystemRandomNumberGenerator()
        let words: [UInt64] = (0..<3).map { _ in generator.next() }
        return IdentifierText.timeOrderedCharacters(milliseconds: millisecondsSinceEpoch())
            + IdentifierText.urlSafeCharacters(33 - IdentifierText.timeCharacterCount, from: words)
    }

    /// 12 lowercase hex digits: the `alternateId` of a modern order.
    public static func alternateOrderId() -> String {
        var generator = PooledSystemRandomNumberGenerator()
        return IdentifierText.hex(generator.next(), digits: 12)
    }

    /// The wall clock, not the server's movable one: ids only need to grow with real time.
    private static func millisecondsSinceEpoch() -> UInt64 {
        UInt64(max(0, Date().timeIntervalSince1970 * 1000))
    }

    /// Whether `text` is a GUID (any case, with dashes).
    public static func isGUID(_ text: String) -> Bool {
        text.count == 36 && UUID(uuidString: text) != nil
    }
}
