import CommerceCore
import CommerceStore
import Foundation
import Hummingbird
import PartnerCenterModels

/// `/v1/customers/{id}/orders`: direct orders, listing, reading, cancelling and provisioning status.
struct OrderRoutes {
    let support: RouteSupport
    var services: CommerceServices { support.services }

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        router.post("v1/customers/:customerId/orders", use: create)
        router.get("v1/customers/:customerId/orders", use: list)
        router.get("v1/customers/:customerId/orders/:orderId", use: get)
        router.patch("v1/customers/:customerId/orders/:orderId", use: cancel)
        router.get("v1/customers/:customerId/orders/:orderId/provisioningstatus", use: provisioningStatus)
        table.add(.post, "v1/customers/:customerId/orders")
        table.add(.get, "v1/customers/:customerId/orders")
        table.add(.get, "v1/customers/:customerId/orders/:orderId")
        table.add(.patch, "v1/customers/:customerId/orders/:orderId")
        table.add(.get, "v1/customers/:customerId/orders/:orderId/provisioningstatus")
    }

    @Sendable func create(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let sent = try await RequestBodyReader.decode(Order.self, from: request)
        let planner = DirectOrderPlanner(catalog: services.catalog)
        let now = services.clock.now()
        let delay = services.settings.provisioningDelay
        let support = self.support
        let query = PurchaseFactsQuery(
            items: (sent.lineItems ?? []).map { CartLineItem(catalogItemId: $0.offerId, quantity: $0.quantity, billingCycle: nil) },
            catalog: services.catalog, sandboxLimits: services.settings.sandboxLimits)
        let store = services.store
        let placed = PlacedOrderStatuses()
        let response = try await AnsweredWrite.perform({ try await store.placeOrder(customerId: customer.id, query: query) { facts in
            try planner.plan(sent, customerId: customer.id, context: support.purchaseContext(for: customer, facts: facts),
                             now: now, provisioningDelay: delay)
        } }, answer: { order in
            placed.set([order.status?.rawValue ?? "pending"])
            return try JSONResponse.rendered(Self.presented(order, includePrice: true), status: .created)
        })
        services.telemetry.recordOrdersPlaced(statuses: placed.statuses)
        return response
    }

    @Sendable func list(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        var cycle: BillingCycle?
        if let raw = QueryParameters.value(request, "billingType") {
            guard let parsed = BillingCycle(spelling: raw) else {
                throw CommerceError.invalidInput("billingType", "'\(raw)' is not a billing cycle (\(BillingCycle.allCases.map(\.rawValue).joined(separator: ", "))).")
            }
            cycle = parsed
        }
        let includePrice = try QueryParameters.bool(request, "include_price") ?? false
        let links = CollectionLinks(self: Link(uri: ResourcePaths.orders(customer.id)))
        // Stored bodies are answered as they are, prices taken out on the bytes unless asked for; decoding and
        // encoding every order would cost several times more, in time and in memory. Each body is replaced by
        // its priced-out copy as it is made, and the bodies are let go once the answer is written: a customer
        // with thousands of orders never has more than two copies of them at once.
        var bodies = try await services.store.orderBodies(customerId: customer.id, billingCycle: cycle)
        var removable = true
        if !includePrice {
            for index in bodies.indices {
                guard let withoutPrices = PricingRemoval.withoutPrices(bodies[index]) else { removable = false; break }
                bodies[index] = withoutPrices
            }
        }
        if removable {
            let answer = try EncodedCollection.body(items: consume bodies, links: links)
            return JSONResponse.bytes(answer)
        }
        let orders = try await services.store.orders(customerId: customer.id, billingCycle: cycle)
            .map { Self.presented($0, includePrice: false) }
        return try JSONResponse.make(ResourceCollection(items: orders, links: links))
    }

    @Sendable func get(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let includePrice = try QueryParameters.bool(request, "include_price") ?? false
        return try JSONResponse.make(Self.presented(try await storedOrder(customer, context), includePrice: includePrice))
    }

    @Sendable func cancel(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let orderId = context.pathParameter("orderId")
        let update = try await RequestBodyReader.decode(OrderStatusUpdate.self, from: request)
        guard let status = update.status else { throw CommerceError.invalidInput("status", "required property is missing.") }
        guard status == .cancelled else {
            throw CommerceError.unsupportedOrderUpdate("only 'cancelled' can be set, not '\(status.rawValue)'.")
        }
        let store = services.store
        return try await AnsweredWrite.perform({ try await store.cancelOrder(customerId: customer.id, id: orderId) { order in
            guard order.status == .pending else {
                throw CommerceError.unsupportedOrderUpdate(
                    "order \(orderId) is \(order.status?.rawValue ?? "unknown"); only pending orders can be cancelled.")
            }
            var cancelled = order
            cancelled.status = .cancelled
            return cancelled
        } }, answer: { cancelled in
            guard let cancelled else { throw CommerceError.orderNotFound(orderId) }
            return try JSONResponse.rendered(Self.presented(cancelled, includePrice: false), status: .ok)
        })
    }

    @Sendable func provisioningStatus(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let order = try await storedOrder(customer, context)
        return try JSONResponse.make(ResourceCollection(
            items: Provisioner.provisioningStatus(of: order),
            links: CollectionLinks(self: Link(uri: ResourcePaths.provisioningStatus(customer.id, order.id ?? "")))))
    }

    private func storedOrder(_ customer: CustomerAccess, _ context: CommerceRequestContext) async throws -> Order {
        let orderId = context.pathParameter("orderId")
        guard let order = try await services.store.order(customerId: customer.id, id: orderId) else {
            throw CommerceError.orderNotFound(orderId)
        }
        return order
    }

    /// Line-item prices are shown only when asked for with `include_price=true`.
    static func presented(_ order: Order, includePrice: Bool) -> Order {
        guard !includePrice else { return order }
        var order = order
        order.lineItems = order.lineItems?.map { line in
            var line = line
            line.pricing = nil
            return line
        }
        return order
    }
}
