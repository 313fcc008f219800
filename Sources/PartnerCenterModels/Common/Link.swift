/// A hypermedia link as Partner Center writes it: a URI relative to the API version root (no `/v1`),
/// the HTTP method, and headers the client must add when following it.
public struct Link: Codable, Sendable, Equatable {
    /// The relative URI, e.g. `/customers/{id}/carts/{cart-id}`.
    public var uri: String
    /// The HTTP method to use.
    public var method: String
    /// Headers to send when following the link (e.g. a continuation token).
    public var headers: [LinkHeader]

    /// Creates a link.
    public init(uri: String, method: String = "GET", headers: [LinkHeader] = []) {
        self.uri = uri
        self.method = method
        self.headers = headers
    }

    private enum CodingKeys: String, CodingKey { case uri, method, headers }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        uri = try container.decode(String.self, forKey: .uri)
        method = try container.decodeIfPresent(String.self, forKey: .method) ?? "GET"
        headers = try container.decodeIfPresent([LinkHeader].self, forKey: .headers) ?? []
    }
}

/// One header attached to a ``Link``.
public struct LinkHeader: Codable, Sendable, Equatable {
    /// Header name.
    public var key: String
    /// Header value.
    public var value: String

    /// Creates a link header.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// The `links` of a single resource that only links to itself.
public struct SelfLinks: Codable, Sendable, Equatable {
    /// The resource's own address.
    public var `self`: Link?

    /// Creates the links.
    public init(self link: Link?) {
        self.`self` = link
    }
}
