@testable import CommerceCore
import Testing

@Suite("Resource identifiers")
struct ResourceIdentifiersTests {
    @Test func guidsAreLowercaseAndDistinct() {
        let ids = (0..<200).map { _ in ResourceIdentifiers.guid() }
        #expect(Set(ids).count == 200)
        for id in ids {
            #expect(id == id.lowercased())
            #expect(ResourceIdentifiers.isGUID(id))
        }
    }

    @Test func guidsAreVersionFourWithTheRFCVariant() {
        #expect(IdentifierText.guid(high: 0, low: 0) == "00000000-0000-4000-8000-000000000000")
        #expect(IdentifierText.guid(high: .max, low: .max) == "ffffffff-ffff-4fff-bfff-ffffffffffff")
        #expect(IdentifierText.guid(high: 0x0123_4567_89AB_CDEF, low: 0xFEDC_BA98_7654_3210) == "01234567-89ab-4def-bedc-ba9876543210")
    }

    @Test func modernOrderIdsAreThirtyThreeUrlSafeCharacters() {
        let ids = (0..<200).map { _ in ResourceIdentifiers.modernOrderId() }
        #expect(Set(ids).count == 200)
        #expect(ids.allSatisfy(isModernOrderId))
    }

    @Test func alternateOrderIdsAreTwelveLowercaseHexDigits() {
        let ids = (0..<200).map { _ in ResourceIdentifiers.alternateOrderId() }
        #expect(ids.allSatisfy(isTwelveHexDigits))
        #expect(Set(ids).count > 190)
    }

    @Test(arguments: ["6A1E9C3D-1B2A-4C5D-8E9F-0A1B2C3D4E5F", "6a1e9c3d-1b2a-4c5d-8e9f-0a1b2c3d4e5f"])
    func guidsAreRecognisedInAnyCase(text: String) {
        #expect(ResourceIdentifiers.isGUID(text))
    }

    @Test(arguments: ["", "not-a-guid", "6a1e9c3d1b2a4c5d8e9f0a1b2c3d4e5f", "{6a1e9c3d-1b2a-4c5d-8e9f-0a1b2c3d4e5f}", "MS-AZR-0145P"])
    func nonGuidsAreRejected(text: String) {
        #expect(!ResourceIdentifiers.isGUID(text))
    }
}

@Suite("Identifier text")
struct IdentifierTextTests {
    @Test func modernOrderIdsNeverStartLikeAnOption() {
        for _ in 0..<2_000 {
            let id = ResourceIdentifiers.modernOrderId()
            #expect(id.count == 33)
            #expect(id.first.map { $0.isLetter || $0.isNumber } == true, "\(id)")
        }
    }

    @Test func hexSpellsEveryNibble() {
        #expect(IdentifierText.hex(0xABCDEF012345, digits: 12) == "abcdef012345")
        #expect(IdentifierText.hex(bytes: [0x00, 0x0F, 0xF0, 0xFF]) == "000ff0ff")
    }

    @Test func base64CharactersUseSixBitsEach() {
        #expect(IdentifierText.base64Characters(3, from: [0b000011_000010_000001]) == "BCD")
    }
}
