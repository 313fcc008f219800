import PartnerCenter
import Testing

@Suite("Customers through the SDK")
struct CustomerTests {
    @Test("customers create, list, get and delete")
    func customerLifecycle() async throws {
        try await withTestServer { server in
            let partner = try await server.partnerService()
            let created = try await partner.customers.create(Customer(
                id: nil,
                companyProfile: CustomerCompanyProfile(tenantId: nil, domain: "wingtip.onmicrosoft.com", companyName: "Wingtip"),
                billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(country: "GB"))))
            let id = try #require(created.id)
            let other = try await partner.createCustomer(named: "Fourth Coffee")

            #expect(created.companyProfile?.companyName == "Wingtip")
            #expect(created.companyProfile?.tenantId == id)
            #expect(created.billingProfile?.defaultAddress?.country == "GB")
            #expect(try await partner.customers.byId(id).get() == created)
            #expect(Set(try await partner.customers.get().all().compactMap(\.id)) == [id, other])

            try await partner.customers.byId(id).delete()

            #expect(try await partner.customers.get().all().compactMap(\.id) == [other])
            let error = try await #require(throws: PartnerError.self) { try await partner.customers.byId(id).get() }
            #expect(error.category == .forbidden)
            #expect(error.code == 20002)
        }
    }
}
