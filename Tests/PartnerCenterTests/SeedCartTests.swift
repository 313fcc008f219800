import Foundation
import PartnerCenter
import Testing

@Suite("The seed cart through the SDK")
struct SeedCartTests {
    @Test("The seed page's cart, built in Swift like its C# example, is created with order groups OMS-0, 0, 0, 0, 1, 2")
    func createsSeedCart() async throws {
        try await withTestServer { server in
            let partnerOperations = try await server.partnerService()
            let customerId = try await partnerOperations.createCustomer()

            var cart = SeedCart.cart
            cart = try await partnerOperations.customers.byId(customerId).carts.create(cart)

            #expect(cart.id?.count == 36)
            #expect(cart.status == .active)
            #expect(cart.lineItems?.map(\.orderGroup) == ["OMS-0", "0", "0", "0", "1", "2"])
            #expect(cart.lineItems?.compactMap(\.error).isEmpty == true)
            #expect(cart.lineItems?[1].provisioningContext == ["subscriptionId": SeedCart.subscriptionId, "scope": "shared"])
            #expect(cart.lineItems?[5].renewsTo?.termDuration == "P1Y")
            #expect(cart.lineItems?.map(\.currencyCode) == Array(repeating: "USD", count: 6))
            let created = try #require(cart.creationTimestamp)
            #expect(cart.expirationTimestamp == created.addingTimeInterval(7 * 86_400))

            let stored = try await partnerOperations.customers.byId(customerId).carts.byId(cart.id ?? "").get()
            #expect(stored.id == cart.id)
            #expect(stored.lineItems == cart.lineItems)
            #expect(stored.expirationTimestamp == cart.expirationTimestamp)
        }
    }

    @Test("Checking out the seed cart places four orders: a completed legacy order and three pending ones")
    func checksOutSeedCart() async throws {
        try await withTestServer { server in
            let partnerOperations = try await server.partnerService()
            let customerId = try await partnerOperations.createCustomer()
            let cart = try await partnerOperations.customers.byId(customerId).carts.create(SeedCart.cart)

            let result = try await partnerOperations.customers.byId(customerId).carts.byId(cart.id ?? "").checkout()

            #expect(result.orderErrors.isEmpty)
            #expect(result.orders.count == 4)
            #expect(result.orders.map(\.billingCycle) == [.monthly, .oneTime, .monthly, BillingCycle.none])
            #expect(result.orders.map { $0.lineItems?.count ?? 0 } == [1, 3, 1, 1])
            let legacy = try #require(result.orders.first)
            #expect(legacy.status == .completed)
            #expect(legacy.id == legacy.alternateId)
            #expect(legacy.lineItems?.first?.subscriptionId != nil)
            #expect(result.orders.dropFirst().allSatisfy { $0.status == .pending && $0.id?.count == 33 })

            let ordered = try await partnerOperations.customers.byId(customerId).carts.byId(cart.id ?? "").get()
            #expect(ordered.status == .ordered)
            let listed = try await partnerOperations.customers.byId(customerId).orders.get().all()
            #expect(Set(listed.compactMap(\.id)) == Set(result.orders.compactMap(\.id)))
        }
    }

    @Test("the seed page's Java example: one reserved instance with a friendly name and a provisioning context")
    func createsJavaExampleCart() async throws {
        try await withTestServer { server in
            let partnerOperations = try await server.partnerService()
            let customerId = try await partnerOperations.createCustomer()
            let (catalogItemId, subscriptionId) = ("DZH318Z0BQ36:004J:DZH318Z08B8X", SeedCart.subscriptionId)

            var lineItem = CartLineItem(catalogItemId: catalogItemId, quantity: 1, billingCycle: .oneTime)
            lineItem.friendlyName = "Sample RI Purchase"
            lineItem.termDuration = "P3Y"
            lineItem.provisioningContext = ["duration": "3Years", "scope": "shared", "subscriptionId": subscriptionId]
            let cartCreated = try await partnerOperations.customers.byId(customerId).carts.create(Cart(lineItems: [lineItem]))

            let item = try #require(cartCreated.lineItems?.first)
            #expect(item.friendlyName == "Sample RI Purchase")
            #expect(item.provisioningContext?["duration"] == "3Years")
            #expect(item.error == nil)
            #expect(item.orderGroup == "0")
        }
    }

    @Test("put replaces the line items, keeps the expiry, and answers the stored cart")
    func putReplacesLineItems() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()
            let carts = partner.customers.byId(customerId).carts
            let created = try await carts.create(SeedCart.cart)
            var changed = created
            changed.lineItems = [CartLineItem(
                id: 0, catalogItemId: "CFQ7TTC0LH18:0001:CFQ7TTC0K971", friendlyName: "Basic for sales", quantity: 12,
                billingCycle: .annual, termDuration: "P1Y")]

            let updated = try await carts.byId(created.id ?? "").put(changed, ifMatch: created.attributes?.etag)

            #expect(updated.id == created.id)
            #expect(updated.expirationTimestamp == created.expirationTimestamp)
            #expect(updated.lineItems?.count == 1)
            #expect(updated.lineItems?.first?.friendlyName == "Basic for sales")
            #expect(updated.lineItems?.first?.quantity == 12)
            #expect(updated.lineItems?.first?.orderGroup == "0")
            #expect(updated.lineItems?.first?.pricing?.extendedPrice == 864)
            let stored = try await carts.byId(created.id ?? "").get()
            #expect(stored.lineItems == updated.lineItems)
        }
    }

    @Test("subscript access reads like the .NET SDK's indexers")
    func subscriptsMatchById() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()
            let cart = try await partner.customers[customerId].carts.create(SeedCart.cart)
            let read = try await partner.customers[customerId].carts[cart.id ?? ""].get()
            #expect(read.id == cart.id)
            #expect(read.lineItems?.count == 6)
        }
    }
}
