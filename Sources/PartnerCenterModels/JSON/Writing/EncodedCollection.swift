import Foundation

/// The body of a ``ResourceCollection`` written around items that are encoded already, such as stored bodies:
/// byte for byte what ``PartnerJSONEncoder`` writes for the collection of the decoded items, without decoding
/// and encoding every item again.
public enum EncodedCollection {
    /// A collection of `items` (each one JSON object as ``PartnerJSONEncoder`` writes it) with `links`.
    public static func body(items: [Data], links: CollectionLinks?) throws -> Data {
        var body = Data(#"{"attributes":{"objectType":"Collection"},"items":["#.utf8)
        body.reserveCapacity(items.reduce(body.count + 256) { $0 + $1.count + 1 })
        for (index, item) in items.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(item)
        }
        body.append(UInt8(ascii: "]"))
        if let links {
            body.append(contentsOf: #","links":"#.utf8)
            body.append(try PartnerJSONEncoder().encode(links))
        }
        body.append(contentsOf: #","totalCount":\#(items.count)}"#.utf8)
        return body
    }
}
