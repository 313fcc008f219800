import PartnerCenterModels

/// A collection answer whose items can be iterated across every page: iterating yields the first page's items,
/// then follows `links.next` (adding the link's headers, such as `MS-ContinuationToken`) until there is none.
///
/// ```swift
/// for try await offer in try await partner.offers.byCountry("US").get(offset: 0, size: 50) {
///     print(offer.id)
/// }
/// ```
public struct PartnerCollection<Item: Codable & Sendable>: AsyncSequence, Sendable {
    /// The items yielded.
    public typealias Element = Item

    /// The first page as the service sent it.
    public let firstPage: ResourceCollection<Item>
    let client: PartnerAPIClient

    /// The first page's `totalCount`.
    public var totalCount: Int { firstPage.totalCount }

    /// The first page's items, without fetching any other page.
    public var items: [Item] { firstPage.items }

    /// Every item of every page, fetching the later pages.
    public func all() async throws -> [Item] {
        var items: [Item] = []
        for try await item in self { items.append(item) }
        return items
    }

    /// Starts at the first item of the first page.
    public func makeAsyncIterator() -> Iterator {
        Iterator(page: firstPage, client: client)
    }

    /// Walks the pages, fetching each next page when the current one is used up.
    public struct Iterator: AsyncIteratorProtocol {
        private var pending: ArraySlice<Item>
        private var nextLink: Link?
        private var followed: Set<String> = []
        private let client: PartnerAPIClient

        init(page: ResourceCollection<Item>, client: PartnerAPIClient) {
            self.pending = page.items[...]
            self.nextLink = page.links?.next
            self.client = client
            if let uri = page.links?.`self`?.uri { followed.insert(uri) }
        }

        /// The next item; fetches the next page when needed; `nil` after the last page.
        public mutating func next() async throws -> Item? {
            while pending.isEmpty {
                // A next link seen before would loop forever; a service that sends one has no more pages to give.
                guard let link = nextLink, followed.insert(link.uri).inserted else { return nil }
                let page = try await client.send(PartnerRequest(following: link), expecting: ResourceCollection<Item>.self)
                pending = page.items[...]
                nextLink = page.links?.next
            }
            return pending.popFirst()
        }
    }
}
