import Foundation
import Testing

@Suite("Operator surface: who may use /admin")
struct OperatorAccessTests {
    static let adminRoutes: [(String, String)] = [
        ("POST", "/admin/reset"), ("GET", "/admin/catalog"), ("POST", "/admin/catalog"), ("GET", "/admin/faults"),
        ("POST", "/admin/faults"), ("DELETE", "/admin/faults"), ("GET", "/admin/clock"), ("POST", "/admin/clock"),
        ("GET", "/admin/requests"),
    ]

    @Test("a partner's token gets 403 with a Partner Center error body on every /admin route, and changes nothing")
    func partnerTokenForbidden() async throws {
        try await withTestServer { server in
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            for (method, path) in Self.adminRoutes {
                let response = try await partner.send(.init(rawValue: method), path, body: Data("{}".utf8))
                #expect(response.status == 403, "\(method) \(path)")
                #expect(try response.errorCode() == 3000)
                #expect(try response.errorDescription().contains("operator token"))
                #expect(try response.object()["source"] as? String == "PartnerCommerce")
            }
            let customers = try await partner.send(.GET, "/v1/customers")
            #expect(try customers.items().compactMap { $0["id"] as? String } == [customer])
        }
    }

    @Test("no token gets 401 800001 with WWW-Authenticate")
    func missingTokenUnauthorized() async throws {
        try await withTestServer { server in
            let anonymous = PartnerHTTPClient(baseURL: server.baseURL, token: nil)
            for (method, path) in Self.adminRoutes {
                let response = try await anonymous.send(.init(rawValue: method), path, body: Data("{}".utf8))
                #expect(response.status == 401, "\(method) \(path)")
                #expect(try response.errorCode() == 800001)
                #expect(response.header("WWW-Authenticate") != nil)
            }
        }
    }

    @Test("an operator token opens /admin, and a wrong method there answers 405")
    func operatorTokenAllowed() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let clock = try await admin.send(.GET, "/admin/clock")
            #expect(clock.status == 200)
            #expect(try clock.object()["controlEnabled"] as? Bool == false)
            let wrongMethod = try await admin.send(.PUT, "/admin/clock", body: Data("{}".utf8))
            #expect(wrongMethod.status == 405)
            #expect(try wrongMethod.errorCode() == 3000)
        }
    }
}
