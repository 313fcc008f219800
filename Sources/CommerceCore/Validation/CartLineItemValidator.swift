import PartnerCenterModels

/// Validates cart line items against the catalog as it is now, and fills in what the server owns:
/// `currencyCode`, `provisioningContext` (`{}` when empty), `pricing` and `error`.
///
/// The first failing rule decides an item's error, in this order: catalog item (10001), billing plan (10013),
/// quantity (10015), provisioning context, renewal and participants (10010), attestation (10012),
/// currency (10000); then the rules that look across the cart: inventory (10003), add-on base (400041) and
/// sandbox limits (10009).
public struct CartLineItemValidator: Sendable {
    private let catalog: Catalog

    /// Creates a validator over a catalog.
    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    /// Validates every item (and each one's legacy add-ons) and returns them with server fields filled.
    public func validate(_ items: [CartLineItem], context: PurchaseContext) -> [CartLineItem] {
        let market = catalog.market(context.country)
        var checked = items.map { item in
            var item = validateSingle(item, context: context, market: market)
            item.addonItems = item.addonItems.map { addons in
                addons.map { validateSingle($0, context: context, market: market) }
            }
            return item
        }
        CartWideRules(catalog: catalog, context: context).apply(to: &checked)
        return checked
    }

    private func validateSingle(_ original: CartLineItem, context: PurchaseContext, market: CatalogMarket?) -> CartLineItem {
        var item = original
        item.error = nil
        item.pricing = nil
        item.orderGroup = nil
        let requestedCurrency = item.currencyCode
        item.currencyCode = requestedCurrency ?? market?.currency
        if item.provisioningContext == nil { item.provisioningContext = [:] }
        do {
            let resolved = try resolve(item, context: context, market: market)
            try checkBillingPlan(item, resolved)
            try checkQuantity(item, resolved)
            try checkProvisioning(item, resolved)
            try checkAttestation(item, resolved)
            if let requestedCurrency, let market, requestedCurrency.uppercased() != market.currency {
                throw LineItemRefusal(.currencyIsNotSupported,
                    "currencyCode '\(requestedCurrency)' is not supported for catalogItemId '\(resolved.id)': the market \(context.country.uppercased()) uses \(market.currency).")
            }
            if let market {
                item.currencyCode = market.currency
                item.pricing = LineItemPricing.price(item, resolved.item, currency: market.currency)
            }
        } catch let refusal as LineItemRefusal {
            item.error = refusal.cartError
        } catch {
            item.error = CartError(errorCode: CartLineItemErrorCode.catalogItemIdIsNotValid.rawValue,
                                   errorDescription: "The line item could not be validated.")
        }
        return item
    }

    /// A line item resolved to its catalog entry.
    struct Resolved {
        let id: String
        let item: CatalogItem
    }

    private func resolve(_ item: CartLineItem, context: PurchaseContext, market: CatalogMarket?) throws -> Resolved {
        let id = item.catalogItemId ?? ""
        guard let found = catalog.item(id) else {
            throw LineItemRefusal(.catalogItemIdIsNotValid, "catalogItemId '\(id)' was not found in the catalog.")
        }
        let country = context.country.uppercased()
        switch found {
        case .offer(let offer):
            guard market != nil, offer.countries.contains(where: { $0.uppercased() == country }) else {
                throw LineItemRefusal(.catalogItemIdIsNotValid, "catalogItemId '\(id)' is not available in market \(country).")
            }
            guard offer.isAvailableForPurchase else {
                throw LineItemRefusal(.catalogItemIdIsNotValid, "catalogItemId '\(id)' (\(offer.name)) is no longer available for purchase.")
            }
        case .availability(let entry):
            guard market != nil, entry.availability.countries.contains(where: { $0.uppercased() == country }) else {
                throw LineItemRefusal(.catalogItemIdIsNotValid, "catalogItemId '\(id)' is not available in market \(country).")
            }
            guard entry.availability.segment.lowercased() == context.segment.lowercased() else {
                throw LineItemRefusal(.catalogItemIdIsNotValid,
                    "catalogItemId '\(id)' is for the \(entry.availability.segment) segment, not \(context.segment).")
            }
            guard entry.availability.isPurchasable else {
                throw LineItemRefusal(.catalogItemIdIsNotValid, "catalogItemId '\(id)' is not purchasable.")
            }
        }
        return Resolved(id: id, item: found)
    }

