/// A page of resources: `{"totalCount", "items", "links", "attributes": {"objectType": "Collection"}}`.
public struct ResourceCollection<Item: Codable & Sendable>: Codable, Sendable {
    /// The number of items in this page.
    public var totalCount: Int
    /// The items.
    public var items: [Item]
    /// Links to this page and, when there are more, to the next and previous pages.
    public var links: CollectionLinks?
    /// Always `{"objectType": "Collection"}` on the wire.
    public var attributes: ResourceAttributes?

    /// Creates a collection; `totalCount` is the number of items given.
    public init(items: [Item], links: CollectionLinks? = nil) {
        self.totalCount = items.count
        self.items = items
        self.links = links
        self.attributes = ResourceAttributes(objectType: "Collection")
    }

    private enum CodingKeys: String, CodingKey { case totalCount, items, links, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decodeIfPresent([Item].self, forKey: .items) ?? []
        totalCount = try container.decodeIfPresent(Int.self, forKey: .totalCount) ?? items.count
        links = try container.decodeIfPresent(CollectionLinks.self, forKey: .links)
        attributes = try container.decodeIfPresent(ResourceAttributes.self, forKey: .attributes)
    }
}

/// The links of a ``ResourceCollection``.
public struct CollectionLinks: Codable, Sendable, Equatable {
    /// This page.
    public var `self`: Link?
    /// The next page, when there is one.
    public var next: Link?
    /// The previous page, when there is one.
    public var previous: Link?

    /// Creates collection links.
    public init(self link: Link?, next: Link? = nil, previous: Link? = nil) {
        self.`self` = link
        self.next = next
        self.previous = previous
    }
}
