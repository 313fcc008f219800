import Foundation

/// Takes line-item prices out of a stored order's bytes, for answers without `include_price`: the bytes of the
/// order with every line item's `pricing` left out, as encoding it would write them.
///
/// A price is an object of numbers only (``Pricing``), so it ends at its first `}`; and the key `"pricing":`
/// cannot occur inside a string, where every quote is escaped. A `pricing` member whose value is not an object
/// (a client's own provisioning-context key, say) is not a price: the body is then left to the decoding path.
enum PricingRemoval {
    private static let key = Array(#""pricing":"#.utf8)

    /// The body without prices; the body itself when it has none; `nil` when it cannot be done on the bytes.
    static func withoutPrices(_ body: Data) -> Data? {
        let bytes = [UInt8](body)
        var kept: [UInt8] = []
        var copiedUpTo = 0
        var searchFrom = 0
        while let start = firstKey(in: bytes, from: searchFrom) {
            let valueStart = start + key.count
            guard valueStart < bytes.count, bytes[valueStart] == UInt8(ascii: "{"),
                  let close = bytes[valueStart...].firstIndex(of: UInt8(ascii: "}")) else { return nil }
            var removeStart = start
            var removeEnd = close + 1
            if removeStart > 0, bytes[removeStart - 1] == UInt8(ascii: ",") {
                removeStart -= 1
            } else if removeEnd < bytes.count, bytes[removeEnd] == UInt8(ascii: ",") {
                removeEnd += 1
            }
            kept.append(contentsOf: bytes[copiedUpTo..<removeStart])
            copiedUpTo = removeEnd
            searchFrom = removeEnd
        }
        guard copiedUpTo > 0 else { return body }
        kept.append(contentsOf: bytes[copiedUpTo...])
        return Data(kept)
    }

    private static func firstKey(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + key.count <= bytes.count {
            guard let quote = bytes[index...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            if quote + key.count <= bytes.count, bytes[quote..<(quote + key.count)].elementsEqual(key) { return quote }
            index = quote + 1
        }
        return nil
    }
}
