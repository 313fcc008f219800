import Foundation
import PartnerCenterModels

/// Plans `POST /customers/{id}/orders`: the order's line items are validated like cart line items and become
/// one order. A line item that fails answers 400 with its line-item error code; items that would fall into
/// different order groups (legacy and catalog items together, say) are refused, as one order has one
/// purchase system and one billing cycle.
public struct DirectOrderPlanner: Sendable {
    private let validator: CartLineItemValidator
    private let grouping: OrderGrouping
    private let factory: OrderFactory

    /// Creates a planner over a catalog.
    public init(catalog: Catalog) {
        validator = CartLineItemValidator(catalog: catalog)
        grouping = OrderGrouping(catalog: catalog)
        factory = OrderFactory(catalog: catalog)
    }

    /// Plans the order or throws the first problem.
    public func plan(_ request: Order, customerId: String, context: PurchaseContext, now: Date,
                     provisioningDelay: TimeInterval) throws(CommerceError) -> OrderFactory.PlacedOrder {
        guard let lines = request.lineItems, !lines.isEmpty else {
            throw .invalidInput("lineItems", "an order needs at least one line item.")
        }
        guard lines.count <= CartRequestValidator.maximumLineItems else {
            throw .invalidInput("lineItems", "an order holds at most \(CartRequestValidator.maximumLineItems) line items.")
        }
        let cycle = request.billingCycle ?? .monthly
        var items: [CartLineItem] = []
        for (index, line) in lines.enumerated() {
            let path = "lineItems[\(index)]"
            guard let offerId = line.offerId, !offerId.isBlank else {
                throw .invalidInput("\(path).offerId", "required property is missing.")
            }
            guard let quantity = line.quantity else { throw .invalidInput("\(path).quantity", "required property is missing.") }
            guard quantity > 0 else { throw .invalidInput("\(path).quantity", "must be greater than 0, got \(quantity).") }
            items.append(CartLineItem(
                id: index, catalogItemId: offerId, friendlyName: line.friendlyName, quantity: quantity,
                currencyCode: request.currencyCode, billingCycle: cycle, termDuration: line.termDuration,
                provisioningContext: line.provisioningContext, renewsTo: line.renewsTo,
                attestationAccepted: line.attestationAccepted, promotionId: line.promotionId))
        }
        let grouped = grouping.assignGroups(validator.validate(items, context: context))
        if let failed = grouped.first(where: { $0.error != nil }), let error = failed.error {
            throw CommerceError(httpStatus: 400, code: error.errorCode,
                                description: "lineItems[\(failed.id ?? 0)]: \(error.errorDescription)",
                                data: ["\(failed.id ?? 0)"])
        }
        guard Set(grouped.compactMap(\.orderGroup)).count == 1 else {
            throw .invalidInput("lineItems", "the line items cannot be bought in one order (legacy offers and catalog items are ordered separately).")
        }
        return factory.placeOrder(items: grouped, orderGroup: nil, customerId: customerId, country: context.country,
                                  currencyCode: grouped.first?.currencyCode, now: now, provisioningDelay: provisioningDelay)
    }
}
