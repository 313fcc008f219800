/// The `attributes` every Partner Center resource carries: its type name and, for some, an ETag.
public struct ResourceAttributes: Codable, Sendable, Equatable {
    /// The resource's type name, e.g. `Cart`, `Order`, `Collection`.
    public var objectType: String?
    /// An opaque version tag for optimistic concurrency.
    public var etag: String?

    /// Creates attributes for a resource of the given type.
    public init(objectType: String?, etag: String? = nil) {
        self.objectType = objectType
        self.etag = etag
    }
}
