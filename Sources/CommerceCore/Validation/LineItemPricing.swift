import Foundation
import PartnerCenterModels

/// Prices a valid line item from the catalog's list prices.
///
/// The unit list price is per billing period; `extendedPrice` covers the whole term and quantity: a P1Y term
/// billed monthly is 12 periods, billed annually 1; P3Y annual is 3; `one_time` and `none` are 1. There are no
/// discounts or proration, so `discountedPrice`, `proratedPrice` and `price` equal `listPrice`.
enum LineItemPricing {
    static func price(_ item: CartLineItem, _ catalogItem: CatalogItem, currency: String) -> Pricing? {
        let unitPrice: Double?
        let periods: Int
        switch catalogItem {
        case .offer(let offer):
            unitPrice = offer.listPrices[currency]
            periods = 1
        case .availability(let entry):
            let term = entry.availability.terms.first {
                $0.billingCycle == item.billingCycle && $0.duration.matchesIgnoringCase(item.termDuration ?? "")
            }
            unitPrice = term?.listPrices[currency]
            periods = billingPeriods(term: term?.duration, cycle: item.billingCycle ?? .unknown)
        }
        guard let unitPrice else { return nil }
        let extended = roundedToCents(unitPrice * Double(item.quantity ?? 0) * Double(periods))
        return Pricing(listPrice: unitPrice, discountedPrice: unitPrice, proratedPrice: unitPrice, price: unitPrice,
                       extendedPrice: extended)
    }

    static func billingPeriods(term: String?, cycle: BillingCycle) -> Int {
        guard let term, let duration = ISODuration(term) else { return 1 }
        switch cycle {
        case .monthly: return max(1, duration.totalMonths)
        case .annual: return max(1, duration.totalMonths / 12)
        default: return 1
        }
    }

    static func roundedToCents(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
