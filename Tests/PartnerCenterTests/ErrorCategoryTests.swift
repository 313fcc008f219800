import Foundation
import PartnerCenter
import Testing

@Suite("PartnerError categories")
struct ErrorCategoryTests {
    @Test("400: a cart without line items is badInput with Partner Center's code and the JSON path")
    func badInput() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()

            let error = try await #require(throws: PartnerError.self) {
                try await partner.customers.byId(customerId).carts.create(Cart(lineItems: []))
            }

            #expect(error.category == .badInput)
            #expect(error.httpStatus == 400)
            #expect(error.code == 800002)
            #expect(error.description.contains("lineItems"))
            #expect(error.correlationId == partner.context.correlationId)
            #expect(UUID(uuidString: error.requestId) != nil)
        }
    }

    @Test("400: a customer id that is not a GUID is badInput 900118")
    func malformedCustomerId() async throws {
        try await withTestServer { server in
            let error = try await #require(throws: PartnerError.self) {
                try await server.partnerService().customers.byId("not-a-guid").get()
            }
            #expect(error.category == .badInput)
            #expect(error.code == 900118)
        }
    }

    @Test("401: a token the server did not sign is unauthorized")
    func unauthorized() async throws {
        try await withTestServer { server in
            let partner = PartnerService(baseURL: server.baseURL, credentials: .bearer(token: "not.a.token"))
            let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }
            #expect(error.category == .unauthorized)
            #expect(error.httpStatus == 401)
            #expect(error.code == 800001)
            #expect(!error.description.isEmpty)
        }
    }

    @Test("403: another partner's customer is forbidden")
    func forbidden() async throws {
        try await withTestServer { server in
            let customerId = try await server.partnerService(partner: TestPartners.fabrikam).createCustomer()
            let error = try await #require(throws: PartnerError.self) {
                try await server.partnerService(partner: TestPartners.contoso).customers.byId(customerId).get()
            }
            #expect(error.category == .forbidden)
            #expect(error.httpStatus == 403)
            #expect(error.code == 20002)
        }
    }

    @Test("404: an unknown cart is notFound 800008")
    func notFound() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()
            let error = try await #require(throws: PartnerError.self) {
                try await partner.customers.byId(customerId).carts.byId(UUID().uuidString).get()
            }
            #expect(error.category == .notFound)
            #expect(error.httpStatus == 404)
            #expect(error.code == 800008)
        }
    }

    @Test("412: a put with a stale If-Match is a conflict, and the cart is unchanged")
    func staleETagConflict() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let customerId = try await partner.createCustomer()
            let cart = partner.customers.byId(customerId).carts
            let created = try await cart.create(SeedCart.cart)
            var first = created
            first.lineItems = Array(created.lineItems?.prefix(2) ?? [])
            _ = try await cart.byId(created.id ?? "").put(first, ifMatch: created.attributes?.etag)

            var second = created
            second.lineItems = Array(created.lineItems?.prefix(1) ?? [])
            let error = try await #require(throws: PartnerError.self) {
                try await cart.byId(created.id ?? "").put(second, ifMatch: created.attributes?.etag)
            }

            #expect(error.category == .conflict)
            #expect(error.httpStatus == 412)
            #expect(try await cart.byId(created.id ?? "").get().lineItems?.count == 2)
        }
    }

    @Test("409: a checkout already in progress is a conflict, and is not retried")
    func busyConflict() async throws {
        try await withProxiedServer { server, proxy in
            let fault = #"{"code":800064,"description":"The cart is being processed by another request.","data":[],"source":"PartnerFD"}"#
            await proxy.journal.add(ProxyRule("POST", pathSuffix: "/checkout", .answer(status: 409, headers: [:], body: fault)))
            let partner = try await server.partnerService(baseURL: proxy.baseURL)
            let customerId = try await partner.createCustomer()
            let cart = try await partner.customers.byId(customerId).carts.create(SeedCart.cart)

            let error = try await #require(throws: PartnerError.self) {
                try await partner.customers.byId(customerId).carts.byId(cart.id ?? "").checkout()
            }

            #expect(error.category == .conflict)
            #expect(error.code == 800064)
            #expect(error.description == "The cart is being processed by another request.")
            #expect(await proxy.journal.requests("POST", pathSuffix: "/checkout").count == 1)
        }
    }

    @Test("429 with a Retry-After over the cap is thrown as throttled(retryAfter:) without a retry")
    func throttled() async throws {
        try await withProxiedServer { server, proxy in
            await proxy.journal.add(.throttling(pathSuffix: "/v1/customers", retryAfterSeconds: 120))
            let sleeps = SleepRecorder()
            let partner = try await server.partnerService(baseURL: proxy.baseURL, configuration: sleeps.configuration())

            let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }

            #expect(error.category == .throttled(retryAfter: .seconds(120)))
            #expect(error.retryAfter == .seconds(120))
            #expect(error.httpStatus == 429)
            #expect(error.code == nil)
            #expect(error.description == "Rate limit is exceeded. Try again in 120 seconds.")
            #expect(await sleeps.waits.isEmpty)
            #expect(await proxy.journal.requests.count == 1)
        }
    }

    @Test("5xx is retried with the standard backoff and the same MS-RequestId, then thrown as server")
    func serverError() async throws {
        try await withProxiedServer { server, proxy in
            let fault = #"{"code":800003,"description":"An unexpected error occurred.","data":[],"source":"PartnerFD"}"#
            await proxy.journal.add(ProxyRule("GET", pathSuffix: "/v1/customers", times: 10,
                                              .answer(status: 500, headers: [:], body: fault)))
            let sleeps = SleepRecorder()
            let partner = try await server.partnerService(baseURL: proxy.baseURL, configuration: sleeps.configuration())

            let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }

            #expect(error.category == .server)
            #expect(error.httpStatus == 500)
            #expect(error.code == 800003)
            #expect(await sleeps.waits == standardBackoff)
            let attempts = await proxy.journal.requests
            #expect(attempts.count == 4)
            #expect(Set(attempts.compactMap { $0.header("MS-RequestId") }) == [error.requestId])
        }
    }

    @Test("a refused connection is retried with the standard backoff, then thrown as transport")
    func transport() async throws {
        let sleeps = SleepRecorder()
        let partner = PartnerService(baseURL: "http://127.0.0.1:1", credentials: .bearer(token: "unused"),
                                     configuration: sleeps.configuration())

        let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }

        #expect(error.category == .transport)
        #expect(error.httpStatus == nil)
        #expect(error.code == nil)
        #expect(error.description.contains("GET /v1/customers"))
        #expect(await sleeps.waits == standardBackoff)
    }

    @Test("an answer that is not the expected resource is a server error naming the call")
    func unreadableAnswer() async throws {
        try await withProxiedServer { server, proxy in
            await proxy.journal.add(ProxyRule("GET", pathSuffix: "/v1/customers", .answer(status: 200, headers: [:], body: "[1, 2")))
            let partner = try await server.partnerService(baseURL: proxy.baseURL)

            let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }

            #expect(error.category == .server)
            #expect(error.httpStatus == 200)
            #expect(error.description.hasPrefix("The answer to GET /v1/customers could not be read"))
        }
    }
}
