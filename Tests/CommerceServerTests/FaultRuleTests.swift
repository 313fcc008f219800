import AsyncHTTPClient
import Foundation
import Testing

@Suite("Operator surface: fault rules")
struct FaultRuleTests {
    @Test("a rule for the next 2 matching calls answers them with its status and code, marked, then lets calls through")
    func nextNCallsAnswered() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            let id = try await admin.addFault([
                "method": "get", "path": "/v1/customers/*", "status": 503, "code": 800003,
                "description": "Service unavailable (injected).", "times": 2,
            ])

            let first = try await partner.send(.GET, "/v1/customers/\(customer)")
            let second = try await partner.send(.GET, "/v1/customers/\(customer)")
            let third = try await partner.send(.GET, "/v1/customers/\(customer)")

            for faulted in [first, second] {
                #expect(faulted.status == 503)
                #expect(try faulted.errorCode() == 800003)
                #expect(try faulted.errorDescription() == "Service unavailable (injected).")
                #expect(faulted.header("MS-Fault-Injected") == id)
                #expect(faulted.header("MS-RequestId") != nil)
            }
            #expect(third.status == 200)
            #expect(third.header("MS-Fault-Injected") == nil)
            #expect(try third.object()["id"] as? String == customer)
            #expect(try await admin.send(.GET, "/admin/faults").items().isEmpty)
        }
    }

    @Test("rules are listed with what is left of them, and removed one by one or all at once")
    func listAndDelete() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let first = try await admin.addFault(["path": "/v1/offers", "status": 500, "times": 3])
            let second = try await admin.addFault(["method": "POST", "path": "/v1/customers/**", "latencyMilliseconds": 1,
                                                   "partner": PartnerFixtures.partnerB.uppercased()])
            _ = try await partner.send(.GET, "/v1/offers?country=US")

            let listed = try await admin.send(.GET, "/admin/faults").items()

            #expect(listed.compactMap { $0["id"] as? String } == [first, second])
            #expect(listed[0]["times"] as? Int == 2)
            #expect(listed[0]["injectedCount"] as? Int == 1)
            #expect(listed[1]["method"] as? String == "POST")
            #expect(listed[1]["partner"] as? String == PartnerFixtures.partnerB)
            #expect(try await admin.send(.DELETE, "/admin/faults/\(first)").status == 204)
            #expect(try await admin.send(.GET, "/admin/faults").items().compactMap { $0["id"] as? String } == [second])
            let missing = try await admin.send(.DELETE, "/admin/faults/\(first)")
            #expect(missing.status == 404)
            #expect(try missing.errorDescription().contains(first))
            #expect(try await admin.send(.DELETE, "/admin/faults").status == 204)
            #expect(try await admin.send(.GET, "/admin/faults").items().isEmpty)
            #expect(try await partner.send(.GET, "/v1/offers?country=US").status == 200)
        }
    }

    @Test("a rule for one partner leaves the others alone")
    func partnerScoped() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let id = try await admin.addFault(["path": "/v1/customers", "partner": PartnerFixtures.partnerB, "status": 500])
            let partnerA = try await server.client()
            let partnerB = try await server.client(partner: PartnerFixtures.partnerB)

            let answerA = try await partnerA.send(.GET, "/v1/customers")
            let answerB = try await partnerB.send(.GET, "/v1/customers")

            #expect(answerA.status == 200)
            #expect(answerA.header("MS-Fault-Injected") == nil)
            #expect(answerB.status == 500)
            #expect(answerB.header("MS-Fault-Injected") == id)
        }
    }

    @Test("latency delays the answer and the journal records it; the answer itself is the service's")
    func latencyAdded() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let id = try await admin.addFault(["path": "/v1/customers", "latencyMilliseconds": 300, "times": 1])
            let correlation = UUID().uuidString.lowercased()

            let answer = try await partner.send(.GET, "/v1/customers", headers: [("MS-CorrelationId", correlation)])

            #expect(answer.status == 200)
            #expect(answer.header("MS-Fault-Injected") == id)
            #expect(try answer.object()["totalCount"] as? Int == 0)
            let entry = try #require(try await admin.send(.GET, "/admin/requests?correlationId=\(correlation)").items().first)
            #expect(entry["faultRule"] as? String == id)
            #expect((entry["latencyMilliseconds"] as? Double ?? 0) >= 300)
        }
    }

    @Test("a dropped connection gives the client no answer, and the journal shows status 0")
    func connectionDropped() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let id = try await admin.addFault(["method": "POST", "path": "/v1/customers", "dropConnection": true, "times": 1])
            let correlation = UUID().uuidString.lowercased()

            await #expect(throws: (any Error).self) {
                _ = try await partner.send(.POST, "/v1/customers", json: ["companyProfile": ["companyName": "Dropped"]],
                                           headers: [("MS-CorrelationId", correlation)])
            }

            let entry = try #require(try await admin.send(.GET, "/admin/requests?correlationId=\(correlation)").items().first)
            #expect(entry["status"] as? Int == 0)
            #expect(entry["faultRule"] as? String == id)
            #expect(try await partner.send(.GET, "/v1/customers").items().isEmpty)
        }
    }

    @Test("failOrderGroup turns one group into orderErrors; the next checkout orders it")
    func checkoutGroupFailed() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let customer = try await partner.createCustomer()
            let cart = try await partner.createSeedCart(customer: customer)
            let id = try await admin.addFault(["method": "POST", "path": "/v1/customers/*/carts/*/checkout",
                                               "failOrderGroup": "1", "code": 800017, "description": "Quota not available.",
                                               "times": 1])

            let first = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")

            #expect(first.status == 201)
            #expect(first.header("MS-Fault-Injected") == id)
            let errors = try first.object()["orderErrors"] as? [[String: Any]] ?? []
            #expect(errors.count == 1)
            #expect(errors.first?["orderGroupId"] as? String == "1")
            #expect(errors.first?["code"] as? Int == 800017)
            #expect(errors.first?["description"] as? String == "Quota not available.")
            #expect((try first.object()["orders"] as? [[String: Any]])?.count == 3)
            #expect(try await partner.send(.GET, "/v1/customers/\(customer)/orders").items().count == 3)

            let second = try await partner.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")

            #expect(second.status == 201)
            #expect(second.header("MS-Fault-Injected") == nil)
            #expect((try second.object()["orderErrors"] as? [[String: Any]] ?? []).isEmpty)
            #expect((try second.object()["orders"] as? [[String: Any]])?.count == 4)
            #expect(try await partner.send(.GET, "/v1/customers/\(customer)/orders").items().count == 4)
        }
    }

    @Test("bad rules answer 400 800002 naming the field, and add nothing", arguments: [
        (#"{"status": 503}"#, "path"),
        (#"{"path": "v1/customers", "status": 503}"#, "path"),
        (#"{"path": "/v1/**/carts", "status": 503}"#, "path"),
        (#"{"path": "/v1/customers", "status": 200}"#, "status"),
        (#"{"path": "/v1/customers", "status": "soon"}"#, "status"),
        (#"{"path": "/v1/customers"}"#, "status"),
        (#"{"path": "/v1/customers", "status": 503, "probability": 1.5}"#, "probability"),
        (#"{"path": "/v1/customers", "status": 503, "times": 0}"#, "times"),
        (#"{"path": "/v1/customers", "status": 503, "partner": "contoso"}"#, "partner"),
        (#"{"path": "/v1/customers", "status": 503, "method": "GE T"}"#, "method"),
        (#"{"path": "/v1/customers", "latencyMilliseconds": 90000}"#, "latencyMilliseconds"),
        (#"{"path": "/v1/customers", "dropConnection": true, "status": 500}"#, "dropConnection"),
        (#"{"path": "/v1/customers", "failOrderGroup": "0", "status": 500}"#, "failOrderGroup"),
        (#"{"path": "/v1/customers", "latencyMilliseconds": 5, "code": 800003}"#, "code"),
    ])
    func badRulesNameTheField(body: String, field: String) async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()

            let response = try await admin.send(.POST, "/admin/faults", body: Data(body.utf8))

            #expect(response.status == 400)
            #expect(try response.errorCode() == 800002)
            let description = try response.errorDescription()
            #expect(description.hasPrefix("Invalid \(field)"), "\(description)")
            #expect(try await admin.send(.GET, "/admin/faults").items().isEmpty)
        }
    }
}
