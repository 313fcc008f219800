@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("CartRequestValidator: request-level refusals (400 800002)")
struct CartRequestValidatorTests {
    private let validator = CartRequestValidator()

    /// Runs the validator on `cart` and returns the refusal it must throw, after checking it is 400 800002.
    private func refusal(_ cart: Cart, sourceLocation: SourceLocation = #_sourceLocation) throws -> CommerceError {
        let error = try #require(throws: CommerceError.self, sourceLocation: sourceLocation) {
            try validator.normalizedLineItems(of: cart)
        }
        #expect(error.httpStatus == 400, sourceLocation: sourceLocation)
        #expect(error.code == 800002, sourceLocation: sourceLocation)
        return error
    }

    private func cart(_ items: [CartLineItem]) -> Cart { Cart(lineItems: items) }

    @Test func missingLineItemsIsRefused() throws {
        let error = try refusal(Cart(id: nil, creationTimestamp: nil, lastModifiedTimestamp: nil, expirationTimestamp: nil,
                                     lastModifiedUser: nil, lineItems: nil, status: nil, links: nil, attributes: nil))
        #expect(error.description.contains("lineItems"))
        #expect(error.description.contains("required property is missing"))
    }

    @Test func emptyLineItemsIsRefused() throws {
        let error = try refusal(cart([]))
        #expect(error.description.contains("lineItems"))
        #expect(error.description.contains("at least one line item"))
    }

    @Test func oneHundredOneLineItemsIsRefused() throws {
        let items = (0..<101).map { lineItem(id: $0, CatalogIds.businessBasic) }
        let error = try refusal(cart(items))
        #expect(error.description.contains("lineItems"))
        #expect(error.description.contains("101 line items"))
        #expect(error.description.contains("at most 100"))
    }

    @Test func oneHundredLineItemsIsAccepted() throws {
        let items = (0..<100).map { lineItem(id: $0, CatalogIds.businessBasic) }
        #expect(try validator.normalizedLineItems(of: cart(items)).count == 100)
    }

    @Test func addonsCountTowardsTheLimit() throws {
        let items = (0..<50).map { index in
            lineItem(id: index * 2, CatalogIds.legacyE1, addonItems: [lineItem(id: index * 2 + 1, CatalogIds.azureLegacy)])
        } + [lineItem(id: 1000, CatalogIds.businessBasic)]
        let error = try refusal(cart(items))
        #expect(error.description.contains("101 line items"))
    }

    @Test func missingCatalogItemIdNamesItsPath() throws {
        let error = try refusal(cart([lineItem(id: 0, CatalogIds.businessBasic), lineItem(id: 1, nil)]))
        #expect(error.description.contains("lineItems[1].catalogItemId"))
        #expect(error.description.contains("required property is missing"))
    }

    @Test func blankCatalogItemIdIsRefusedAsMissing() throws {
        let error = try refusal(cart([lineItem(id: 0, "   ")]))
        #expect(error.description.contains("lineItems[0].catalogItemId"))
    }

    @Test func missingQuantityNamesItsPath() throws {
        let error = try refusal(cart([lineItem(id: 0, CatalogIds.businessBasic, quantity: nil)]))
        #expect(error.description.contains("lineItems[0].quantity"))
        #expect(error.description.contains("required property is missing"))
    }

    @Test func missingBillingCycleNamesItsPath() throws {
        let error = try refusal(cart([lineItem(id: 0, CatalogIds.businessBasic, billingCycle: nil)]))
        #expect(error.description.contains("lineItems[0].billingCycle"))
        #expect(error.description.contains("required property is missing"))
    }

    @Test(arguments: [0, -1])
    func nonPositiveQuantityIsRefusedWithTheValue(quantity: Int) throws {
        let error = try refusal(cart([lineItem(id: 0, CatalogIds.businessBasic, quantity: quantity)]))
        #expect(error.description.contains("lineItems[0].quantity"))
        #expect(error.description.contains("must be greater than 0, got \(quantity)"))
    }

    @Test func duplicateIdsAreRefused() throws {
        let error = try refusal(cart([lineItem(id: 7, CatalogIds.businessBasic), lineItem(id: 7, CatalogIds.microsoft365E3)]))
        #expect(error.description.contains("lineItems[1].id"))
        #expect(error.description.contains("line-item id 7 is used more than once"))
    }

    @Test func duplicateIdsAcrossAddonsAreRefused() throws {
        let base = lineItem(id: 0, CatalogIds.legacyE1, addonItems: [lineItem(id: 3, CatalogIds.azureLegacy)])
        let error = try refusal(cart([base, lineItem(id: 3, CatalogIds.businessBasic)]))
        #expect(error.description.contains("lineItems[1].id"))
        #expect(error.description.contains("line-item id 3"))
    }

    @Test func duplicateIdBetweenAnItemAndItsOwnAddonIsRefused() throws {
        let base = lineItem(id: 4, CatalogIds.legacyE1, addonItems: [lineItem(id: 4, CatalogIds.azureLegacy)])
        let error = try refusal(cart([base]))
        #expect(error.description.contains("lineItems[0].addonItems[0].id"))
    }

    @Test func negativeIdIsRefused() throws {
        let error = try refusal(cart([lineItem(id: -2, CatalogIds.businessBasic)]))
        #expect(error.description.contains("lineItems[0].id"))
        #expect(error.description.contains("-2"))
    }

    @Test func addonNestedTwoLevelsIsRefused() throws {
        let grandchild = lineItem(id: 2, CatalogIds.azureLegacy)
        let child = lineItem(id: 1, CatalogIds.azureLegacy, addonItems: [grandchild])
        let error = try refusal(cart([lineItem(id: 0, CatalogIds.legacyE1, addonItems: [child])]))
        #expect(error.description.contains("lineItems[0].addonItems[0].addonItems"))
        #expect(error.description.contains("one level deep"))
    }

    @Test func addonFieldsAreCheckedWithTheirPath() throws {
        let base = lineItem(id: 0, CatalogIds.legacyE1, addonItems: [lineItem(id: 1, CatalogIds.azureLegacy, quantity: 0)])
        let error = try refusal(cart([base]))
        #expect(error.description.contains("lineItems[0].addonItems[0].quantity"))
    }

    @Test func itemsSentWithoutAnIdGetTheNextFreeNumbers() throws {
        let base = lineItem(id: nil, CatalogIds.legacyE1, addonItems: [lineItem(id: nil, CatalogIds.azureLegacy)])
        let items = try validator.normalizedLineItems(of: cart([
            lineItem(id: nil, CatalogIds.businessBasic), lineItem(id: 0, CatalogIds.microsoft365E3),
            lineItem(id: 2, CatalogIds.microsoft365E5), base,
        ]))
        #expect(items.map(\.id) == [1, 0, 2, 3])
        #expect(items[3].addonItems?.map(\.id) == [4])
    }

    @Test func serverOwnedFieldsSentByTheClientAreDropped() throws {
        var item = lineItem(id: 0, CatalogIds.businessBasic)
        item.orderGroup = "9"
        item.error = CartError(errorCode: 10001, errorDescription: "stale")
        item.pricing = Pricing(listPrice: 1, discountedPrice: 1, proratedPrice: 1, price: 1, extendedPrice: 1)
        let clean = try #require(try validator.normalizedLineItems(of: cart([item])).first)
        #expect(clean.orderGroup == nil)
        #expect(clean.error == nil)
        #expect(clean.pricing == nil)
        #expect(clean.catalogItemId == CatalogIds.businessBasic)
    }
}
