import Foundation
import Testing
import PartnerCenterModels

private struct SampleCart: Decodable {
    var lineItems: [SampleLineItem]
    var expirationTimestamp: Date?
    var attributes: SampleAttributes?
}

private struct SampleLineItem: Decodable {
    var id: Int
    var catalogItemId: String
    var quantity: Int
    var billingCycle: String
    var termDuration: String?
    var provisioningContext: [String: String]?
    var renewsTo: SampleRenewal?
    var error: JSONValue?
}

private struct SampleRenewal: Decodable {
    var termDuration: String
}

private struct SampleAttributes: Decodable {
    var objectType: String
}

@Suite("Partner Center documentation samples")
struct PartnerCenterSampleTests {
    private let documentationBody = """
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
    """

    @Test func decodesTheCommentedCreateCartSample() throws {
        let cart = try TolerantJSONDecoder().decode(SampleCart.self, from: Data(documentationBody.utf8))
        #expect(cart.lineItems.count == 3)

        let azure = cart.lineItems[0]
        #expect(azure.id == 0 && azure.catalogItemId == "MS-AZR-0145P" && azure.quantity == 1)
        #expect(azure.billingCycle == "monthly" && azure.termDuration == "P1Y")
        #expect(azure.provisioningContext == nil && azure.renewsTo == nil)

        let reservation = cart.lineItems[1]
        #expect(reservation.id == 1 && reservation.catalogItemId == "DZH318Z0BQ36:004G:DZH318Z08C0S")
        #expect(reservation.quantity == 1 && reservation.termDuration == "P1Y")
        #expect(EnumSpelling.key(reservation.billingCycle) == "onetime")
        #expect(reservation.provisioningContext == [
            "subscriptionId": "1C461A25-F729-4FA5-AADB-280947DD05E8",
            "scope": "shared",
        ])
        #expect(reservation.renewsTo == nil)

        let trial = cart.lineItems[2]
        #expect(trial.id == 5 && trial.catalogItemId == "DZH318Z0C0WF:0001:DZH318Z0BP69" && trial.quantity == 10)
        #expect(trial.billingCycle == "none" && trial.termDuration == "P1M")
        #expect(trial.provisioningContext == nil)
        #expect(trial.renewsTo?.termDuration == "P1Y")
    }

    @Test func decodesPascalCaseWithExplicitNulls() throws {
        let body = #"{"LineItems":[{"Id":0,"CatalogItemId":"X","Quantity":1,"BillingCycle":"OneTime","ProvisioningContext":null,"Error":null}],"ExpirationTimestamp":"0001-01-01T00:00:00","Attributes":{"ObjectType":"Cart"}}"#
        let cart = try TolerantJSONDecoder().decode(SampleCart.self, from: Data(body.utf8))
        let item = try #require(cart.lineItems.first)
        #expect(item.id == 0 && item.catalogItemId == "X" && item.quantity == 1)
        #expect(EnumSpelling.key(item.billingCycle) == "onetime")
        #expect(item.provisioningContext == nil && item.error == nil && item.termDuration == nil)
        let expiration = try #require(cart.expirationTimestamp)
        #expect(PartnerTimestamp.format(expiration) == "0001-01-01T00:00:00.0000000Z")
        #expect(cart.attributes?.objectType == "Cart")
    }

    @Test func pointsAtTheOffendingLineItemInTheSample() {
        let broken = documentationBody.replacingOccurrences(of: #""quantity": 10"#, with: #""quantity": "10""#)
        #expect(throws: JSONInputError(path: "lineItems[2].quantity", message: #"expected an integer, found string "10""#)) {
            try TolerantJSONDecoder().decode(SampleCart.self, from: Data(broken.utf8))
        }
    }
}
