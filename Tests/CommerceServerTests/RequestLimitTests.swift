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
            let connection = try RawHTTPConnection(port: try #require(URL(string: server.baseURL)?.port))
            connection.send(Self.cartRequestHead(customer: customer, token: client.token, length: 400) + #"{"lineItems": ["#)
            let answer = await connection.readUntilClosed()
            #expect(answer.hasPrefix("HTTP/1.1 408"), "\(answer)")
            #expect(answer.contains(#""code":800002"#))
            #expect(answer.contains("did not arrive within 1 seconds"))
            #expect(try await server.parts.services.store.counts().carts == 0)
        }
    }

    @Test func aBodyThatArrivesInPiecesWithinTheDeadlineIsAccepted() async throws {
        try await withTestServer({ $0.requestBodyTimeout = 3 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let connection = try RawHTTPConnection(port: try #require(URL(string: server.baseURL)?.port))
            let body = Self.cartBody
            let half = body.index(body.startIndex, offsetBy: body.count / 2)
            connection.send(Self.cartRequestHead(customer: customer, token: client.token, length: body.utf8.count) + body[..<half])
            try await Task.sleep(for: .milliseconds(500))
            connection.send(String(body[half...]))
            let answer = await connection.readResponse()
            #expect(answer.hasPrefix("HTTP/1.1 201"), "\(answer)")
            #expect(try await server.parts.services.store.counts().carts == 1)
        }
    }

    /// The deadline belongs to one request: on a connection kept open, a later request is not cut short by the
    /// deadline of one that has already ended.
    @Test func aFinishedRequestsDeadlineDoesNotReachTheNextOnTheSameConnection() async throws {
        try await withTestServer({ $0.requestBodyTimeout = 1 }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let connection = try RawHTTPConnection(port: try #require(URL(string: server.baseURL)?.port))
            let body = Self.cartBody
            connection.send(Self.cartRequestHead(customer: customer, token: client.token, length: body.utf8.count) + body)
            let first = await connection.readResponse()
            #expect(first.hasPrefix("HTTP/1.1 201"), "\(first)")
            try await Task.sleep(for: .milliseconds(1_500))
            connection.send(Self.cartRequestHead(customer: customer, token: client.token, length: body.utf8.count) + body)
            let second = await connection.readResponse()
            #expect(second.hasPrefix("HTTP/1.1 201"), "\(second)")
            #expect(try await server.parts.services.store.counts().carts == 2)
        }
    }

    private static let cartBody = #"{"lineItems": [{"id": 0, "catalogItemId": "CFQ7TTC0LH18:0001:CFQ7TTC0K971", "quantity": 2, "billingCycle": "monthly", "termDuration": "P1M"}]}"#

    private static func cartRequestHead(customer: String, token: String?, length: Int) -> String {
        """
        POST /v1/customers/\(customer)/carts HTTP/1.1\r
        Host: 127.0.0.1\r
        Authorization: Bearer \(token ?? "")\r
        Content-Type: application/json\r
        Content-Length: \(length)\r
        \r

        """
    }
}
