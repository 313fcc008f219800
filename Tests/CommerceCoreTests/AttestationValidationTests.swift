@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10012: attestation not accepted")
struct AttestationValidationTests {
    @Test(arguments: [nil, false] as [Bool?])
    func attestationMissingOrFalseIsRefused(accepted: Bool?) throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.windows365Attested, attestationAccepted: accepted))
        #expect(error.errorCode == 10012)
        #expect(error.errorDescription.contains("attestationAccepted must be true"))
        #expect(error.errorDescription.contains(CatalogIds.windows365Attested))
        #expect(error.errorDescription.contains("Windows365"))
    }

    @Test func attestationTruePasses() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.windows365Attested, attestationAccepted: true))
        #expect(item.error == nil)
        #expect(item.orderGroup == "0")
        #expect(item.pricing?.listPrice == 31.0)
    }

    @Test func skuWithoutAttestationIgnoresTheFlag() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, attestationAccepted: false))
        #expect(item.error == nil)
    }
}
