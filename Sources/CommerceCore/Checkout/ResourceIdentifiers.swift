import Foundation

/// Makes the ids the server hands out. Every id is random, so none can be guessed from another.
public enum ResourceIdentifiers {
    /// A lowercase GUID: customers, carts, subscriptions and legacy orders.
    public static func guid() -> String {
        // Foundation's UUID() opens /dev/urandom on every call here; two words from the system generator
        // (one getrandom call each) make the same version-4 GUID for much less.
        var generator = SystemRandomNumberGenerator()
        return IdentifierText.guid(high: generator.next(), low: generator.next())
    }

    /// A 33-character URL-safe id, as Partner Center gives modern (non-legacy) orders: 198 random bits.
    public static func modernOrderId() -> String {
        var generator = SystemRandomNumberGenerator()
        let words: [UInt64] = (0..<4).map { _ in generator.next() }
        return IdentifierText.urlSafeCharacters(33, from: words)
    }

    /// 12 lowercase hex digits: the `alternateId` of a modern order.
    public static func alternateOrderId() -> String {
        var generator = SystemRandomNumberGenerator()
        return IdentifierText.hex(generator.next(), digits: 12)
    }

    /// Whether `text` is a GUID (any case, with dashes).
    public static func isGUID(_ text: String) -> Bool {
        text.count == 36 && UUID(uuidString: text) != nil
    }
}
