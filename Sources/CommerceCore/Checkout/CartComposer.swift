import Foundation
import PartnerCenterModels

/// Builds the cart the server stores from what a client sent: request checks, line-item validation and
/// order grouping, with every server-owned field set.
public struct CartComposer: Sendable {
    private let requestValidator = CartRequestValidator()
    private let validator: CartLineItemValidator
    private let grouping: OrderGrouping

    /// Creates a composer over a catalog.
    public init(catalog: Catalog) {
        validator = CartLineItemValidator(catalog: catalog)
        grouping = OrderGrouping(catalog: catalog)
    }

    /// Who is writing the cart, and when.
    public struct Stamp: Sendable {
        /// The cart id.
        public var cartId: String
        /// The customer it belongs to.
        public var customerId: String
        /// The token's `oid`.
        public var user: String?
        /// When the cart was first created.
        public var createdAt: Date
        /// The business time of this write.
        public var now: Date
        /// When the cart expires (set at creation, never moved).
        public var expiresAt: Date

        /// Creates a stamp.
        public init(cartId: String, customerId: String, user: String?, createdAt: Date, now: Date, expiresAt: Date) {
            self.cartId = cartId
            self.customerId = customerId
            self.user = user
            self.createdAt = createdAt
            self.now = now
            self.expiresAt = expiresAt
        }
    }

    /// Validates and groups the request's line items and returns the cart to store (status `Active`).
    public func compose(_ request: Cart, stamp: Stamp, context: PurchaseContext) throws(CommerceError) -> Cart {
        let items = try requestValidator.normalizedLineItems(of: request)
        let grouped = grouping.assignGroups(validator.validate(items, context: context))
        return Cart(
            id: stamp.cartId, creationTimestamp: stamp.createdAt, lastModifiedTimestamp: stamp.now,
            expirationTimestamp: stamp.expiresAt, lastModifiedUser: stamp.user, lineItems: grouped, status: .active,
            partnerOnRecordAttestationAccepted: request.partnerOnRecordAttestationAccepted,
            links: SelfLinks(self: Link(uri: ResourcePaths.cart(stamp.customerId, stamp.cartId))),
            attributes: ResourceAttributes(objectType: "Cart"))
    }
}
