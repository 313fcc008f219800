import PartnerCenterModels

extension Cart {
    /// The cart with `attributes.etag` set to a stored version number.
    public func withETag(version: Int) -> Cart {
        var cart = self
        cart.attributes = ResourceAttributes(objectType: "Cart", etag: "\(version)")
        return cart
    }
}
