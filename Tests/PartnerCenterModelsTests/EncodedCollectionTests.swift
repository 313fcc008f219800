import Foundation
import PartnerCenterModels
import Testing

/// A collection written around encoded items is what encoding the collection of those items writes.
@Suite("Encoded collections")
struct EncodedCollectionTests {
    private struct Item: Codable, Sendable, Equatable {
        var id: String
        var note: String?
        var count: Int
    }

    @Test func aCollectionAroundEncodedItemsIsTheEncodedCollection() throws {
        let encoder = PartnerJSONEncoder()
        let items = [Item(id: "a", note: "slash / quote \" é", count: 1), Item(id: "b", note: nil, count: 2)]
        let links = CollectionLinks(self: Link(uri: "/customers/c/orders"))
        for (items, links) in [(items, Optional(links)), ([], links), (items, nil)] {
            let written = try EncodedCollection.body(items: try items.map(encoder.encode), links: links)
            let whole = try encoder.encode(ResourceCollection(items: items, links: links))
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: whole, as: UTF8.self))
        }
    }
}
