import Foundation

/// Makes the ids the server hands out. Every id is random, so none can be guessed from another.
public enum ResourceIdentifiers {
    /// A lowercase GUID: customers, carts, subscriptions and legacy orders.
    public static func guid() -> String {
        UUID().uuidString.lowercased()
    }

    /// A 33-character URL-safe id, as Partner Center gives modern (non-legacy) orders.
    public static func modernOrderId() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        var generator = SystemRandomNumberGenerator()
        return String((0..<33).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// 12 lowercase hex digits: the `alternateId` of a modern order.
    public static func alternateOrderId() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(format: "%012llx", generator.next() & 0xFFFF_FFFF_FFFF)
    }

    /// Whether `text` is a GUID (any case, with dashes).
    public static func isGUID(_ text: String) -> Bool {
        text.count == 36 && UUID(uuidString: text) != nil
    }
}
