import CommerceCore
import CommerceStore
import Foundation

/// The demo that `serve --seed-demo` plants: a partner, the seed pages' customer, a token for the partner and
/// a curl line that creates the seed page's cart.
public enum DemoSeed {
    /// The demo partner's tenant id.
    public static let partnerTenantId = "b7d2c8f1-6a3e-4c9d-8e2f-1a5b9c3d7e40"
    /// The customer id the seed pages use.
    public static let customerId = "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d"
    /// The seed's "Create a cart" request body, comments and all, as Partner Center's page prints it.
    public static let seedCartBody = #"""
{
  "lineItems": [
    {
    /* Microsoft Azure Subscription */
      "id": 0,
      "catalogItemId": "MS-AZR-0145P",
      "quantity": 1,
      "billingCycle": "monthly",
      "termDuration": "P1Y"
    },
    {
    /* Azure Reserved Instance */
      "id": 1,
      "catalogItemId": "DZH318Z0BQ36:004G:DZH318Z08C0S",
      "quantity": 1,
      "billingCycle": "one_time",
      "termDuration": "P1Y",
      "provisioningContext": {
        "subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8",
        "scope": "shared"
      }
    },
    {
    /* Azure Reserved Instance */
      "id": 2,
      "catalogItemId": "DZH318Z0BQ36:004J:DZH318Z08B8X",
      "quantity": 1,
      "billingCycle": "one_time",
      "termDuration": "P3Y",
      "provisioningContext": {
        "subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8",
        "scope": "single"
      }
    },
    {
    /* Perpetual Software */
      "id": 3,
      "catalogItemId": "DG7GMGF0DWTL:0001:DG7GMGF0DSFM",
      "quantity": 1,
      "billingCycle": "one_time"
    },
    {
    /* SaaS */
      "id": 4,
      "catalogItemId": "DZH318Z0BXWC:0002:DZH318Z0BMRV",
      "quantity": 1,
      "billingCycle": "monthly",
      "termDuration": "P1M"
    },
  {
    /* SaaS Free Trial */
       "id": 5,
       "catalogItemId": "DZH318Z0C0WF:0001:DZH318Z0BP69",
       "quantity": 10,
       "billingCycle": "none",
       "termDuration": "P1M",
       "renewsTo": {
         "termDuration": "P1Y"
       }
    }
  ]
}
"""#

    /// Creates the demo customer when missing, writes the seed cart body into the data directory, and
    /// returns the text to print: a token and a curl line.
    public static func plant(parts: CommerceApplication.Parts, configuration: ServerConfiguration) async throws -> String {
        let store = parts.services.store
        if try await store.customer(partner: partnerTenantId, id: customerId) == nil {
            let record = CustomerFactory.make(
                from: .init(id: nil, companyProfile: .init(tenantId: nil, domain: "contoso-demo.onmicrosoft.com", companyName: "Contoso (demo)"),
                            billingProfile: nil),
                id: customerId, partner: partnerTenantId, country: "US")
            do {
                try await store.insertCustomer(record)
            } catch StoreError.duplicate {
                // Another partner holds this id in this database; the demo then has no customer to offer.
            }
        }
        let cartFile = (configuration.dataDirectory as NSString).appendingPathComponent("seed-cart.json")
        try Data(seedCartBody.utf8).write(to: URL(fileURLWithPath: cartFile))
        let token = try await parts.tokens.mint(partnerTenant: partnerTenantId, user: nil, lifetime: 7 * 86_400)
        let host = configuration.host == "0.0.0.0" ? "127.0.0.1" : configuration.host
        return """
            Demo partner \(partnerTenantId), customer \(customerId).
            Token (valid 7 days):
              export TOKEN=\(token)
            Create the seed's cart:
              curl -s -X POST http://\(host):\(configuration.port)/v1/customers/\(customerId)/carts -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" --data-binary @\(cartFile)
            """
    }
}
