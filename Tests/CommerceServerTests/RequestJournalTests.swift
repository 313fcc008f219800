import Foundation
import Testing

@Suite("Operator surface: request journal")
struct RequestJournalTests {
    @Test("each request is journalled with its method, path, status, partner, ids and latency, newest first")
    func entriesRecorded() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            let correlation = UUID().uuidString.lowercased()
            let requestId = UUID().uuidString.lowercased()
            let created = try await partner.send(.POST, "/v1/customers", json: ["companyProfile": ["companyName": "Journal"]],
                                                 headers: [("MS-CorrelationId", correlation), ("MS-RequestId", requestId)])
            let missing = try await partner.send(.GET, "/v1/customers/not-a-guid", headers: [("MS-CorrelationId", correlation)])

            let entries = try await admin.send(.GET, "/admin/requests?correlationId=\(correlation.uppercased())").items()

            #expect(created.status == 201)
            #expect(entries.count == 2)
            #expect(entries.map { $0["status"] as? Int } == [missing.status, 201])
            #expect(entries.map { $0["method"] as? String } == ["GET", "POST"])
            #expect(entries.map { $0["path"] as? String } == ["/v1/customers/not-a-guid", "/v1/customers"])
            #expect(entries.allSatisfy { $0["partner"] as? String == PartnerFixtures.partnerA })
            #expect(entries.allSatisfy { $0["correlationId"] as? String == correlation })
            #expect(entries[1]["requestId"] as? String == requestId)
            #expect(entries.allSatisfy { ($0["latencyMilliseconds"] as? Double ?? -1) >= 0 && $0["time"] is String })
            #expect(entries.allSatisfy { $0["faultRule"] == nil })
        }
    }

    @Test("filters by partner and status, limits, and refuses a bad status naming it")
    func filters() async throws {
        try await withTestServer { server in
            let admin = try await server.operatorClient()
            let partnerA = try await server.client()
            let partnerB = try await server.client(partner: PartnerFixtures.partnerB)
            for _ in 0..<3 { _ = try await partnerA.send(.GET, "/v1/customers") }
            _ = try await partnerB.send(.GET, "/v1/customers/\(UUID().uuidString)")

            let ofB = try await admin.send(.GET, "/admin/requests?partner=\(PartnerFixtures.partnerB)").items()
            let forbidden = try await admin.send(.GET, "/admin/requests?status=403").items()
            let limited = try await admin.send(.GET, "/admin/requests?partner=\(PartnerFixtures.partnerA)&limit=2").items()
            let bad = try await admin.send(.GET, "/admin/requests?status=teapot")
            let badLimit = try await admin.send(.GET, "/admin/requests?limit=0")

            #expect(ofB.count == 1)
            #expect(ofB.first?["status"] as? Int == 403)
            #expect(forbidden.count == 1)
            #expect(forbidden.first?["partner"] as? String == PartnerFixtures.partnerB)
            #expect(limited.count == 2)
            #expect(limited.allSatisfy { $0["path"] as? String == "/v1/customers" })
            #expect(bad.status == 400)
            #expect(try bad.errorDescription().hasPrefix("Invalid status"))
            #expect(badLimit.status == 400)
            #expect(try badLimit.errorDescription().hasPrefix("Invalid limit"))
        }
    }

    @Test("the journal keeps only the most recent requests, up to its capacity")
    func boundedRing() async throws {
        try await withTestServer({ $0.journalCapacity = 5 }) { server in
            let admin = try await server.operatorClient()
            let partner = try await server.client()
            var correlations: [String] = []
            for _ in 0..<8 {
                let correlation = UUID().uuidString.lowercased()
                correlations.append(correlation)
                _ = try await partner.send(.GET, "/v1/customers", headers: [("MS-CorrelationId", correlation)])
            }

            let entries = try await admin.send(.GET, "/admin/requests?limit=100").items()

            #expect(entries.count == 5)
            #expect(entries.compactMap { $0["correlationId"] as? String } == Array(correlations.suffix(5).reversed()))
        }
    }
}
