import Foundation
import PartnerCenter
import Testing

@Suite("Request headers and bodies the SDK sends")
struct RequestHeaderTests {
    @Test("every request carries MS-RequestId, MS-CorrelationId, X-Locale, MS-PartnerCenter-Client and the token")
    func standardHeaders() async throws {
        try await withProxiedServer { server, proxy in
            let partner = try await server.partnerService(baseURL: proxy.baseURL)
            let customerId = try await partner.createCustomer()
            _ = try await partner.customers.byId(customerId).get()

            let requests = await proxy.journal.requests
            try #require(requests.count == 2)
            for request in requests {
                #expect(UUID(uuidString: request.header("MS-RequestId") ?? "") != nil)
                #expect(request.header("MS-CorrelationId") == partner.context.correlationId)
                #expect(request.header("X-Locale") == "en-US")
                #expect(request.header("MS-PartnerCenter-Client") == "Partner Center Swift SDK")
                #expect(request.header("Accept") == "application/json")
                #expect(request.header("Authorization")?.hasPrefix("Bearer ey") == true)
            }
            #expect(requests[0].header("MS-RequestId") != requests[1].header("MS-RequestId"))
        }
    }

    @Test("with(RequestContext) pins the correlation id, request id and locale of every call")
    func pinnedContext() async throws {
        try await withProxiedServer { server, proxy in
            let context = RequestContext(
                correlationId: "0e93c70c-977a-4a88-9580-7cf084c73286", requestId: "4fa6dad6-a89f-4875-8247-8294a10ae1cf",
                locale: "fr-FR")
            let partner = try await server.partnerService(baseURL: proxy.baseURL).with(context)

            _ = try await partner.customers.get()
            _ = try await partner.offers.byCountry("FR").get()

            let requests = await proxy.journal.requests
            #expect(requests.count == 2)
            #expect(requests.allSatisfy { $0.header("MS-CorrelationId") == context.correlationId })
            #expect(requests.allSatisfy { $0.header("MS-RequestId") == context.requestId })
            #expect(requests.allSatisfy { $0.header("X-Locale") == "fr-FR" })
            #expect(partner.context == context)
        }
    }

    @Test("bodies are sent camelCase with snake_case enums and no nulls")
    func camelCaseBodies() async throws {
        try await withProxiedServer { server, proxy in
            let partner = try await server.partnerService(baseURL: proxy.baseURL)
            let customerId = try await server.partnerService().createCustomer()
            _ = try await partner.customers.byId(customerId).carts.create(SeedCart.cart)

            let sent = try #require(await proxy.journal.requests("POST", pathSuffix: "/carts").first)
            let text = String(decoding: sent.body, as: UTF8.self)
            #expect(sent.header("Content-Type") == "application/json")
            #expect(text.contains(#""lineItems":["#))
            #expect(text.contains(#""catalogItemId":"MS-AZR-0145P""#))
            #expect(text.contains(#""billingCycle":"one_time""#))
            #expect(text.contains(#""renewsTo":{"termDuration":"P1Y"}"#))
            #expect(!text.contains("null"))
            #expect(!text.contains("LineItems"))
        }
    }
}
