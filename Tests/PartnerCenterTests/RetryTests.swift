import Foundation
import PartnerCenter
import Testing

@Suite("Retries")
struct RetryTests {
    @Test("a checkout whose answer is lost (503) is retried with the same MS-RequestId and buys exactly once")
    func retriedCheckoutBuysOnce() async throws {
        try await withProxiedServer { server, proxy in
            let lost = #"{"code":800003,"description":"Service unavailable.","data":[],"source":"PartnerFD"}"#
            await proxy.journal.add(ProxyRule("POST", pathSuffix: "/checkout", .forwardThenAnswer(status: 503, body: lost)))
            let sleeps = SleepRecorder()
            let partnerOperations = try await server.partnerService(baseURL: proxy.baseURL, configuration: sleeps.configuration())
            let customerId = try await partnerOperations.createCustomer()
            let cart = try await partnerOperations.customers.byId(customerId).carts.create(SeedCart.cart)

            let result = try await partnerOperations.customers.byId(customerId).carts.byId(cart.id ?? "").checkout()

            let checkouts = await proxy.journal.requests("POST", pathSuffix: "/checkout")
            #expect(checkouts.count == 2)
            let requestIds = checkouts.compactMap { $0.header("MS-RequestId") }
            #expect(requestIds.count == 2)
            #expect(Set(requestIds).count == 1)
            #expect(await sleeps.waits == [.milliseconds(500)])
            #expect(result.orders.count == 4)
            let orders = try await partnerOperations.customers.byId(customerId).orders.get().all()
            #expect(orders.count == 4)
            #expect(Set(orders.compactMap(\.id)) == Set(result.orders.compactMap(\.id)))
        }
    }

    @Test("a 429 with a Retry-After under the cap is waited out, then the call succeeds with the same MS-RequestId")
    func throttledThenRetried() async throws {
        try await withProxiedServer { server, proxy in
            await proxy.journal.add(.throttling(pathSuffix: "/v1/customers", retryAfterSeconds: 2))
            let sleeps = SleepRecorder()
            let partner = try await server.partnerService(baseURL: proxy.baseURL, configuration: sleeps.configuration())
            let customerId = try await server.partnerService().createCustomer()

            let customers = try await partner.customers.get()

            #expect(customers.items.compactMap(\.id) == [customerId])
            #expect(await sleeps.waits == [.seconds(2)])
            let attempts = await proxy.journal.requests
            #expect(attempts.count == 2)
            #expect(attempts[0].header("MS-RequestId") == attempts[1].header("MS-RequestId"))
        }
    }

    @Test("an attempt that times out is retried, and the retry's answer is returned")
    func timeoutRetried() async throws {
        try await withProxiedServer { server, proxy in
            // The timeout leaves the retry room to answer on a machine busy with other tests, and the first
            // attempt's delay passes it. The proxy still holds that attempt to the end of its delay before the test
            // can finish, so the delay is kept short.
            await proxy.journal.add(ProxyRule("GET", pathSuffix: "/v1/offers", .delayThenForward(.seconds(12))))
            let sleeps = SleepRecorder()
            let partner = try await server.partnerService(
                baseURL: proxy.baseURL, configuration: sleeps.configuration(timeout: .seconds(10)))

            let offers = try await partner.offers.byCountry("US").get()

            #expect(offers.items.contains { $0.id == "MS-AZR-0145P" })
            #expect(await sleeps.waits == [.milliseconds(500)])
            #expect(await proxy.journal.requests.count == 2)
        }
    }

    @Test("with retries disabled, a 503 is thrown at once")
    func retriesDisabled() async throws {
        try await withProxiedServer { server, proxy in
            await proxy.journal.add(ProxyRule("GET", pathSuffix: "/v1/customers", times: 5,
                                              .answer(status: 503, headers: [:], body: "")))
            let partner = try await server.partnerService(
                baseURL: proxy.baseURL, configuration: PartnerServiceConfiguration(retryPolicy: .disabled))

            let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }

            #expect(error.category == .server)
            #expect(error.httpStatus == 503)
            #expect(error.description == "HTTP 503 with no error description.")
            #expect(await proxy.journal.requests.count == 1)
        }
    }

    @Test("400, 401, 403, 404 and 409 are never retried")
    func clientErrorsNotRetried() async throws {
        for status in [400, 401, 403, 404, 409] {
            try await withProxiedServer { server, proxy in
                await proxy.journal.add(ProxyRule("GET", pathSuffix: "/v1/customers", times: 5,
                                                  .answer(status: status, headers: [:], body: #"{"code":1,"description":"no"}"#)))
                let sleeps = SleepRecorder()
                let partner = try await server.partnerService(baseURL: proxy.baseURL, configuration: sleeps.configuration())

                let error = try await #require(throws: PartnerError.self) { try await partner.customers.get() }

                #expect(error.httpStatus == status)
                #expect(await sleeps.waits.isEmpty)
                #expect(await proxy.journal.requests.count == 1)
            }
        }
    }
}
