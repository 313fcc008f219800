import Foundation
import PartnerCenterModels
import Testing

@Suite("Customer and catalog commands, connection settings and output forms")
struct CustomerAndCatalogCommandTests {
    @Test("customer create, list (table, ids, JSON), get and delete")
    func customerLifecycle() async throws {
        try await withServerProcess { server in
            let created = try await server.run("customer", "create", "--name", "Wingtip", "--domain", "wingtip.onmicrosoft.com",
                                               "--country", "GB", "--json")
            #expect(created.exitCode == 0)
            let customer = try created.decoded(Customer.self)
            let customerId = try #require(customer.id)
            #expect(customer.billingProfile?.defaultAddress?.country == "GB")

            let table = try await server.run("customer", "list")
            #expect(table.lines == [
                "ID                                    COMPANY  DOMAIN                   COUNTRY",
                "\(customerId)  Wingtip  wingtip.onmicrosoft.com  GB",
            ])
            #expect(try await server.run("customer", "list", "--quiet").lines == [customerId])
            let listed = try await server.run("customer", "list", "--json").decoded(ResourceCollection<Customer>.self)
            #expect(listed.totalCount == 1)
            #expect(listed.items == [customer])
            #expect(try await server.run("customer", "get", customerId, "--json").decoded(Customer.self) == customer)

            let deleted = try await server.run("customer", "delete", customerId)
            #expect(deleted.exitCode == 0)
            #expect(deleted.output == "Deleted customer \(customerId).")
            let gone = try await server.run("customer", "get", customerId)
            #expect(gone.exitCode == 12)
            #expect(gone.standardError.hasPrefix("error 20002: "))
        }
    }

    @Test("catalog products, skus, availabilities and offers")
    func catalog() async throws {
        try await withServerProcess { server in
            let products = try await server.run("catalog", "products", "--country", "US", "--target-view", "OnlineServices", "--quiet")
            #expect(products.exitCode == 0)
            #expect(products.lines.contains("CFQ7TTC0LH18"))

            let skus = try await server.run("catalog", "skus", "--product", "CFQ7TTC0LH18", "--json")
            let sku = try #require(try skus.decoded(ResourceCollection<Sku>.self).items.first { $0.id == "0001" })
            #expect(sku.maximumQuantity == 300)

            let availabilities = try await server.run("catalog", "availabilities", "--product", "CFQ7TTC0LH18", "--sku", "0001", "--quiet")
            #expect(availabilities.lines == ["CFQ7TTC0LH18:0001:CFQ7TTC0K971"])

            let offers = try await server.run("catalog", "offers", "--country", "US")
            #expect(offers.lines.first?.hasPrefix("ID") == true)
            #expect(offers.lines.contains { $0.hasPrefix("MS-AZR-0145P") && $0.contains("Microsoft Azure") })
        }
    }

    @Test("--endpoint and --token work without the environment; a missing token is exit code 11 with 800001")
    func connectionFlags() async throws {
        try await withServerProcess { server in
            let flagged = try await CommandLineTool.run([
                "customer", "create", "--name", "Flags", "--quiet", "--endpoint", server.endpoint, "--token", server.token,
            ])
            #expect(flagged.exitCode == 0)
            #expect(UUID(uuidString: flagged.output) != nil)

            let anonymous = try await CommandLineTool.run(["customer", "list"], environment: ["PARTNER_COMMERCE_ENDPOINT": server.endpoint])
            #expect(anonymous.exitCode == 11)
            #expect(anonymous.standardError.hasPrefix("error 800001: "))
            #expect(anonymous.standardError.contains("HTTP status: 401"))
        }
    }

    @Test("an endpoint nobody listens on fails with exit code 17 after the retries")
    func unreachableEndpoint() async throws {
        let result = try await CommandLineTool.run(["customer", "list", "--endpoint", "http://127.0.0.1:1", "--token", "x"])
        #expect(result.exitCode == 17)
        #expect(result.standardError.hasPrefix("error: GET /v1/customers failed: "))
        #expect(result.standardError.contains("category: transport"))
        #expect(result.correlationId != nil)
    }

    @Test("--json and --quiet together are refused as a usage error")
    func conflictingOutputFlags() async throws {
        let result = try await CommandLineTool.run(["customer", "list", "--json", "--quiet"])
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--json and --quiet cannot be used together."))
    }
}
