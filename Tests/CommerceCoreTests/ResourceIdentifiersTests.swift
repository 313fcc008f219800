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

    @Test func timeOrderedGUIDsAreVersionSevenWithTheTimeFirst() {
        #expect(IdentifierText.timeOrderedGUID(milliseconds: 0x0123_4567_89AB, high: 0, low: 0) == "01234567-89ab-7000-8000-000000000000")
        #expect(IdentifierText.timeOrderedGUID(milliseconds: 0, high: .max, low: .max) == "00000000-0000-7fff-bfff-ffffffffffff")
        // Bits of the time above 48 are dropped rather than spilling into the version digit.
        #expect(IdentifierText.timeOrderedGUID(milliseconds: 1 << 48, high: 0, low: 0) == "00000000-0000-7000-8000-000000000000")
        let id = ResourceIdentifiers.timeOrderedGUID()
        #expect(ResourceIdentifiers.isGUID(id))
        #expect(id == id.lowercased())
    }

    @Test func idsMadeLaterSortLaterInAnyCase() {
        let times: [UInt64] = [0, 1, 31, 32, 1_023, 1_024, 1_700_000_000_000, 1_700_000_000_001, 1_800_000_000_000, (1 << 45) - 1]
        let guids = times.map { IdentifierText.timeOrderedGUID(milliseconds: $0, high: .max, low: .max) }
        let prefixes = times.map { IdentifierText.timeOrderedCharacters(milliseconds: $0) }
        for ids in [guids, prefixes] {
            #expect(ids == ids.sorted())
            #expect(ids == ids.sorted { $0.lowercased() < $1.lowercased() })
            #expect(ids == ids.sorted { $0.uppercased() < $1.uppercased() })
        }
        #expect(prefixes.first == "000000000")
        #expect(prefixes.last == "vvvvvvvvv")
    }

    @Test func randomBitsKeepIdsOfOneMillisecondApart() {
        let guids = (0..<2_000).map { _ in IdentifierText.timeOrderedGUID(milliseconds: 42, high: UInt64.random(in: 0...UInt64.max), low: UInt64.random(in: 0...UInt64.max)) }
        #expect(Set(guids).count == 2_000)
        let orders = (0..<2_000).map { _ in ResourceIdentifiers.modernOrderId() }
        #expect(Set(orders).count == 2_000)
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
        #expect(IdentifierText.hex(0xABCDEF012345, digits: 16) == "0000abcdef012345")
        #expect(IdentifierText.hex(bytes: [0x00, 0x0F, 0xF0, 0xFF]) == "000ff0ff")
        #expect(IdentifierText.hex(bytes: [UInt8]()) == "")
        let every = (0...255).map(UInt8.init)
        #expect(IdentifierText.hex(bytes: every) == every.map { String(format: "%02x", $0) }.joined())
        #expect(IdentifierText.hex(bytes: every[250...]) == "fafbfcfdfeff")
    }

    @Test func base64CharactersUseSixBitsEach() {
        #expect(IdentifierText.base64Characters(3, from: [0b000011_000010_000001]) == "BCD")
        // The 11th character comes from the next word.
        #expect(IdentifierText.base64Characters(12, from: [0, 0b000001_111111]) == "AAAAAAAAAA/B")
    }

    /// A text that would start with `-` or `_` starts with a letter or digit chosen by the last word's top bits.
    @Test func urlSafeCharactersStartWithALetterOrDigit() {
        #expect(IdentifierText.urlSafeCharacters(3, from: [62]) == "AAA")
        #expect(IdentifierText.urlSafeCharacters(3, from: [63 | (5 << 58)]) == "FAA")
        #expect(IdentifierText.urlSafeCharacters(3, from: [61 | (62 << 6) | (63 << 12)]) == "9-_")
        #expect(IdentifierText.urlSafeCharacters(0, from: [62]) == "")
    }
}
