@testable import CommerceCore
import Foundation
import PartnerCenterModels
import Testing

@Suite("CartComposer: the cart the server stores")
struct CartComposerTests {
    @Test func composedCartCarriesEveryServerOwnedField() throws {
        let harness = try CartHarness()
        let stamp = CartComposer.Stamp(
            cartId: "6a1e9c3d-1b2a-4c5d-8e9f-0a1b2c3d4e5f", customerId: testCustomerId, user: "oid-123",
            createdAt: fixedNow, now: fixedNow.addingTimeInterval(60), expiresAt: fixedNow.addingTimeInterval(7 * 86_400))
        var request = try seedCartRequest()
        request.partnerOnRecordAttestationAccepted = true
        let cart = try CartComposer(catalog: harness.catalog).compose(request, stamp: stamp, context: PurchaseContext(country: "US"))
        #expect(cart.id == stamp.cartId)
        #expect(cart.creationTimestamp == fixedNow)
        #expect(cart.lastModifiedTimestamp == fixedNow.addingTimeInterval(60))
        #expect(cart.expirationTimestamp == fixedNow.addingTimeInterval(604_800))
        #expect(cart.lastModifiedUser == "oid-123")
        #expect(cart.status == .active)
        #expect(cart.partnerOnRecordAttestationAccepted == true)
        #expect(cart.links?.`self`?.uri == "/customers/\(testCustomerId)/carts/\(stamp.cartId)")
        #expect(cart.attributes?.objectType == "Cart")
        #expect(cart.lineItems?.map(\.orderGroup) == ["OMS-0", "0", "0", "0", "1", "2"])
    }

    @Test func requestRefusalPropagatesAsCommerceError() throws {
        let harness = try CartHarness()
        let error = try #require(throws: CommerceError.self) {
            try harness.composedCart([lineItem(id: 0, CatalogIds.businessBasic, quantity: 0)])
        }
        #expect(error.code == 800002)
        #expect(error.description.contains("lineItems[0].quantity"))
    }

    @Test func lineItemErrorsDoNotRefuseTheCart() throws {
        let cart = try CartHarness().composedCart([
            lineItem(id: 0, CatalogIds.businessBasic), lineItem(id: 1, CatalogIds.retiredLegacyE3, termDuration: nil),
        ])
        #expect(cart.status == .active)
        #expect(cart.lineItems?.map { $0.error?.errorCode } == [nil, 10001])
        #expect(cart.lineItems?.map(\.orderGroup) == ["0", nil])
    }

    @Test func etagIsSetFromTheStoredVersion() throws {
        let cart = try CartHarness().composedCart([lineItem(id: 0, CatalogIds.businessBasic)]).withETag(version: 7)
        #expect(cart.attributes?.etag == "7")
        #expect(cart.attributes?.objectType == "Cart")
    }
}
