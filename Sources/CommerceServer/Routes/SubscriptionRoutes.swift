import CommerceCore
import Hummingbird
import PartnerCenterModels

/// `/v1/customers/{id}/subscriptions`: the subscriptions provisioning made.
struct SubscriptionRoutes {
    let support: RouteSupport
    var services: CommerceServices { support.services }

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        router.get("v1/customers/:customerId/subscriptions", use: list)
        router.get("v1/customers/:customerId/subscriptions/:subscriptionId", use: get)
        table.add(.get, "v1/customers/:customerId/subscriptions")
        table.add(.get, "v1/customers/:customerId/subscriptions/:subscriptionId")
    }

    @Sendable func list(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let orderId = QueryParameters.value(request, "order_id")
        let subscriptions = try await services.store.subscriptions(customerId: customer.id, orderId: orderId)
        return try JSONResponse.make(ResourceCollection(
            items: subscriptions, links: CollectionLinks(self: Link(uri: ResourcePaths.subscriptions(customer.id)))))
    }

    @Sendable func get(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let id = context.pathParameter("subscriptionId")
        guard let subscription = try await services.store.subscription(customerId: customer.id, id: id) else {
            throw CommerceError.subscriptionNotFound(id)
        }
        return try JSONResponse.make(subscription)
    }
}
