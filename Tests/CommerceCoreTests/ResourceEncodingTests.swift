@testable import CommerceCore
import Foundation
@testable import PartnerCenterModels
import Testing

/// Every resource the server answers with encodes to the same bytes through the fast encoder as through
/// Foundation's: carts, orders, subscriptions, checkout results and the whole default catalog.
@Suite("Resource encoding")
struct ResourceEncodingTests {
    private let encoder = PartnerJSONEncoder()

    private func expectSameBytes<T: Encodable>(_ value: T) throws {
        let fast = String(decoding: try encoder.encode(value), as: UTF8.self)
        let foundation = String(decoding: try encoder.encodeWithFoundation(value), as: UTF8.self)
        #expect(fast == foundation)
    }

    @Test func cartsOrdersSubscriptionsAndCheckoutResults() throws {
        let harness = try CartHarness()
        let cart = try harness.composedSeedCart()
        try expectSameBytes(cart)
        try expectSameBytes(cart.withETag(version: 3))
        let plan = try harness.plan(cart)
        let provisioner = Provisioner(catalog: harness.catalog)
        for placed in plan.placedOrders {
            try expectSameBytes(placed.order)
            try expectSameBytes(placed.subscriptions)
            let (completed, subscriptions) = provisioner.provision(placed.order, customerId: testCustomerId, now: fixedNow)
            try expectSameBytes(completed)
            try expectSameBytes(subscriptions)
            try expectSameBytes(Provisioner.provisioningStatus(of: completed))
        }
        try expectSameBytes(CartCheckoutResult(orders: plan.placedOrders.map(\.order), orderErrors: plan.orderErrors))
        let withErrors = try harness.composedCart([lineItem(id: 0, "NOT-A-PRODUCT"), lineItem(id: 1, CatalogIds.teamsPhoneAddon)])
        try expectSameBytes(withErrors)
    }

    @Test func theWholeDefaultCatalog() throws {
        let presenter = CatalogPresenter(catalog: try Catalog.defaultCatalog())
        for country in ["US", "GB", "DE", "CA"] {
            let views = ["OnlineServices", "MicrosoftAzure", "AzureReservations", "AzureReservationsVM", "Software",
                         "SoftwarePerpetual", "MarketplaceSaaS"]
            let products = views.flatMap { presenter.products(country: country, targetView: $0, segment: nil) }
            #expect(products.count >= 10)
            try expectSameBytes(ResourceCollection(items: products, links: CollectionLinks(self: Link(uri: "/products"))))
            for product in products {
                let skus = try presenter.skus(productId: product.id, country: country, segment: nil)
                try expectSameBytes(skus)
                for sku in skus {
                    try expectSameBytes(try presenter.availabilities(productId: product.id, skuId: sku.id, country: country, segment: nil))
                }
            }
            let offers = presenter.offers(country: country)
            #expect(!offers.isEmpty)
            try expectSameBytes(offers)
        }
    }
}
