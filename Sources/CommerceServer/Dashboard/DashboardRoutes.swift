import CommerceCore
import CommerceStore
import Foundation
import Hummingbird
import PartnerCenterModels

/// The dashboard: server-rendered HTML pages, readable without JavaScript, showing a partner's customers,
/// carts, orders and subscriptions, and to operators the request journal and the fault rules.
///
/// - `GET /`: the sign-in form, or the signed-in partner's customers.
/// - `POST /dashboard/sign-in` (form field `token`) and `GET /dashboard/sign-in?token=&next=`: verify the token,
///   keep it in an HttpOnly SameSite=Strict cookie and redirect (303) to `/` or to `next`.
/// - `POST /dashboard/sign-out`: forget the cookie and redirect to `/`.
/// - `GET /dashboard/customers/{customerId}[/carts/{cartId} | /orders/{orderId}]`.
/// - `GET /dashboard/requests`, `GET /dashboard/faults`: operator tokens only.
///
/// Refusals (no token, someone else's customer, unknown cart) are HTML pages with the status the API would
/// answer, and the description the API would give.
struct DashboardRoutes {
    let services: CommerceServices
    let session: DashboardSession
    let templates: DashboardTemplates

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        let pages: [(HTTPRequest.Method, String, @Sendable (Request, CommerceRequestContext) async throws -> Response)] = [
            (.get, "", home),
            (.post, "dashboard/sign-in", signInWithForm),
            (.get, "dashboard/sign-in", signInWithLink),
            (.post, "dashboard/sign-out", signOut),
            (.get, "dashboard/customers/:customerId", customer),
            (.get, "dashboard/customers/:customerId/carts/:cartId", cart),
            (.get, "dashboard/customers/:customerId/orders/:orderId", order),
            (.get, "dashboard/requests", requests),
            (.get, "dashboard/faults", faults),
        ]
        for (method, path, handler) in pages {
            router.on(RouterPath(path.isEmpty ? "/" : path), method: method) { request, context in
                try await answeringRefusals { try await handler(request, context) }
            }
            table.add(method, path)
        }
    }

    @Sendable func home(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        guard let token = DashboardSession.token(of: request) else { return try signInPage(problem: nil, status: .ok) }
        let viewer: DashboardViewer
        do {
            viewer = try await session.viewer(token: token)
        } catch let refusal as CommerceError {
            return try signInPage(problem: refusal.description, status: .ok, headers: signedOutHeaders())
        }
        let customers = try await services.store.customers(partner: viewer.identity.tenantId)
        return try templates.page("customers", title: "Customers", model: CustomerListPage(customers), viewer: viewer)
    }

    @Sendable func signInWithForm(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let form = FormFields(try await RequestBodyReader.bytes(of: request))
        return try await signIn(token: form["token"], next: "/")
    }

    @Sendable func signInWithLink(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try await signIn(token: QueryParameters.value(request, "token"), next: QueryParameters.value(request, "next") ?? "/")
    }

    @Sendable func signOut(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        Self.redirect(to: "/", headers: signedOutHeaders())
    }

    @Sendable func customer(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let (viewer, record) = try await ownedCustomer(request, context)
        async let carts = services.store.carts(customerId: record.id)
        async let orders = services.store.orders(customerId: record.id, billingCycle: nil)
        async let subscriptions = services.store.subscriptions(customerId: record.id, orderId: nil)
        let page = CustomerPage(record, carts: try await carts, orders: try await orders,
                                subscriptions: try await subscriptions, now: services.clock.now())
        return try templates.page("customer", title: record.customer.companyProfile?.companyName ?? record.id,
                                  model: page, viewer: viewer)
    }

    @Sendable func cart(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let (viewer, record) = try await ownedCustomer(request, context)
        let cartId = context.pathParameter("cartId")
        guard let cart = try await services.store.cart(customerId: record.id, id: cartId) else {
            throw CommerceError.cartNotFound(cartId)
        }
        return try templates.page("cart", title: "Cart \(cart.id)", model: CartPage(cart, customer: record, now: services.clock.now()),
                                  viewer: viewer)
    }

    @Sendable func order(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let (viewer, record) = try await ownedCustomer(request, context)
        let orderId = context.pathParameter("orderId")
        guard let order = try await services.store.order(customerId: record.id, id: orderId) else {
            throw CommerceError.orderNotFound(orderId)
        }
        return try templates.page("order", title: "Order \(order.id ?? orderId)", model: OrderPage(order, customer: record),
                                  viewer: viewer)
    }

    @Sendable func requests(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let viewer = try await operatorViewer(request)
        let limit = try QueryParameters.integer(request, "limit", default: 100, range: 1...10_000)
        let entries = services.telemetry.journal(RequestJournalFilter(limit: limit))
        return try templates.page("requests", title: "Request journal", model: RequestJournalPage(entries), viewer: viewer)
    }

    @Sendable func faults(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let viewer = try await operatorViewer(request)
        return try templates.page("faults", title: "Fault rules", model: FaultRulesPage(services.faults.rules), viewer: viewer)
    }

    // MARK: Steps the pages share

    private func signIn(token: String?, next: String) async throws -> Response {
        guard let token = token?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty else {
            return try signInPage(problem: "Paste a token to sign in.", status: .unauthorized)
        }
        do {
            _ = try await session.viewer(token: token)
        } catch let refusal as CommerceError {
            return try signInPage(problem: refusal.description, status: .unauthorized)
        }
        var headers = HTTPFields()
        headers[.setCookie] = try DashboardSession.cookie(keeping: token).description
        return Self.redirect(to: Self.localPath(next), headers: headers)
    }

    private func ownedCustomer(_ request: Request, _ context: CommerceRequestContext) async throws
        -> (DashboardViewer, CustomerRecord)
    {
        let viewer = try await session.viewer(of: request)
        let raw = context.pathParameter("customerId")
        guard ResourceIdentifiers.isGUID(raw) else { throw CommerceError.invalidCustomerId(raw) }
        guard let record = try await services.store.customer(partner: viewer.identity.tenantId, id: raw.lowercased()) else {
            throw CommerceError.customerNotFound(partner: viewer.identity.tenantId, customer: raw)
        }
        return (viewer, record)
    }

    private func operatorViewer(_ request: Request) async throws -> DashboardViewer {
        let viewer = try await session.viewer(of: request)
        guard viewer.identity.isOperator else { throw CommerceError.operatorRoleRequired }
        return viewer
    }

    /// Runs a page, answering a refusal with an HTML page of the same status (the sign-in form for 401).
    private func answeringRefusals(_ page: () async throws -> Response) async throws -> Response {
        do {
            return try await page()
        } catch let refusal as CommerceError {
            let status = HTTPResponse.Status(code: refusal.httpStatus)
            if refusal.httpStatus == 401 { return try signInPage(problem: refusal.description, status: status) }
            return try templates.page("problem", title: status.reasonPhrase, model: ["description": refusal.description],
                                      viewer: nil, status: status)
        }
    }

    private func signInPage(problem: String?, status: HTTPResponse.Status, headers: HTTPFields = [:]) throws -> Response {
        try templates.page("sign-in", title: "Sign in", model: ["problem": problem as Any], viewer: nil, status: status, headers: headers)
    }

    private func signedOutHeaders() -> HTTPFields {
        var headers = HTTPFields()
        headers[.setCookie] = DashboardSession.signedOutCookie.description
        return headers
    }

    private static func redirect(to location: String, headers: HTTPFields) -> Response {
        var fields = headers
        fields[.location] = location
        return Response(status: .seeOther, headers: fields)
    }

    /// `next` when it is a path on this server (`/...`, not `//host`), otherwise `/`: a sign-in link cannot
    /// send the browser elsewhere.
    private static func localPath(_ next: String) -> String {
        guard next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else { return "/" }
        return next
    }
}
