import CommerceCore
import CommerceStore
import Foundation
import Hummingbird
import PartnerCenterModels

/// `/v1/customers/{id}/carts`: create, get, update and check out carts.
struct CartRoutes {
    let support: RouteSupport
    var services: CommerceServices { support.services }

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        router.post("v1/customers/:customerId/carts", use: create)
        router.get("v1/customers/:customerId/carts/:cartId", use: get)
        router.put("v1/customers/:customerId/carts/:cartId", use: update)
        router.post("v1/customers/:customerId/carts/:cartId/checkout", use: checkout)
        table.add(.post, "v1/customers/:customerId/carts")
        table.add(.get, "v1/customers/:customerId/carts/:cartId")
        table.add(.put, "v1/customers/:customerId/carts/:cartId")
        table.add(.post, "v1/customers/:customerId/carts/:cartId/checkout")
    }

    @Sendable func create(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let sent = try await RequestBodyReader.decode(Cart.self, from: request)
        let now = services.clock.now()
        let stamp = CartComposer.Stamp(
            cartId: ResourceIdentifiers.timeOrderedGUID(), customerId: customer.id, user: try context.caller().objectId,
            createdAt: now, now: now, expiresAt: services.settings.cartTimeToLive.added(to: now))
        let purchase = try await support.purchaseContext(for: customer, validating: sent.lineItems ?? [])
        let cart = try CartComposer(catalog: services.catalog).compose(sent, stamp: stamp, context: purchase)
        let record = CartRecord(customerId: customer.id, cart: cart)
        let answer = try JSONResponse.rendered(record.cart.withETag(version: record.version), status: .created, etag: record.etag)
        return try await AnsweredWrite.perform({ try await services.store.insertCart(record, body: answer.body) },
                                               answer: { _ in answer })
    }

    @Sendable func get(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let cartId = context.pathParameter("cartId")
        guard let stored = try await services.store.cartBody(customerId: customer.id, id: cartId),
              stored.expiresAt > services.clock.now() else {
            throw CommerceError.cartNotFound(cartId)
        }
        var headers = HTTPFields()
        headers[.eTag] = stored.etag
        return JSONResponse.bytes(stored.body, headers: headers)
    }

    @Sendable func update(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let cartId = context.pathParameter("cartId")
        let sent = try await RequestBodyReader.decode(Cart.self, from: request)
        let ifMatch = request.headers[.ifMatch]
        let user = try context.caller().objectId
        let now = services.clock.now()
        let purchase = try await support.purchaseContext(for: customer, validating: sent.lineItems ?? [])
        let composer = CartComposer(catalog: services.catalog)
        let store = services.store
        return try await AnsweredWrite.perform({ try await store.updateCart(customerId: customer.id, id: cartId) { stored in
            guard let expiresAt = stored.cart.expirationTimestamp, expiresAt > now else { throw CommerceError.cartNotFound(cartId) }
            guard stored.cart.status != .ordered else { throw CommerceError.cartAlreadyOrdered(cartId) }
            if let ifMatch, !ETagMatch.matches(ifMatch, stored.etag) { throw CommerceError.staleETag(cartId) }
            let stamp = CartComposer.Stamp(
                cartId: stored.id, customerId: customer.id, user: user, createdAt: stored.cart.creationTimestamp ?? now,
                now: now, expiresAt: expiresAt)
            return try composer.compose(sent, stamp: stamp, context: purchase)
        } }, answer: { updated in
            guard let updated else { throw CommerceError.cartNotFound(cartId) }
            return try JSONResponse.rendered(updated.cart, status: .created, etag: updated.etag)
        })
    }

    @Sendable func checkout(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let customer = try await support.ownedCustomer(context)
        let cartId = context.pathParameter("cartId")
        let now = services.clock.now()
        let planner = CheckoutPlanner(catalog: services.catalog)
        let settings = services.settings
        let support = self.support
        let catalog = services.catalog
        let forcedGroupFailures = context.forcedGroupFailures
        let placed = PlacedOrderStatuses()
        let factsQuery: @Sendable (Cart) -> PurchaseFactsQuery = { cart in
            PurchaseFactsQuery(items: cart.lineItems ?? [], catalog: catalog, sandboxLimits: settings.sandboxLimits)
        }
        let store = services.store
        let response = try await AnsweredWrite.perform({ try await store.checkout(customerId: customer.id, cartId: cartId, facts: factsQuery) { snapshot in
            guard let expiresAt = snapshot.cart.cart.expirationTimestamp, expiresAt > now else {
                throw CommerceError.cartNotFound(cartId)
            }
            let plan = try planner.plan(CheckoutPlanner.Input(
                cart: snapshot.cart.cart, customerId: customer.id, orderedGroups: Set(snapshot.cart.orderedGroups.keys),
                context: support.purchaseContext(for: customer, facts: snapshot.facts), now: now,
                provisioningDelay: settings.provisioningDelay, forcedGroupFailures: forcedGroupFailures))
            placed.set(plan.placedOrders.map { $0.order.status?.rawValue ?? "pending" })
            return plan
        } }, answer: { outcome in
            switch outcome {
            case .replay(let body):
                placed.set([])
                return IdempotentAnswer(status: 201, body: body)
            case .placed(_, let body):
                return IdempotentAnswer(status: 201, body: body)
            }
        })
        services.telemetry.recordOrdersPlaced(statuses: placed.statuses)
        return response
    }
}

/// Compares an `If-Match` header with a cart's ETag (`*` matches anything; weak and quoted forms accepted).
enum ETagMatch {
    static func matches(_ header: String, _ etag: String) -> Bool {
        let wanted = etag.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        return header.split(separator: ",").contains { candidate in
            var value = candidate.trimmingCharacters(in: .whitespaces)
            if value == "*" { return true }
            if value.hasPrefix("W/") { value.removeFirst(2) }
            return value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) == wanted
        }
    }
}
