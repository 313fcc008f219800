import Foundation
import Testing

/// Header limits and the body deadline: refusals in Partner Center's error shape, nothing stored.
@Suite struct RequestLimitTests {
    @Test func anOversizedHeaderFieldAnswers431WithAPartnerCenterBody() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let response = try await client.send(.GET, "/v1/customers/\(customer)",
                                                 headers: [("X-Oversized", String(repeating: "a", count: 20 * 1024))])
            #expect(response.status == 431)
            #expect(try response.errorCode() == 800002)
            #expect(try response.errorDescription().contains("16 KiB per field"))
            #expect(try response.object()["source"] as? String == "PartnerCommerce")
        }
    }

    @Test func tooManyHeaderFieldsAnswer431() async throws {
        try await withTestServer { server in
            let client = try await server.client()
            let headers = (0..<120).map { ("X-Field-\($0)", "value") }
            let response = try await client.send(.GET, "/v1/customers", headers: headers)
            #expect(response.status == 431)
            #expect(try response.errorCode() == 800002)
            #expect(try response.errorDescription().contains("100 fields"))
        }
    }

    @Test func aBodyThatStopsHalfWayAnswers408AndStoresNothing() async throws {
        try await withTestServer({ $0.requestBodyTimeout = 1 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let port = try #require(URL(string: server.baseURL)?.port)
            let connection = try RawHTTPConnection(port: port)
            connection.send("""
                POST /v1/customers/\(customer)/carts HTTP/1.1\r
                Host: 127.0.0.1\r
                Authorization: Bearer \(client.token ?? "")\r
                Content-Type: application/json\r
                Content-Length: 400\r
                \r
                {"lineItems": [
                """)
            let answer = connection.readUntilClosed()
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
            #expect(answer.contains(#""code":800002"#))
            #expect(answer.contains("did not arrive within 1 seconds"))
            #expect(try await server.parts.services.store.counts().carts == 0)
        }
    }
}