    private func checkBillingPlan(_ item: CartLineItem, _ resolved: Resolved) throws {
        let cycle = item.billingCycle ?? .unknown
        let supported: [BillingCycle]
        switch resolved.item {
        case .offer(let offer): supported = offer.supportedBillingCycles
        case .availability(let entry): supported = entry.sku.supportedBillingCycles
        }
        guard cycle != .unknown, supported.contains(cycle) else {
            throw LineItemRefusal(.billingPlanNotSupported,
                "billingCycle '\(cycle.rawValue)' is not supported by catalogItemId '\(resolved.id)'; supported: \(supported.map(\.rawValue).joined(separator: ", ")).")
        }
        guard case .availability(let entry) = resolved.item else { return }
        let terms = entry.availability.terms
        let requested = item.termDuration ?? ""
        if terms.isEmpty {
            guard requested.isEmpty else {
                throw LineItemRefusal(.billingPlanNotSupported,
                    "termDuration '\(requested)' is not supported by catalogItemId '\(resolved.id)', which takes no term.")
            }
            return
        }
        guard terms.contains(where: { $0.billingCycle == cycle && $0.duration.matchesIgnoringCase(requested) }) else {
            let offered = terms.filter { $0.billingCycle == cycle }.map(\.duration)
            throw LineItemRefusal(.billingPlanNotSupported,
                "termDuration '\(requested)' with billingCycle '\(cycle.rawValue)' is not offered for catalogItemId '\(resolved.id)'; terms for that billing cycle: \(offered.joined(separator: ", ")).")
        }
    }

    private func checkQuantity(_ item: CartLineItem, _ resolved: Resolved) throws {
        let quantity = item.quantity ?? 0
        let (minimum, maximum): (Int, Int)
        switch resolved.item {
        case .offer(let offer): (minimum, maximum) = (offer.minimumQuantity, offer.maximumQuantity)
        case .availability(let entry): (minimum, maximum) = (entry.sku.minimumQuantity, entry.sku.maximumQuantity)
        }
        guard quantity >= minimum, quantity <= maximum else {
            throw LineItemRefusal(.maxAllowedSeatsPerSubscriptionExceeded,
                "quantity \(quantity) is outside the allowed range \(minimum)..\(maximum) for catalogItemId '\(resolved.id)'.",
                additionalInformation: [
                    "minimumQuantity": .number(JSONNumber(minimum)), "maximumQuantity": .number(JSONNumber(maximum)),
                    "availableQuantity": .number(JSONNumber(maximum)), "purchasedQuantity": .number(JSONNumber(quantity)),
                ])
        }
    }

    private func checkProvisioning(_ item: CartLineItem, _ resolved: Resolved) throws {
        if case .availability(let entry) = resolved.item {
            let given = Set((item.provisioningContext ?? [:]).compactMap { key, value in
                value.isBlank ? nil : key.lowercased()
            })
            for variable in entry.sku.provisioningVariables where !given.contains(variable.lowercased()) {
                throw LineItemRefusal(.invalidInput,
                    "provisioningContext is missing '\(variable)', which catalogItemId '\(resolved.id)' requires.")
            }
        }
        if let renewal = item.renewsTo?.termDuration, !["P1M", "P1Y"].contains(renewal.uppercased()) {
            throw LineItemRefusal(.invalidInput, "renewsTo.termDuration '\(renewal)' is not supported; use P1M or P1Y.")
        }
        for (index, participant) in (item.participants ?? []).enumerated() {
            guard let type = ParticipantType(spelling: participant.key), type != .unknown else {
                throw LineItemRefusal(.invalidInput,
                    "participants[\(index)].key '\(participant.key)' is not a known participant type.")
            }
        }
    }

    private func checkAttestation(_ item: CartLineItem, _ resolved: Resolved) throws {
        guard case .availability(let entry) = resolved.item, let type = entry.sku.enforcedAttestationType else { return }
        guard item.attestationAccepted == true else {
            throw LineItemRefusal(.attestationNotAccepted,
                "attestationAccepted must be true for catalogItemId '\(resolved.id)', which requires the \(type) attestation.")
        }
    }
}
